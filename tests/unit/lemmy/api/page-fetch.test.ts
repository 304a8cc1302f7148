// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageFetch, requestInit } from '../../../../utils/lemmy/api/page-fetch';

afterEach(() => {
  delete (globalThis as { content?: unknown }).content;
});

describe('pageFetch', () => {
  it("uses Firefox's content.fetch (the page's), called on its own object", async () => {
    const content = { fetch: vi.fn(function (this: unknown) { return Promise.resolve(this === content ? 'page' : 'unbound'); }) };
    (globalThis as { content?: unknown }).content = content;
    expect(await (pageFetch() as unknown as () => Promise<string>)()).toBe('page');
    expect(content.fetch).toHaveBeenCalledTimes(1);
  });

  it('falls back to the global fetch where there is no content object (Chromium)', async () => {
    const global = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{}'));
    await pageFetch()('https://lemmy.example/api/v3/post?id=1');
    expect(global).toHaveBeenCalledTimes(1);
  });

  it('asks without credentials, for JSON, and follows no redirect', () => {
    const signal = new AbortController().signal;
    expect(requestInit(signal)).toEqual({ credentials: 'omit', headers: { accept: 'application/json' }, redirect: 'error', signal });
  });
});
