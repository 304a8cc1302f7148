/**
 * Marks on lemmy-ui's articles for comments that are new since the reader's
 * last visit: an attribute of ours and a left accent from the page style
 * (./host-actions PAGE_CSS). No layout change: an inset shadow and a tint.
 */
export const NEW_ATTR = 'data-threadlens-new';

export const NEW_CSS = `
article[${NEW_ATTR}] {
  box-shadow: inset 3px 0 0 0 var(--bs-info, #0dcaf0);
  background-image: linear-gradient(to right, rgba(13, 202, 240, .12), transparent 60%);
}
`;

export type NewMarks = (elements: ReadonlyMap<number, Element>, fresh: ReadonlySet<number>) => void;

/** Marks the articles of new comments and unmarks the rest; remembers what it marked, so only changes touch the page. */
export function newMarks(): NewMarks {
  let marked = new Set<Element>();
  return (elements, fresh) => {
    const next = new Set<Element>();
    for (const id of fresh) {
      const article = elements.get(id);
      if (article) next.add(article);
    }
    for (const el of marked) if (!next.has(el)) el.removeAttribute(NEW_ATTR);
    for (const el of next) if (!el.hasAttribute(NEW_ATTR)) el.setAttribute(NEW_ATTR, '');
    marked = next;
  };
}

export function clearNewMarks(doc: Document): void {
  for (const el of doc.querySelectorAll(`[${NEW_ATTR}]`)) el.removeAttribute(NEW_ATTR);
}
