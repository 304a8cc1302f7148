import { signal } from '@preact/signals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startWholeThread } from '../../../utils/features/whole-thread/feature';
import type { FeatureContext } from '../../../utils/features/types';
import { DEFAULT_SETTINGS } from '../../../utils/settings/schema';
import { generateThread, renderPage } from '../../fixtures/build-thread';
import { fakeLemmyApi } from '../../support/fake-lemmy-api';
import { loadPage, resetWorld } from '../../support/app-harness';
import { crankedSession, type Cranked } from '../../support/session-harness';

/** A big thread asks before going on; the reader's answer decides, and what came is kept either way. */
const spec = generateThread({ comments: 240, maxDepth: 4, seed: 9, host: '127.0.0.1' });
const path = `/post/${spec.post.id}`;
const firstRoot = spec.comments.filter((c) => c.parentId === null)[0]!;
const pageSpec = { ...spec, comments: [firstRoot] };

let cranked: Cranked | null = null;
afterEach(() => {
  cranked?.stop();
  vi.unstubAllGlobals();
});

async function start() {
  resetWorld();
  loadPage(renderPage(pageSpec, { version: 'B', view: 'tree', theme: 'light', path }), `http://127.0.0.1${path}`);
  cranked = crankedSession(document, `http://127.0.0.1${path}`);
  await cranked.flush();
  const context = { doc: document, settings: signal(DEFAULT_SETTINGS), loaded: Promise.resolve(DEFAULT_SETTINGS), schedule: (fn: () => void) => fn() } as unknown as FeatureContext;
  const feature = startWholeThread(cranked.session, context, { fetch: fakeLemmyApi(spec).fetch, askAbove: 100 });
  feature.load();
  await vi.waitFor(() => expect(feature.state.value.phase).toBe('asking'));
  return feature;
}

describe('a thread past the size that needs asking', () => {
  it('stops where the reader says so, keeping the comments loaded', async () => {
    const feature = await start();
    expect(feature.state.value).toEqual({ phase: 'asking', loaded: 150, total: null });
    feature.answer(false);
    await vi.waitFor(() => expect(feature.state.value.phase).toBe('ended'));
    expect(feature.state.value).toMatchObject({ failed: false, message: 'Loading stopped at 150 comments. The 150 comments loaded so far are kept.' });
    // The load ends once its last join is in the thread.
    expect(cranked!.session.model.counts.value.comments).toBe(150);
  });

  it('goes on to the end when the reader says so', async () => {
    const feature = await start();
    feature.answer(true);
    await vi.waitFor(() => expect(feature.state.value.phase).toBe('done'));
    expect(cranked!.session.model.counts.value).toMatchObject({ comments: spec.comments.length, onPage: 1, unloaded: 0 });
  });
});

describe('loading when a post opens (the setting)', () => {
  async function openWith(wholeThread: { auto: boolean; upTo: number }) {
    resetWorld();
    loadPage(renderPage(pageSpec, { version: 'B', view: 'tree', theme: 'light', path }), `http://127.0.0.1${path}`);
    cranked = crankedSession(document, `http://127.0.0.1${path}`);
    await cranked.flush();
    const settings = { ...DEFAULT_SETTINGS, wholeThread };
    const context = { doc: document, settings: signal(settings), loaded: Promise.resolve(settings), schedule: (fn: () => void) => fn() } as unknown as FeatureContext;
    const api = fakeLemmyApi(spec);
    const feature = startWholeThread(cranked.session, context, { fetch: api.fetch });
    return { feature, api };
  }

  it('loads a post within the size the reader set, asking the instance its count first when the page does not say', async () => {
    const { feature, api } = await openWith({ auto: true, upTo: 500 });
    await vi.waitFor(() => expect(feature.state.value.phase).toBe('done'));
    expect(cranked!.session.model.counts.value.comments).toBe(spec.comments.length);
    expect(api.stats.requests).toBe(1 + Math.ceil(spec.comments.length / 50));
  });

  it('leaves a bigger post alone: one question for its count, then nothing', async () => {
    const { feature, api } = await openWith({ auto: true, upTo: 100 });
    await vi.waitFor(() => expect(api.stats.requests).toBe(1));
    await vi.waitFor(() => expect(api.stats.inFlight).toBe(0));
    expect(feature.state.value.phase).toBe('idle');
  });

  it('asks the instance nothing when the setting is off (the default)', async () => {
    const { feature, api } = await openWith(DEFAULT_SETTINGS.wholeThread);
    await Promise.resolve();
    expect(DEFAULT_SETTINGS.wholeThread.auto).toBe(false);
    expect(feature.state.value.phase).toBe('idle');
    expect(api.stats.requests).toBe(0);
  });
});
