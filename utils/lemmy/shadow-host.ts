/**
 * The sidebar's host: a custom element at the end of <body> with an open
 * shadow root holding the stylesheet and an empty container to render into.
 * WXT's createShadowRootUi does the same but brings its auto-mounting along
 * (a MutationObserver-based element waiter and its dependencies), about 3 KB
 * gzip of a content script whose budget is 40 KB (issue #8; README, "Performance").
 */
import { guardRoot } from './events';

export interface ShadowHost {
  host: HTMLElement;
  container: HTMLElement;
  remove(): void;
}

/** The page's styles stop at the shadow boundary except inherited ones: reset those on the host. */
const RESET = ':host{all:initial !important}';

/** `name` must be a valid custom element name (a dash in it), or attachShadow throws. */
export function createShadowHost(doc: Document, name: string, css: string): ShadowHost {
  const host = doc.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  // Open, so tests and assistive tools can read it; the page can too, and page-made events stop here.
  guardRoot(shadow);
  const style = doc.createElement('style');
  style.textContent = `${RESET}\n${css}`;
  const container = doc.createElement('div');
  shadow.append(style, container);
  doc.body.append(host);
  return { host, container, remove: () => host.remove() };
}
