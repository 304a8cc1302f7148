import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectLemmyPage } from '../../../utils/lemmy/detect';
import { readThread } from '../../../utils/lemmy/read-thread';
import { resetLogOnce } from '../../../utils/log';
import { createSession } from '../../../utils/session/session';
import { generateThread, renderPage } from '../../fixtures/build-thread';

/** The reader on pages lemmy-ui never made: it reads what it can, never throws, says once what it skipped. */
const page = (comments: string) =>
  new DOMParser().parseFromString(
    `<html><head><meta name="Description" content="Lemmy"></head><body><div id="root"><div id="app" class="lemmy-site"><ul class="comments">${comments}</ul></div></div></body></html>`,
    'text/html',
  );

const article = (id: string, body = '<p>hello there</p>', header = '') =>
  `<li class="comment"><article id="comment-${id}"><div class="ms-2"><div class="d-flex">${header}</div><div class="comment-content"><div class="md-div">${body}</div></div></div></article></li>`;

afterEach(() => resetLogOnce());

describe('the reader on bad input', () => {
  it('skips unreadable articles, reads the rest and reports what it skipped', () => {
    const doc = page(article('12') + article('abc') + article('') + article('13'));
    const thread = readThread(doc, { host: 'x.test' });
    expect([...thread.byId.keys()]).toEqual([12, 13]);
    expect(thread.skipped).toEqual(['unreadable comment id "comment-abc"', 'unreadable comment id "comment-"']);
  });

  it('reads a comment with no author, no counts and no time as empty figures', () => {
    const thread = readThread(page(article('5', '<p>just text</p>')), { host: 'x.test' });
    const c = thread.byId.get(5)!;
    expect(c.author).toEqual({ name: '', instance: 'x.test', display: '' });
    expect(c.votes).toEqual({ up: null, down: null, score: null });
    expect(c.published).toBeNull();
    expect(c.text).toBe('just text');
  });

  it('keeps a nested quote out of the quote list: only top-level quotes are the comment’s own', () => {
    const body = '<blockquote><p>outer words</p><blockquote><p>inner words</p></blockquote></blockquote><p>reply</p><blockquote><p>second</p></blockquote>';
    const c = readThread(page(article('7', body)), { host: 'x.test' }).byId.get(7)!;
    expect(c.quotes).toEqual(['outer words', 'second']);
  });

  it('keeps a duplicate id once and reports it', () => {
    const thread = readThread(page(article('9') + article('9', '<p>again</p>')), { host: 'x.test' });
    expect(thread.byId.size).toBe(1);
    expect(thread.byId.get(9)!.text).toBe('hello there');
    expect(thread.skipped).toEqual(['duplicate comment 9']);
  });

  // happy-dom's selectors are slow on big documents; 10,000 comments are read in Chromium (tests/e2e/scale.e2e.ts).
  it('reads 1,500 comments, 8 deep, with every parent right', { timeout: 60_000 }, () => {
    const spec = generateThread({ comments: 1_500, maxDepth: 8, seed: 4, host: 'x.test' });
    const doc = new DOMParser().parseFromString(renderPage(spec, { version: 'B', view: 'tree', theme: 'light' }), 'text/html');
    const thread = readThread(doc, { host: 'x.test' });
    expect(thread.byId.size).toBe(1_500);
    expect(thread.skipped).toEqual([]);
    for (const c of spec.comments) expect(thread.byId.get(c.id)!.parentId).toBe(c.parentId);
  });

  it('links replies whose ids are lower than, or listed before, their parents', () => {
    const header = (parent: number) => `<a class="btn" href="/post/1/${parent}">link</a>`;
    // Flat view, newest first: children come before parents; ids out of order.
    const doc = page(article('50', '<p>child</p>', header(90)) + article('90', '<p>parent</p>', header(90)) + article('20', '<p>grandchild</p>', header(50)));
    const thread = readThread(doc, { host: 'x.test' });
    expect(thread.roots).toEqual([90]);
    expect(thread.children.get(90)).toEqual([50]);
    expect(thread.children.get(50)).toEqual([20]);
    expect(thread.byId.get(20)!.depth).toBe(2);
  });

  it('logs what a session skipped once, however often the page changes', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const doc = page(article('1') + article('bad'));
    const url = 'https://x.test/post/1';
    const info = detectLemmyPage(doc, url) ?? { route: { postId: 1, commentId: null }, host: 'x.test', version: { group: 'B' as const, backend: null, ui: null } };
    const queue: (() => void)[] = [];
    const controller = new AbortController();
    const session = createSession(doc, info, { schedule: (fn) => queue.push(fn), signal: controller.signal });
    for (let i = 0; i < 3; i++) {
      doc.querySelector('ul.comments')!.insertAdjacentHTML('beforeend', article(String(100 + i)));
      await new Promise((r) => setTimeout(r, 0));
      while (queue.length) queue.shift()!();
    }
    expect(session.model.counts.value.comments).toBe(4);
    expect(warn.mock.calls.filter((c) => String(c[0]).includes('skipped'))).toHaveLength(1);
    controller.abort();
  });
});
