import { describe, expect, it } from 'vitest';
import { bump, changelogVersion, disagreements, releaseChangelog, zipNames } from '../../tools/release-plan';

const LOG = `# Changelog

## Unreleased

- A popup that says what it can.

## 0.1.0 — 2026-11-01

- First release.
`;

describe('npm run release, its plan', () => {
  it('bumps patch, minor and major', () => {
    expect([bump('0.1.9', 'patch'), bump('0.1.9', 'minor'), bump('0.1.9', 'major')]).toEqual(['0.1.10', '0.2.0', '1.0.0']);
    expect(() => bump('0.1', 'patch')).toThrow(/major.minor.patch/);
  });

  it('moves the Unreleased entries under the new version and leaves Unreleased empty on top', () => {
    const next = releaseChangelog(LOG, '0.2.0', '2026-12-06');
    expect(next).toBe(`# Changelog\n\n## Unreleased\n\n## 0.2.0 — 2026-12-06\n\n- A popup that says what it can.\n\n## 0.1.0 — 2026-11-01\n\n- First release.\n`);
    expect(changelogVersion(next)).toBe('0.2.0');
    expect(changelogVersion(LOG)).toBe('0.1.0');
  });

  it('refuses a release with nothing under Unreleased, or no Unreleased at all', () => {
    const released = releaseChangelog(LOG, '0.2.0', '2026-12-06');
    expect(() => releaseChangelog(released, '0.2.1', '2026-12-07')).toThrow(/lists nothing/);
    expect(() => releaseChangelog('# Changelog\n', '0.2.1', '2026-12-07')).toThrow(/no "## Unreleased"/);
    // The dry run goes on, saying so in the entry.
    expect(releaseChangelog(released, '0.2.1', '2026-12-07', '(nothing yet)')).toContain('## 0.2.1 — 2026-12-07\n\n- (nothing yet)\n\n## 0.2.0');
  });

  it('finds every disagreement between package, changelog, manifests and zips', () => {
    const good = { packageVersion: '0.2.0', changelog: releaseChangelog(LOG, '0.2.0', '2026-12-06'), manifests: { 'chrome-mv3': '0.2.0', 'firefox-mv2': '0.2.0' }, files: ['chrome-mv3', ...zipNames('0.2.0')] };
    expect(disagreements('0.2.0', good)).toEqual([]);
    const bad = { packageVersion: '0.1.0', changelog: LOG, manifests: { 'chrome-mv3': '0.2.0', 'firefox-mv2': undefined }, files: ['threadlens-0.2.0-chrome.zip', 'threadlens-0.1.0-firefox.zip'] };
    expect(disagreements('0.2.0', bad)).toEqual([
      'package.json says 0.1.0',
      "the changelog's newest release is 0.1.0",
      'firefox-mv2/manifest.json says nothing',
      'threadlens-0.2.0-firefox.zip was not made',
      'threadlens-0.2.0-sources.zip was not made',
      'zips of another version beside them: threadlens-0.1.0-firefox.zip',
    ]);
  });
});
