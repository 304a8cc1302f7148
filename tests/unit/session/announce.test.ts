import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPage } from '../../fixtures/build-thread';
import { demoThread } from '../../fixtures/demo-thread';
import { buildThread } from '../../../utils/thread/build';
import { describeComment } from '../../../utils/features/outline/describe';
import { descendantCounts } from '../../../utils/thread/outline';
import { makeComment as c } from '../../support/make-comment';
import { loadPage, ready, resetWorld, settle, shadow, start } from '../../support/app-harness';

/**
 * Jumps made from the page (keys, quote headers) scroll the page but leave
 * focus where it was, so a screen reader would say nothing: the sidebar
 * announces where the jump landed in a polite live region.
 */
const path = `/post/${demoThread.post.id}`;
const [first, reply] = demoThread.comments;
const quoting = demoThread.comments.find((x) => x.body.startsWith('> A van is cheaper'))!; // quotes `reply`

const live = () => shadow()!.querySelector('[aria-live="polite"][role="status"]:not(.tl-search-status)')!.textContent;
const press = async (key: string) => {
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  await settle();
};

beforeEach(() => {
  resetWorld();
  loadPage(renderPage(demoThread, { version: 'B', view: 'tree', theme: 'light', path }), `http://127.0.0.1${path}`);
});
afterEach(() => vi.unstubAllGlobals());

describe('announcements after jumps from the page', () => {
  it('describes a comment by who, where, score, replies and first words', () => {
    const thread = buildThread(null, [
      c(1, null, { text: 'A top comment that goes on for quite a while.' }),
      c(2, 1, { depth: 1, text: 'x'.repeat(300), votes: { up: null, down: null, score: { value: 1200, approx: true } } }),
      c(3, 1, { depth: 1, deleted: true, text: '' }),
    ]);
    const replies = descendantCounts(thread);
    const describe = (id: number) => describeComment(thread, id, replies.get(id) ?? 0);
    expect(describe(1)).toBe('user1, top level, 1 point, 2 replies: A top comment that goes on for quite a while.');
    expect(describe(2)).toBe(`user2, level 2, about 1,200 points: ${'x'.repeat(99)}…`);
    expect(describe(3)).toBe('user3, level 2, 1 point: (deleted)');
    expect(describe(99)).toBe('');
  });

  it('says where j, p and x landed, and what a quote header jumped to', async () => {
    const ctx = start();
    await ready();
    expect(live()).toBe('');
    await press('j');
    await press('j');
    expect(live()).toMatch(new RegExp(`^${reply!.author.name}, level 2, .*: Nine people a night`));
    await press('p');
    expect(live()).toMatch(new RegExp(`^Parent: ${first!.author.name}, top level, .* replies: Nearly empty is still somebody`));
    await press('x');
    expect(live()).toMatch(/^Subthread collapsed, \d+ replies hidden$/);
    await press('k'); // the selection had moved on to the next thread; back to the collapsed one
    await press('x');
    expect(live()).toBe('Subthread expanded');

    const header = await vi.waitFor(() => document.querySelector<HTMLButtonElement>(`#comment-${quoting.id} button.threadlens-quote-header`)!);
    header.click();
    await settle();
    expect(live()).toMatch(new RegExp(`^Quoted from ${reply!.author.name}, level 2`));
    ctx.abort();
  });
});
