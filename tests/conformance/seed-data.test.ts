import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCommentView } from '../../utils/lemmy/comment-view';
import { readIsoData, type IsoData } from '../../utils/lemmy/iso-data';
import { shownCommentCount } from '../../utils/lemmy/read-post';
import { readThread } from '../../utils/lemmy/read-thread';
import { SEED } from './shared-fixtures';
import { loadPage } from '../support/app-harness';
import { crankedSession } from '../support/session-harness';
import type { Thread } from '../../utils/thread/types';

/**
 * The seed thread's data (isoData in real lemmy-ui 0.18.5, 0.19.20 and
 * 1.0.0-beta.1 pages, and the real API v3/v4 responses) read into the same
 * comments the DOM reader gives for the rendered page.
 */
const SHARED = resolve(import.meta.dirname, '../../../shared/fixtures');
const have = existsSync(join(SHARED, 'lemmy-api'));
if (!have) console.warn(`[conformance] skipped: ${SHARED} not found (it exists in CI beside the clone).`);

const PAGES = ['lemmy-ui-0.18.5', 'lemmy-ui', 'lemmy-ui-1.0.0-beta.1'];
const read = (path: string) => readFileSync(join(SHARED, path), 'utf8');
const load = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe.skipIf(!have)('the seed thread read from its data', () => {
  describe.each(PAGES)('%s isoData', (folder) => {
    // Read when the tests run: a skipped suite's body is still collected.
    let iso: IsoData;
    let dom: Thread;
    beforeAll(() => {
      const doc = load(read(`${folder}/seed-thread.ssr.html`));
      iso = readIsoData(doc, SEED.host)!;
      dom = readThread(doc, { host: SEED.host });
    });

    it('holds every comment, with its parent, and the post comment count', () => {
      const ids = [...iso.comments.values()].map((c) => [c.id, c.parentId]).sort();
      expect(ids).toEqual(SEED.comments.map((c) => [c.id, c.parentId]).sort());
      expect(iso.postComments).toBe(SEED.comments.length);
      expect(iso.downvotes).toBe(false); // hexbear.net has downvotes off, in each version's own words
    });

    it('gives the text, quotes and author the page renders', () => {
      for (const c of iso.comments.values()) {
        const shown = dom.byId.get(c.id)!;
        expect({ id: c.id, text: c.text, quotes: c.quotes }).toEqual({ id: c.id, text: shown.text, quotes: shown.quotes });
        expect([c.author.name, c.author.instance]).toEqual([shown.author.name, shown.author.instance]);
      }
    });

    it('gives exact counts and times', () => {
      for (const s of SEED.comments) {
        const c = iso.comments.get(s.id)!;
        expect(c.votes.up).toEqual({ value: s.up, approx: false });
        expect(c.publishedAt).toBeGreaterThan(Date.UTC(2023, 10, 4));
      }
    });
  });

  describe.each(['v3', 'v4'])('API %s comment listing', (api) => {
    let views: unknown[] = [];
    let iso: IsoData;
    beforeAll(() => {
      const body = JSON.parse(read(`lemmy-api/${api}/comment-list.page-1.json`)) as { comments?: unknown[]; items?: unknown[] };
      views = body.comments ?? body.items ?? [];
      iso = readIsoData(load(read('lemmy-ui/seed-thread.ssr.html')), SEED.host)!;
    });

    it('reads each view into the comment isoData holds', () => {
      expect(views.length).toBeGreaterThan(0);
      for (const view of views) {
        const c = readCommentView(view, { host: SEED.host, postId: SEED.postId })!;
        const known = iso.comments.get(c.id)!;
        expect({ ...c, edited: known.edited }).toEqual(known);
      }
    });

    it('refuses views of another post', () => {
      expect(readCommentView(views[0], { host: SEED.host, postId: SEED.postId + 1 })).toBeNull();
    });
  });
});

describe.skipIf(!have)('the seed thread, page and data joined, in every version', () => {
  const pages = [
    ['lemmy-ui-0.18.5/seed-thread.hydrated.html', ''],
    ['lemmy-ui/seed-thread.hydrated.html', ''],
    ['lemmy-ui/seed-thread.flat.hydrated.html', '?sort=New&view=Flat'],
    ['lemmy-ui-1.0.0-beta.1/seed-thread.hydrated.html', ''],
  ] as const;

  it.each(pages)('%s: every comment at its true depth, with exact up and down votes, and nothing missing', async (file, query) => {
    const url = `https://${SEED.host}/post/${SEED.postId}${query}`;
    loadPage(read(file), url);
    const cranked = crankedSession(document, url);
    await cranked.flush();
    const thread = cranked.session.model.thread.value;
    cranked.stop();
    const got = SEED.comments.map((s) => {
      const c = thread.byId.get(s.id)!;
      return { id: s.id, depth: c.depth, up: c.votes.up, down: c.votes.down, offPage: !!c.offPage };
    });
    expect(got).toEqual(SEED.comments.map((s) => ({ id: s.id, depth: s.depth, up: { value: s.up, approx: false }, down: { value: 0, approx: false }, offPage: false })));
    expect(cranked.session.model.counts.value).toMatchObject({ comments: 6, onPage: 6, total: 6, unloaded: 0 });
  });
});

describe.skipIf(!have)("the post's comment count as the page shows it", () => {
  const files = [
    'lemmy-ui-0.18.5/seed-thread.hydrated.html',
    'lemmy-ui/seed-thread.hydrated.html',
    'lemmy-ui-1.0.0-beta.1/seed-thread.hydrated.html',
    ...['de', 'fr', 'ja'].map((lang) => `lemmy-ui-0.19.20-i18n/seed-thread.${lang}.hydrated.html`),
  ];
  it.each(files)('%s says 6', (file) => {
    expect(shownCommentCount(load(read(file)))).toBe(6);
  });
});
