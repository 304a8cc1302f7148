import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { generateThread, renderComments, renderPage, visibleComments } from '../../fixtures/build-thread';
import { demoThread } from '../../fixtures/demo-thread';
import { captureConsole, loadPage, ready, resetWorld, settle, start } from '../../support/app-harness';
import { crankedSession, freshShape, shape } from '../../support/session-harness';

/**
 * lemmy-ui misbehaving under the reader: an element that throws when read,
 * a re-render in the middle of a parse, a flood of mutations. The page stays
 * as lemmy-ui made it, the tree has what could be read, one console line.
 */
const path = `/post/${demoThread.post.id}`;
const url = `http://127.0.0.1${path}`;
const opts = { version: 'B', view: 'tree', theme: 'light' } as const;
const other = generateThread({ comments: 25, maxDepth: 4, seed: 21, host: '127.0.0.1' });

/**
 * Runs `fn` whenever the comment reader (utils/lemmy/read-comment.ts) reads this
 * article's id, the one property every read of a comment needs. Other readers
 * (happy-dom matching selectors, the reader's own error report) are left alone.
 */
function onRead(article: Element, fn: () => void): void {
  Object.defineProperty(article, 'id', {
    configurable: true,
    get(this: Element) {
      const caller = new Error().stack?.split('\n')[2] ?? '';
      if (caller.includes('/utils/lemmy/read-comment')) fn();
      return this.getAttribute('id') ?? '';
    },
  });
}

/** A comment that throws whenever it is read, as a reader bug on odd markup would. */
function breakArticle(id: number, message = 'lemmy-ui threw'): Element {
  const article = document.getElementById(`comment-${id}`)!;
  onRead(article, () => {
    throw new Error(message);
  });
  return article;
}

/** lemmy-ui's comment list as HTML (test code, our own fixture markup). */
function commentsList(spec = other): Element {
  const t = document.createElement('template');
  t.innerHTML = renderComments(spec, opts);
  return t.content.firstElementChild!;
}

let logs: string[];
beforeEach(() => {
  resetWorld();
  loadPage(renderPage(demoThread, { ...opts, path }), url);
  logs = captureConsole();
});
afterEach(() => vi.unstubAllGlobals());

