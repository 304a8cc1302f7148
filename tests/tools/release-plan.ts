/**
 * The pure half of `npm run release` (tests/tools/release.ts): the next version, the changelog
 * with its "Unreleased" entries under that version, and what must agree once the zips are built.
 */

export type Level = 'patch' | 'minor' | 'major';
export const LEVELS: readonly Level[] = ['patch', 'minor', 'major'];

export function bump(version: string, level: Level): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!m) throw new Error(`package.json's version "${version}" is not major.minor.patch`);
  const [major, minor, patch] = m.slice(1).map(Number) as [number, number, number];
  if (level === 'major') return `${major + 1}.0.0`;
  if (level === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

const UNRELEASED = /^## Unreleased\s*$/m;
const HEADING = /^## (\d+\.\d+\.\d+) — \d{4}-\d{2}-\d{2}\s*$/m;

/**
 * The changelog with what is under "## Unreleased" moved under "## <version> — <date>", and an
 * empty "Unreleased" left on top. A release with nothing in "Unreleased" is refused, unless
 * `empty` says what to write instead (the dry run: CI right after a release has nothing listed yet).
 */
export function releaseChangelog(text: string, version: string, date: string, empty?: string): string {
  const start = UNRELEASED.exec(text);
  if (!start) throw new Error('docs/CHANGELOG.md has no "## Unreleased" section');
  const after = text.slice(start.index + start[0].length);
  const next = /^## /m.exec(after);
  const listed = (next ? after.slice(0, next.index) : after).trim();
  if (!/^[-*] /m.test(listed) && empty === undefined) throw new Error('docs/CHANGELOG.md: "## Unreleased" lists nothing to release');
  const entries = /^[-*] /m.test(listed) ? listed : `- ${empty}`;
  const rest = next ? after.slice(next.index) : '';
  return `${text.slice(0, start.index)}## Unreleased\n\n## ${version} — ${date}\n\n${entries}\n${rest ? `\n${rest}` : ''}`;
}

/** The newest released version the changelog names. */
export function changelogVersion(text: string): string | null {
  return HEADING.exec(text)?.[1] ?? null;
}

export const zipNames = (version: string) => [`threadlens-${version}-chrome.zip`, `threadlens-${version}-firefox.zip`, `threadlens-${version}-sources.zip`];

export interface Built {
  packageVersion: string;
  changelog: string;
  /** manifest.json's version, by build folder. */
  manifests: Record<string, string | undefined>;
  /** File names in the output folder. */
  files: string[];
}

/** Every way the built release disagrees with the version it was meant to be; empty when it agrees. */
export function disagreements(version: string, built: Built): string[] {
  const out: string[] = [];
  if (built.packageVersion !== version) out.push(`package.json says ${built.packageVersion}`);
  const logged = changelogVersion(built.changelog);
  if (logged !== version) out.push(`the changelog's newest release is ${logged ?? 'missing'}`);
  for (const [dir, v] of Object.entries(built.manifests)) if (v !== version) out.push(`${dir}/manifest.json says ${v ?? 'nothing'}`);
  for (const zip of zipNames(version)) if (!built.files.includes(zip)) out.push(`${zip} was not made`);
  const stray = built.files.filter((f) => f.endsWith('.zip') && !zipNames(version).includes(f));
  if (stray.length) out.push(`zips of another version beside them: ${stray.join(', ')}`);
  return out;
}
