/**
 * Runs the real content script (prepareThreadlens, then what it returns) on a fixture page in
 * happy-dom, with WXT's fakeBrowser for extension APIs, and records what it
 * prints. Shared by the robustness and security tests.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { prepareThreadlens } from '../../entrypoints/lemmy.content/app';
import { resetLogOnce } from '../../utils/log';

export const HOST_NAME = 'threadlens-sidebar';

/** Replaces the test document with a fixture page served at `url` (test code, our own HTML). */
export function loadPage(html: string, url: string): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const next = document.importNode(parsed.documentElement, true);
  document.documentElement.remove();
  document.append(next);
}

/**
 * Every console line printed while the test ran, as "level: text". WXT's own
 * "[wxt]" logger is left out: it prints in tests but is silent in production builds.
 */
export function captureConsole(): string[] {
  const lines: string[] = [];
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      const text = args.map(String).join(' ');
      if (!text.startsWith('[wxt]')) lines.push(`${level}: ${text}`);
    });
  }
  return lines;
}

/** Lets observers, animation frames and promise chains run (several rounds, in order). */
export async function settle(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => requestAnimationFrame(() => r(null)));
  }
}

export const host = () => document.querySelector<HTMLElement>(HOST_NAME);
export const shadow = () => host()?.shadowRoot ?? null;
export const rowIds = () => [...(shadow()?.querySelectorAll('[role="treeitem"]') ?? [])].map((r) => Number(r.getAttribute('data-comment-id')));

/**
 * A fresh extension world: empty storage, no logged messages, the sidebar's
 * stylesheet served empty (happy-dom cannot fetch extension URLs).
 */
export function resetWorld(): void {
  fakeBrowser.reset();
  resetLogOnce();
  vi.stubGlobal('fetch', async () => new Response('', { status: 200 }));
}

/** Starts the content script as WXT would; `ctx.abort()` is what an extension reload does to it. */
export function start(): ContentScriptContext {
  const ctx = new ContentScriptContext('lemmy', { matches: [], cssInjectionMode: 'ui' });
  prepareThreadlens(ctx, location.href)();
  return ctx;
}

/** Waits until the sidebar reports it has read the page. */
export async function ready(): Promise<HTMLElement> {
  await vi.waitFor(() => {
    if (host()?.dataset.state !== 'ready') throw new Error('sidebar not ready');
  });
  await settle();
  return host()!;
}

/** Observers created from now on, and whether each is still observing. */
export function trackObservers(): { active(): number } {
  const live = new Set<MutationObserver>();
  const Original = window.MutationObserver;
  class Tracked extends Original {
    override observe(target: Node, options?: MutationObserverInit): void {
      live.add(this);
      super.observe(target, options);
    }
    override disconnect(): void {
      live.delete(this);
      super.disconnect();
    }
  }
  vi.stubGlobal('MutationObserver', Tracked);
  return { active: () => live.size };
}
