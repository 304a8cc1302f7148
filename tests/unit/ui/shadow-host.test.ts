import { afterEach, describe, expect, it } from 'vitest';
import { createShadowHost } from '../../../utils/lemmy/shadow-host';

afterEach(() => {
  document.body.replaceChildren();
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
