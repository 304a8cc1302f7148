import { afterEach, describe, expect, it, vi } from 'vitest';
import { createShadowHost, loadPackagedCss } from '../../../utils/shadow-host';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('createShadowHost', () => {
  it('appends the host last in body, with an open shadow root holding the reset, the stylesheet and the container', () => {
    document.body.append(document.createElement('main'));
    const { host, container } = createShadowHost(document, 'threadlens-test', '.x { color: red }');
    expect(document.body.lastElementChild).toBe(host);
    expect(host.localName).toBe('threadlens-test');
    const shadow = host.shadowRoot!;
    expect(shadow).not.toBeNull();
    const style = shadow.querySelector('style')!;
    // The reset comes first, so the sidebar's own :host rules are the ones that count after it.
    expect(style.textContent!.indexOf(':host{all:initial !important}')).toBe(0);
    expect(style.textContent).toContain('.x { color: red }');
    expect(container.parentNode).toBe(shadow);
    expect(container.childNodes).toHaveLength(0);
  });

  it('remove takes the host out of the page, and a second remove is harmless', () => {
    const { host, remove } = createShadowHost(document, 'threadlens-test', '');
    remove();
    expect(host.isConnected).toBe(false);
    expect(() => remove()).not.toThrow();
  });

  it('puts page text in as text: a stylesheet is never parsed as markup', () => {
    const { host } = createShadowHost(document, 'threadlens-test', '</style><img src=x onerror=alert(1)>');
    expect(host.shadowRoot!.querySelector('img')).toBeNull();
  });
});

describe('loadPackagedCss', () => {
  it('returns the stylesheet text', async () => {
    vi.stubGlobal('fetch', async () => new Response('.a{}', { status: 200 }));
    const warn = vi.fn();
    expect(await loadPackagedCss('chrome-extension://x/a.css', warn)).toBe('.a{}');
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns and returns nothing when the file is missing or fetch fails, so the sidebar still mounts', async () => {
    const warn = vi.fn();
    vi.stubGlobal('fetch', async () => new Response('gone', { status: 404 }));
    expect(await loadPackagedCss('chrome-extension://x/a.css', warn)).toBe('');
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await loadPackagedCss('chrome-extension://x/a.css', warn)).toBe('');
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0]![0])).toContain('404');
  });
});
