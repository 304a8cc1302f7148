/**
 * The one door through which events reach Threadlens. The page can dispatch
 * any event it likes (`isTrusted` false): a forged `\` would hide the sidebar
 * for every instance, a forged `x` would be saved as the reader's collapsed
 * state, a forged click inside the sidebar's root would store a width. Only
 * what the reader did (`isTrusted` true) gets past this door.
 */

export interface ListenOptions {
  signal: AbortSignal;
  passive?: boolean;
  capture?: boolean;
}

/** True only for events the browser made from the reader's input. */
export const fromReader = (event: Event): boolean => event.isTrusted;

/** `target.addEventListener`, for the reader's events only. */
export function listen<E extends Event>(target: EventTarget, type: string, handler: (event: E) => void, options: ListenOptions): void {
  target.addEventListener(type, (event) => fromReader(event) && handler(event as E), options);
}

/**
 * Bootstrap's menus and dialogs opening and closing (`open` true when shown).
 * Page-made by nature (Bootstrap's own script sends them); they only keep
 * containment off an open menu, so they are taken as they are.
 */
export function onOverlays(doc: Document, handler: (target: EventTarget | null, open: boolean) => void, signal: AbortSignal): void {
  for (const type of ['show.bs.dropdown', 'hidden.bs.dropdown', 'show.bs.modal', 'hidden.bs.modal']) {
    doc.addEventListener(type, (event) => handler(event.target, type.startsWith('show.')), { signal });
  }
}

/**
 * Events the sidebar's components handle. Page-made ones are stopped at the
 * shadow root, in the capture phase, before any component sees them.
 */
const SIDEBAR_EVENTS = [
  'click', 'dblclick', 'auxclick', 'contextmenu',
  'mousedown', 'mouseup', 'mouseover', 'mouseout', 'mouseenter', 'mouseleave',
  'pointerdown', 'pointerup', 'pointermove', 'pointercancel', 'pointerover', 'pointerout',
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'submit',
  'focus', 'blur', 'focusin', 'focusout', 'wheel', 'scroll', 'touchstart', 'touchend',
];

/** Stops page-made events at `root` before they reach anything inside it. */
export function guardRoot(root: ShadowRoot, signal?: AbortSignal): void {
  const stop = (event: Event) => {
    if (fromReader(event)) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of SIDEBAR_EVENTS) root.addEventListener(type, stop, { capture: true, signal });
}

/**
 * The shadow root of `el`, closed ones too. Content scripts may see closed
 * roots: Firefox through `openOrClosedShadowRoot`, Chromium through
 * `chrome.dom.openOrClosedShadowRoot`.
 */
function anyShadowRoot(el: Element): ShadowRoot | null | undefined {
  const firefox = (el as { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox;
  type Dom = { openOrClosedShadowRoot?(el: HTMLElement): ShadowRoot | null };
  const dom = (globalThis as { chrome?: { dom?: Dom } }).chrome?.dom;
  return dom?.openOrClosedShadowRoot ? dom.openOrClosedShadowRoot(el as HTMLElement) : undefined;
}

const EDITABLE = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

/**
 * True when a key typed here is text, not a command: in an input, a text area
 * or editable content, also inside shadow roots. An event from a closed root
 * names only its host; the element focused inside it is found through the
 * extension's view of closed roots, and where the browser gives none, a custom
 * element (a dash in its name) that holds focus is taken as a place to type.
 */
export function isTyping(event: KeyboardEvent): boolean {
  let target = (event.composedPath?.()[0] ?? event.target) as Element | null;
  for (let depth = 0; target && depth < 32; depth++) {
    if (typeof target.closest !== 'function') return false;
    if ((target as HTMLElement).isContentEditable || target.closest(EDITABLE)) return true;
    if (target.shadowRoot) return false; // open: composedPath already named the element inside
    const root = anyShadowRoot(target);
    if (root === undefined) return target.localName.includes('-');
    target = root?.activeElement ?? null;
  }
  return false;
}
