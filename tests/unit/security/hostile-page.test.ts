import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPage } from '../../fixtures/build-thread';
import { captureConsole, loadPage, ready, resetWorld, settle, shadow, start } from '../../support/app-harness';
import { hostileThread, TEXT_SAMPLES } from '../../support/hostile-thread';

/**
 * The real content script on a hostile page, with every HTML and code sink of
 * the DOM wrapped: whatever route page text takes (Preact props, a helper, a
 * library), if it reaches a parser this test sees it. The lint test catches
 * sinks in our source; this one catches them at run time.
 */
const path = `/post/${hostileThread.post.id}`;

/** The object on `start`'s prototype chain that defines `prop`. */
function ownerOf(start: object, prop: string): object {
  for (let o: object | null = start; o; o = Object.getPrototypeOf(o)) if (Object.getOwnPropertyDescriptor(o, prop)) return o;
  throw new Error(`no ${prop}`);
}

/** Records every string handed to an HTML or code sink from now on. */
function recordSinks(): string[] {
  const seen: string[] = [];
  const el = document.createElement('div');
  const record = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  const shadowRoot = document.createElement('div').attachShadow({ mode: 'open' });
  for (const [target, prop] of [[el, 'innerHTML'], [el, 'outerHTML'], [shadowRoot, 'innerHTML']] as const) {
    const owner = ownerOf(target, prop);
    const setter = Object.getOwnPropertyDescriptor(owner, prop)!.set!;
    vi.spyOn(owner as HTMLElement, prop, 'set').mockImplementation(function (this: Element, v: string) {
      record(v);
      setter.call(this, v);
    });
  }
  const methods: [object, string][] = [
    [el, 'insertAdjacentHTML'], [el, 'setHTMLUnsafe'], [document, 'write'], [document, 'writeln'],
    [document.createRange(), 'createContextualFragment'], [new DOMParser(), 'parseFromString'],
  ];
  for (const [target, name] of methods) {
    if (!(name in target)) continue;
    const owner = ownerOf(target, name) as Record<string, (...a: unknown[]) => unknown>;
    const original = owner[name]!;
    vi.spyOn(owner, name).mockImplementation(function (this: unknown, ...args: unknown[]) {
      record(...args);
      return original.apply(this, args);
    });
  }
  const setAttribute = Element.prototype.setAttribute;
  vi.spyOn(Element.prototype, 'setAttribute').mockImplementation(function (this: Element, name: string, value: string) {
    if (/^(on|srcdoc$)/i.test(name)) record(name, value);
    return setAttribute.call(this, name, value);
  });
  return seen;
}

/** A reader who touches everything that shows page text: every row, every tab, help, quotes, collapse. */
async function useEverything(): Promise<void> {
  const key = async (k: string) => {
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    await settle(1);
  };
  for (let i = 0; i < hostileThread.comments.length; i++) await key('j');
  await key('x');
  await key('x');
  for (const tab of shadow()!.querySelectorAll<HTMLElement>('[role="tab"]')) {
    tab.click();
    await settle(1);
  }
  for (const control of document.querySelectorAll<HTMLElement>('[data-threadlens-ui]')) control.click();
  await key('?');
  await key('Escape');
  await settle();
}

let logs: string[];
beforeEach(() => {
  resetWorld();
  loadPage(renderPage(hostileThread, { version: 'B', view: 'tree', theme: 'light', path }), `http://127.0.0.1${path}`);
  logs = captureConsole();
});
afterEach(() => vi.unstubAllGlobals());

describe('a hostile page', () => {
  it('has a recorder that sees every sink (so an empty record means something)', () => {
    const sinks = recordSinks();
    const el = document.createElement('div');
    el.innerHTML = '1';
    el.outerHTML = '2';
    document.createElement('p').attachShadow({ mode: 'open' }).innerHTML = '3';
    document.body.append(el);
    el.insertAdjacentHTML('beforeend', '4');
    document.createRange().createContextualFragment('5');
    new DOMParser().parseFromString('6', 'text/html');
    el.setAttribute('onclick', '7');
    expect(sinks).toEqual(['1', '2', '3', 'beforeend 4', '5', '6 text/html', 'onclick 7']);
  });

  it('never has its text parsed as HTML or code, whatever the reader does', async () => {
    const sinks = recordSinks();
    start();
    const host = await ready();
    await useEverything();
    expect(Number(host.dataset.comments)).toBe(hostileThread.comments.length);
    expect(sinks).toEqual([]);
    expect(logs).toEqual([]);
  });

  it('shows markup-looking text as text and puts no element of the page in the sidebar', async () => {
    start();
    await ready();
    await useEverything();
    const root = shadow()!;
    expect(root.querySelectorAll('script, img, iframe, object, embed, link, b, a[href^="javascript:" i]')).toHaveLength(0);
    const handlers = [...root.querySelectorAll('*')].flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith('on')));
    expect(handlers).toEqual([]);
    // Switch back to the outline, where each comment's row shows its text.
    root.querySelector<HTMLElement>('[role="tab"]')!.click();
    await settle();
    for (const sample of TEXT_SAMPLES) expect(root.textContent).toContain(sample);
  });
});
