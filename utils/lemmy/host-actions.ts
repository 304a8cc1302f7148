/**
 * The only writes Threadlens makes to the host page, kept together so they can
 * be undone and so reads never interleave with them.
 */

const OFFSET_ATTR = 'data-threadlens-offset';

/** Makes room for the docked sidebar so it never covers lemmy-ui's content. */
export function setPageOffset(doc: Document, side: 'left' | 'right', px: number): void {
  const html = doc.documentElement;
  html.style.removeProperty('margin-left');
  html.style.removeProperty('margin-right');
  if (px > 0) html.style.setProperty(`margin-${side}`, `${px}px`);
  html.toggleAttribute(OFFSET_ATTR, px > 0);
}

export function clearPageOffset(doc: Document): void {
  if (!doc.documentElement.hasAttribute(OFFSET_ATTR)) return;
  setPageOffset(doc, 'right', 0);
}
