import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Real lemmy-ui 0.19.20 pages in ../shared (beside the clone in CI). The
 * project's own tests never need them; conformance tests skip without them.
 */
export const SHARED_FIXTURES = resolve(import.meta.dirname, '../../../shared/fixtures/lemmy-ui');

export const haveSharedFixtures = existsSync(SHARED_FIXTURES);

if (!haveSharedFixtures) {
  console.warn(`[conformance] skipped: ${SHARED_FIXTURES} not found (it exists in CI beside the clone).`);
}

export function sharedPages(): { name: string; html: string }[] {
  if (!haveSharedFixtures) return [];
  return readdirSync(SHARED_FIXTURES)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((name) => ({ name, html: readFileSync(join(SHARED_FIXTURES, name), 'utf8') }));
}

/** The seed thread as the fixtures' README describes it (id, parent, author@instance, upvotes). */
export const SEED = {
  host: 'hexbear.net',
  postId: 4650231,
  comments: [
    { id: 5912377, parentId: null, depth: 0, author: 'panopticon@hexbear.net', up: 30, edited: false },
    { id: 5912460, parentId: 5912377, depth: 1, author: 'panopticon@hexbear.net', up: 32, edited: true },
    { id: 5912398, parentId: null, depth: 0, author: 'GrouchyGrouse@hexbear.net', up: 24, edited: false },
    { id: 5912511, parentId: null, depth: 0, author: 'RonPaulyShore@hexbear.net', up: 22, edited: false },
    { id: 5912533, parentId: null, depth: 0, author: 'lorty@lemmygrad.ml', up: 18, edited: false },
    { id: 5912702, parentId: 5912533, depth: 1, author: 'TheLastHero@hexbear.net', up: 7, edited: false },
  ],
} as const;
