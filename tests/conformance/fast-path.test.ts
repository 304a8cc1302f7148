import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIsoData } from '../../utils/lemmy/iso-data';
import { readComments } from '../../utils/lemmy/read-thread';
import { buildThread } from '../../utils/thread/build';
import { mergeWithData } from '../../utils/thread/merge';
import type { CommentData, Thread } from '../../utils/thread/types';
import { SEED } from './shared-fixtures';
import { shownFields as shown } from '../support/shown-fields';

/**
 * The reader's fast path on real lemmy-ui pages (0.18.5, 0.19.20 tree, flat and in German,
 * 1.0.0-beta.1): the comments their isoData holds, read from the page only for text, "more
 * replies" and collapse and joined with the data, make the thread the whole reader makes.
 */
const SHARED = resolve(import.meta.dirname, '../../../shared/fixtures');
const have = existsSync(join(SHARED, 'lemmy-ui'));
if (!have) console.warn(`[conformance] skipped: ${SHARED} not found (it exists in CI beside the clone).`);

const FILES = [
  'lemmy-ui-0.18.5/seed-thread.hydrated.html',
  'lemmy-ui-0.18.5/seed-thread.ssr.html',
  'lemmy-ui/seed-thread.hydrated.html',
  'lemmy-ui/seed-thread.ssr.html',
  'lemmy-ui/seed-thread.flat.hydrated.html',
  'lemmy-ui/seed-thread.flat.ssr.html',
  'lemmy-ui-0.19.20-i18n/seed-thread.de.hydrated.html',
  'lemmy-ui-1.0.0-beta.1/seed-thread.hydrated.html',
  'lemmy-ui-1.0.0-beta.1/seed-thread.ssr.html',
];

describe.skipIf(!have)('the fast path on real lemmy-ui pages', () => {
  it.each(FILES)('%s', (file) => {
    const doc = new DOMParser().parseFromString(readFileSync(join(SHARED, file), 'utf8'), 'text/html');
    const data: ReadonlyMap<number, CommentData> = readIsoData(doc, SEED.host)!.comments;
    const fast = readComments(doc, { host: SEED.host, data: () => data });
    expect(fast.comments.map((c) => c.fromData)).toEqual(SEED.comments.map(() => true));
    const whole = readComments(doc, { host: SEED.host });
    expect(shown(buildThread(null, mergeWithData(fast.comments, data)))).toEqual(shown(buildThread(null, mergeWithData(whole.comments, data))));
  });
});
