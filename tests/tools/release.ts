/**
 * `npm run release -- patch|minor|major [--dry-run]`: the next version in package.json (and its
 * lock), the changelog's "Unreleased" entries under it, both store zips and AMO's sources zip,
 * then a check that the manifests, the changelog and the zip names all say that version.
 *
 * --dry-run does all of it on a copy of the working tree in a temporary folder (node_modules
 * linked, not copied) and deletes the copy: nothing in the repository changes. `npm test` runs it.
 * A real run writes package.json, package-lock.json and docs/CHANGELOG.md and builds into
 * .output/ (or $THREADLENS_OUT); committing and tagging are left to the person releasing.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { bump, disagreements, LEVELS, releaseChangelog, zipNames, type Level } from './release-plan';

const REPO = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const dry = args.includes('--dry-run');
const level = args.find((a) => !a.startsWith('--')) as Level | undefined;
if (!level || !LEVELS.includes(level)) {
  console.error('usage: npm run release -- patch|minor|major [--dry-run]');
  process.exit(2);
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const writeJson = (path: string, value: unknown) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

/** The working tree as git sees it (tracked and new files, nothing ignored), in a temporary folder. */
function copyOfTree(): string {
  const root = mkdtempSync(join(tmpdir(), 'threadlens-release-'));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: REPO, encoding: 'utf8' }).split('\0');
  for (const file of files.filter((f) => f && existsSync(join(REPO, f)))) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(join(REPO, file), join(root, file));
  }
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'));
  return root;
}

function setVersion(root: string, version: string): void {
  const pkg = readJson(join(root, 'package.json'));
  writeJson(join(root, 'package.json'), { ...pkg, version });
  const lockPath = join(root, 'package-lock.json');
  const lock = readJson(lockPath) as { version?: string; packages?: Record<string, { version?: string }> };
  lock.version = version;
  if (lock.packages?.['']) lock.packages[''].version = version;
  writeJson(lockPath, lock);
}

function build(root: string, out: string): void {
  const env = { ...process.env, THREADLENS_OUT: out };
  for (const target of [[], ['-b', 'firefox']]) execFileSync('npx', ['wxt', 'zip', ...target], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
}

const manifestVersion = (out: string, dir: string) => {
  const path = join(out, dir, 'manifest.json');
  return existsSync(path) ? (readJson(path).version as string) : undefined;
};

const root = dry ? copyOfTree() : REPO;
const out = dry ? join(root, '.output-release') : resolve(REPO, process.env.THREADLENS_OUT ?? '.output');
try {
  const from = readJson(join(root, 'package.json')).version as string;
  const version = bump(from, level);
  const changelogPath = join(root, 'docs/CHANGELOG.md');
  // A dry run goes on with nothing listed (a real release would stop there), so CI passes right after a release.
  const changelog = releaseChangelog(readFileSync(changelogPath, 'utf8'), version, new Date().toISOString().slice(0, 10), dry ? '(nothing listed under Unreleased yet)' : undefined);
  setVersion(root, version);
  writeFileSync(changelogPath, changelog);
  // Zips of an earlier release in the same folder would make the check below ambiguous.
  if (existsSync(out)) for (const f of readdirSync(out).filter((f) => f.endsWith('.zip'))) rmSync(join(out, f));
  build(root, out);
  const problems = disagreements(version, {
    packageVersion: readJson(join(root, 'package.json')).version as string,
    changelog: readFileSync(changelogPath, 'utf8'),
    manifests: { 'chrome-mv3': manifestVersion(out, 'chrome-mv3'), 'firefox-mv2': manifestVersion(out, 'firefox-mv2') },
    files: readdirSync(out),
  });
  if (problems.length) throw new Error(`release ${version} disagrees with itself:\n- ${problems.join('\n- ')}`);
  console.log(`${dry ? '[dry run] ' : ''}${from} → ${version}: manifests, changelog and zips agree (${zipNames(version).join(', ')})`);
  if (!dry) console.log(`In ${out}. Next: commit package.json, package-lock.json and docs/CHANGELOG.md, tag v${version}, upload.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  if (dry) rmSync(root, { recursive: true, force: true });
}
