export type Theme = 'light' | 'dark';

/**
 * The page's theme (docs/lemmy-ui.md, "Theme"): data-bs-theme on <html> (B, C) or #app (A),
 * else the luminance of the body background.
 */
export function readTheme(doc: Document): Theme {
  const attr =
    doc.documentElement.getAttribute('data-bs-theme') ??
    doc.getElementById('app')?.getAttribute('data-bs-theme');
  if (attr === 'dark' || attr === 'light') return attr;
  const view = doc.defaultView;
  const bg = view && doc.body ? view.getComputedStyle(doc.body).backgroundColor : '';
  return isDarkColor(bg) ? 'dark' : 'light';
}

/** "rgb(r, g, b)" / "rgba(...)" → dark when its relative luminance is low. Transparent is light. */
export function isDarkColor(css: string): boolean {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+))?/.exec(css);
  if (!m) return false;
  if (m[4] !== undefined && Number(m[4]) === 0) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number(v) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4;
}
