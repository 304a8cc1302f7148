import { describe, expect, it } from 'vitest';
import { detectLemmyPage } from '../../utils/lemmy/detect';
import { readIsoData } from '../../utils/lemmy/iso-data';
import { downvotesEnabled, readPost } from '../../utils/lemmy/read-post';
import { readThread } from '../../utils/lemmy/read-thread';
import { readTheme } from '../../utils/lemmy/theme';
import { preorder } from '../../utils/thread/build';
import { haveSharedFixtures, SEED, sharedPages } from './shared-fixtures';

const url = (name: string) =>
  `https://${SEED.host}/post/${SEED.postId}${name.includes('flat') ? '?sort=New&view=Flat' : ''}`;

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe.skipIf(!haveSharedFixtures)('real lemmy-ui 0.19.20 pages (../shared/fixtures/lemmy-ui)', () => {
  const pages = sharedPages();

  it('has every variant to check', () => {
    expect(pages.map((p) => p.name)).toEqual([
      'seed-thread.dark.hydrated.html',
      'seed-thread.flat.hydrated.html',
      'seed-thread.flat.ssr.html',
      'seed-thread.hydrated.html',
      'seed-thread.ssr.html',
    ]);
  });

  describe.each(pages)('$name', ({ name, html }) => {
    const doc = load(html);

    it('is detected as a lemmy-ui 0.19.20 post page (group B)', () => {
      const page = detectLemmyPage(doc, url(name));
      expect(page).toEqual({
        route: { postId: SEED.postId, commentId: null },
        host: SEED.host,
        version: { group: 'B', backend: '0.19.20', ui: null },
      });
    });

    it('reads the post', () => {
      const post = readPost(doc, SEED.postId, SEED.host);
      expect(post?.title).toBe('U.S. and European officials quietly discuss peace negotiations with Ukraine');
      expect(post?.author?.name).toBe('newsposter');
      expect(post?.community).toBe('news');
      expect(post?.text).toContain('Biden administration officials also are worried that Ukraine is running out of forces');
      expect(downvotesEnabled(doc)).toBe(false);
    });

    it('reads the exact tree: ids, parents, depths, authors, upvotes', () => {
      const thread = readThread(doc, { host: SEED.host });
      expect(thread.skipped).toEqual([]);
      const got = preorder(thread).map((id) => {
        const c = thread.byId.get(id)!;
        return {
          id,
          parentId: c.parentId,
          depth: c.depth,
          author: `${c.author.name}@${c.author.instance}`,
          up: c.votes.up?.value,
          edited: c.edited,
        };
      });
      const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;
      // Flat view lists by date; tree view in Hot order, which is the README's order.
      if (name.includes('flat')) expect([...got].sort(byId)).toEqual([...SEED.comments].sort(byId));
      else expect(got).toEqual(SEED.comments);
    });

    it('reads votes as upvotes only, exact, with no downvotes shown', () => {
      const thread = readThread(doc, { host: SEED.host });
      // The loop alone would pass on a page where nothing was read.
      expect(thread.byId.size).toBe(SEED.comments.length);
      for (const c of thread.byId.values()) {
        expect(c.votes.up?.approx).toBe(false);
        expect(c.votes.down).toEqual({ value: 0, approx: false });
        expect(c.votes.score?.value).toBe(c.votes.up?.value);
      }
    });

    it("reads panopticon's two quotes and the remote author's display", () => {
      const thread = readThread(doc, { host: SEED.host });
      const first = thread.byId.get(5912377)!;
      expect(first.quotes).toEqual([
        'concerns among U.S. and European officials that the war has reached a stalemate',
        'Biden administration officials also are worried that Ukraine is running out of forces, while Russia has a seemingly endless supply,',
      ]);
      expect(first.text.split('\n').at(-1)).toBe('What');
      expect(thread.byId.get(5912533)!.author).toEqual({ name: 'lorty', instance: 'lemmygrad.ml', display: 'lorty' });
    });

    it('has isoData agreeing with the DOM (ids, parents, counts)', () => {
      const iso = readIsoData(doc)!;
      expect(iso.path).toBe(`/post/${SEED.postId}`);
      expect(iso.downvotes).toBe(false);
      const fromIso = [...iso.comments.values()].map((c) => ({ id: c.id, parentId: c.parentId, up: c.votes.up?.value, down: c.votes.down?.value }));
      const fromSeed = SEED.comments.map((c) => ({ id: c.id, parentId: c.parentId, up: c.up, down: 0 }));
      expect(fromIso.sort((a, b) => a.id - b.id)).toEqual(fromSeed.sort((a, b) => a.id - b.id));
    });

    it('follows the theme', () => {
      expect(readTheme(doc)).toBe(name.includes('dark') ? 'dark' : 'light');
    });
  });
});
