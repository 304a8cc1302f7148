import * as S from './selectors';
import { commentIdOf } from './read-comment';

/** The comment at the top of the viewport (a read; no layout writes). */
export function commentAtTop(doc: Document, offset = 8): number | null {
  const view = doc.defaultView;
  if (!view) return null;
  const x = Math.min(view.innerWidth / 3, 400);
  for (const y of [offset, offset + 40, offset + 120]) {
    const article = doc.elementFromPoint(x, y)?.closest(S.commentArticle);
    if (article) return commentIdOf(article);
  }
  return null;
}

/** Where an element's bottom-left corner is in the viewport (a preview goes there). */
export function bottomLeft(el: Element): { x: number; y: number } {
  const rect = el.getBoundingClientRect();
  return { x: rect.left, y: rect.bottom };
}

/** Whether the window matches a media query now and after each change; the returned function stops following it. */
export function followMedia(win: Window, query: string, onChange: (matches: boolean) => void): () => void {
  const list = win.matchMedia?.(query);
  const changed = () => onChange(list?.matches ?? false);
  changed();
  list?.addEventListener?.('change', changed);
  return () => list?.removeEventListener?.('change', changed);
}
