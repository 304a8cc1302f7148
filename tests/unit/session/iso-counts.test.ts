import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../../../utils/session/session';
import { generateThread, renderPage } from '../../fixtures/build-thread';
import { captureConsole, loadPage, resetWorld } from '../../support/app-harness';
import { crankedSession, type Cranked } from '../../support/session-harness';

/**
 * Exact vote counts from isoData where the page abbreviates them ("1.23K"),
 * on a page read at once and on one read a slice per task (where isoData is
 * read in a slice of its own).
 */
const URL_ = 'http://127.0.0.1/post/1';

function page(comments: number, iso: (html: string) => string = (h) => h): string {
  const spec = generateThread({ comments, maxDepth: 4, seed: 5, host: '127.0.0.1' });
  spec.post.id = 1;
  spec.comments[0]!.up = 1234;
  spec.comments[0]!.down = 5;
  spec.comments[comments - 1]!.up = 45678;
  spec.comments[comments - 1]!.down = 0;
  return iso(renderPage(spec, { version: 'B', view: 'tree', theme: 'light', path: '/post/1', isoData: true }));
}

let running: Cranked | null = null;
beforeEach(() => resetWorld());
afterEach(() => running?.stop());

async function read(html: string): Promise<Session> {
  loadPage(html, URL_);
  running = crankedSession(document, URL_);
  const { session } = running;
  // A big page is read a slice per task: wait for the whole thread.
  for (let i = 0; i < 500 && session.model.thread.value.byId.size === 0; i++) await new Promise((r) => setTimeout(r, 0));
  return session;
}

describe('exact counts from isoData', () => {
  for (const size of [40, 600]) {
    it(`replace abbreviated ones on a page of ${size} comments`, async () => {
      const spec = generateThread({ comments: size, maxDepth: 4, seed: 5, host: '127.0.0.1' });
      const session = await read(page(size));
      const thread = session.model.thread.value;
      expect(thread.byId.size).toBe(size);
      const first = thread.byId.get(spec.comments[0]!.id)!;
      expect(first.votes.up).toEqual({ value: 1234, approx: false });
      expect(first.votes.score).toEqual({ value: 1229, approx: false });
      expect(thread.byId.get(spec.comments[size - 1]!.id)!.votes.up).toEqual({ value: 45678, approx: false });
    });
  }

  it('leave the page’s abbreviated counts when isoData cannot be read, and read the thread all the same', async () => {
    const lines = captureConsole();
    const broken = (html: string) => html.replace('window.isoData = {', 'window.isoData = {{');
    const spec = generateThread({ comments: 600, maxDepth: 4, seed: 5, host: '127.0.0.1' });
    const session = await read(page(600, broken));
    const thread = session.model.thread.value;
    expect(thread.byId.size).toBe(600);
    expect(thread.byId.get(spec.comments[0]!.id)!.votes.up).toEqual({ value: 1230, approx: true });
    expect(lines).toEqual([]);
  });
});