describe('lemmy-ui throwing or re-rendering while Threadlens reads', () => {
  it('reads every other comment when one throws, leaves the page as it was and logs once', async () => {
    // A reply with no replies of its own: nothing else depends on reading it.
    const broken = visibleComments(demoThread).find((c) => c.parentId !== null && !demoThread.comments.some((k) => k.parentId === c.id))!.id;
    const article = breakArticle(broken);
    const before = article.outerHTML;
    start();
    const host = await ready();
    expect(Number(host.dataset.comments)).toBe(visibleComments(demoThread).length - 1);
    expect(document.getElementById(`comment-${broken}`)).toBe(article);
    expect(article.outerHTML).toBe(before);
    expect(logs).toEqual([expect.stringMatching(/^warn: \[Threadlens\] skipped comments that could not be read; the first: .*lemmy-ui threw/)]);

    // lemmy-ui keeps changing the page around the broken comment: no new lines.
    for (let i = 0; i < 5; i++) {
      document.querySelectorAll('.md-div p')[i]!.append(` edit ${i}`);
      await settle();
    }
    expect(logs).toHaveLength(1);
    // Nor when the number of comments it cannot read changes.
    const another = visibleComments(demoThread).filter((c) => c.id !== broken).at(-1)!.id;
    breakArticle(another, 'lemmy-ui threw again');
    document.getElementById(`comment-${another}`)!.querySelector('.md-div')!.append(' edited');
    await vi.waitFor(() => expect(Number(host.dataset.comments)).toBe(visibleComments(demoThread).length - 2));
    expect(logs).toHaveLength(1);
  });

  it('skips comments whose ids no Lemmy could make (over 2^31-1) instead of reading two as one', async () => {
    const [a, b] = visibleComments(demoThread).filter((c) => !demoThread.comments.some((k) => k.parentId === c.id) && c.parentId !== null);
    // Read as numbers these two are the same: 2^53 + 1 rounds to 2^53.
    document.getElementById(`comment-${a!.id}`)!.id = 'comment-9007199254740993';
    document.getElementById(`comment-${b!.id}`)!.id = 'comment-9007199254740992';
    start();
    const host = await ready();
    expect(Number(host.dataset.comments)).toBe(visibleComments(demoThread).length - 2);
    expect(logs).toEqual([expect.stringMatching(/skipped comments that could not be read/)]);
  });

  it('ends with a fresh parse’s tree when lemmy-ui swaps the comments for a spinner in the middle of a read', async () => {
    const cranked = crankedSession(document, url);
    const first = document.querySelector('article[id^="comment-"]')!;
    const spinner = document.createElement('div');
    spinner.className = 'spinner';
    let swapped = false;
    // The next read of the first comment is where lemmy-ui re-renders: out goes the list, in comes a spinner.
    onRead(first, () => {
      if (swapped) return;
      swapped = true;
      document.querySelector('ul.comments')!.replaceWith(spinner);
    });
    first.append(' (edited)'); // makes the next frame re-read this article
    await cranked.flush();
    expect(swapped).toBe(true);
    // What it read from the detached list is not kept: the spinner's page has no comments.
    expect(shape(cranked.session.model.thread.value)).toEqual([]);
    spinner.replaceWith(commentsList()); // the new sort's comments arrive
    await cranked.flush();
    expect(shape(cranked.session.model.thread.value)).toEqual(freshShape(document, '127.0.0.1'));
    expect(cranked.session.model.thread.value.byId.size).toBe(other.comments.length);
    expect(logs).toEqual([]);
    cranked.stop();
  });

  it('reads a flood of mutations in one frame per batch and ends equal to a fresh parse', async () => {
    const cranked = crankedSession(document, url);
    const framesBefore = cranked.frames();
    const list = document.querySelector('ul.comments')!;
    // One lemmy-ui task: 500 small changes, votes, texts and whole subtrees.
    for (let i = 0; i < 100; i++) {
      const articles = document.querySelectorAll('article[id^="comment-"]');
      const a = articles[i % articles.length]!;
      a.querySelector('[aria-label$="Upvotes"]')?.setAttribute('aria-label', `${i} Upvotes`);
      a.querySelector('.md-div')?.append(`more ${i}`);
      list.append(list.firstElementChild!);
      if (i === 50) list.append(...commentsList().children);
      a.classList.toggle('flash');
    }
    await cranked.flush();
    expect(cranked.frames() - framesBefore).toBe(1);
    expect(shape(cranked.session.model.thread.value)).toEqual(freshShape(document, '127.0.0.1'));
    expect(logs).toEqual([]);
    cranked.stop();
  });
});

describe('a page that will not take the sidebar', () => {
  it('gets one console line, no uncaught error, and its room back (no margin, nothing of ours left)', async () => {
    // What a page that defines its own <threadlens-sidebar> without shadow roots does to attachShadow.
    const attach = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(() => {
      throw new DOMException('Failed to execute attachShadow', 'NotSupportedError');
    });
    onTestFinished(() => attach.mockRestore());
    loadPage(renderPage(demoThread, { ...opts, path }), url);
    const comments = document.querySelectorAll('article[id^="comment-"]').length;
    start();
    await vi.waitFor(() => expect(logs).toHaveLength(1));
    await settle();
    expect(attach).toHaveBeenCalled();
    expect(logs).toEqual(['warn: [Threadlens] showing the sidebar failed NotSupportedError: Failed to execute attachShadow']);
    expect(document.querySelector('threadlens-sidebar, [data-threadlens-ui], #threadlens-page-style, #threadlens-quote-style')).toBeNull();
    expect(document.documentElement.style.marginRight).toBe('');
    expect(document.querySelectorAll('article[id^="comment-"]')).toHaveLength(comments);
  });
});
