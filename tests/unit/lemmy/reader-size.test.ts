import { describe, expect, it, vi } from 'vitest';
import { commentReader } from '../../../utils/lemmy/read-thread';
import { generateThread, renderPage } from '../../fixtures/build-thread';

/**
 * Whether a page is read at once or in slices is asked in the task that starts a session; on a
 * big page the answer comes from the browser's count of articles, and the comments are listed
 * at the first step, in a slice of their own.
 */
function page(comments: number, extraArticles = 0): Document {
  const spec = generateThread({ comments, maxDepth: 3, seed: 5, host: 'lemmy.test' });
  const doc = new DOMParser().parseFromString(renderPage(spec, { version: 'B', view: 'tree', theme: 'light', path: `/post/${spec.post.id}` }), 'text/html');
  for (let i = 0; i < extraArticles; i++) doc.body.append(doc.createElement('article'));
  return doc;
}

describe('the reader knows a page size before listing its comments', () => {
  it('answers for a big page without searching it, and lists the comments at the first step', () => {
    const doc = page(60);
    const search = vi.spyOn(doc, 'querySelectorAll');
    const reader = commentReader(doc, { host: 'lemmy.test' });
    expect(reader.atMost(20)).toBe(false);
    expect(search).not.toHaveBeenCalled();
    expect(reader.step(Infinity)).toBe(true);
    expect(search).toHaveBeenCalledTimes(1);
    expect(reader.result.comments).toHaveLength(60);
  });

  it('counts only comment articles when the page is near the limit', () => {
    // 20 comments and 15 other articles: more than 20 articles, yet 20 comments to read.
    const doc = page(20, 15);
    const reader = commentReader(doc, { host: 'lemmy.test' });
    expect(reader.atMost(20)).toBe(true);
    expect(reader.atMost(19)).toBe(false);
  });

  it('reads the comments lemmy-ui adds between the session start and the first step', () => {
    const doc = page(10);
    const reader = commentReader(doc, { host: 'lemmy.test' });
    const first = doc.querySelector('article[id^="comment-"]')!.closest('li')!;
    const copy = first.cloneNode(true) as Element;
    copy.querySelector('article')!.id = 'comment-999999';
    first.parentElement!.append(copy);
    reader.step(Infinity);
    expect(reader.result.comments.map((c) => c.id)).toContain(999999);
  });
});
