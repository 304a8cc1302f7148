import { parsePostRoute, type PostRoute } from './route';
import { hasLemmyUiMarks, LEMMY_UI_MARKS } from './probe';
import * as S from './selectors';

/** lemmy-ui version groups (docs/lemmy-ui.md, "Version groups"). */
export type VersionGroup = 'A' | 'B' | 'C';

export interface LemmyPage {
  route: PostRoute;
  host: string;
  version: { group: VersionGroup; backend: string | null; ui: string | null };
}

/** True when the document was rendered by lemmy-ui (any instance, any version). */
export function isLemmyUi(doc: Document): boolean {
  return hasLemmyUiMarks(doc, LEMMY_UI_MARKS);
}

/** The post page lemmy-ui shows at `url`, or null when this is anything else. */
export function detectLemmyPage(doc: Document, url: string): LemmyPage | null {
  const route = parsePostRoute(url);
  if (!route || !isLemmyUi(doc)) return null;
  return { route, host: new URL(url).host, version: detectVersion(doc) };
}

/** Reads "BE: x" / "UI: y" from the footer; the UI version decides the DOM. */
export function detectVersion(doc: Document): LemmyPage['version'] {
  let backend: string | null = null;
  let ui: string | null = null;
  for (const el of footerLinks(doc)) {
    const m = /^\s*(BE|UI):\s*v?(\d+\.\d+[^\s]*)/.exec(el.textContent ?? '');
    if (m?.[1] === 'BE') backend = m[2] ?? null;
    if (m?.[1] === 'UI') ui = m[2] ?? null;
  }
  const group = groupOf(ui ?? backend) ?? groupFromDom(doc);
  return { group, backend, ui };
}

/**
 * S.footerVersion. The footer closes the page, so a query would first walk
 * every comment: on 10,000 comments that is most of detection. lemmy-ui puts
 * it at most two levels under #app; anything else falls back to the query.
 */
function footerLinks(doc: Document): NodeListOf<Element> {
  const app = doc.getElementById('app');
  for (let outer = app?.lastElementChild ?? null; outer; outer = outer.previousElementSibling) {
    for (let el: Element | null = outer; el; el = el === outer ? outer.lastElementChild : el.previousElementSibling) {
      if (el.localName === 'footer' && el.classList.contains('app-footer')) return el.querySelectorAll(S.footerLink);
    }
  }
  return doc.querySelectorAll(S.footerVersion);
}

export function groupOf(version: string | null): VersionGroup | null {
  const m = version ? /^(\d+)\.(\d+)\.(\d+)/.exec(version) : null;
  if (!m) return null;
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (major >= 1) return 'C';
  if (minor < 19 || (minor === 19 && patch < 4)) return 'A';
  return 'B';
}

/** Without a footer: C's header is a role=group row; A keeps the theme on #app. */
function groupFromDom(doc: Document): VersionGroup {
  if (doc.querySelector(S.commentHeaderC)) return 'C';
  if (doc.querySelector(S.appRootThemed) && !doc.documentElement.hasAttribute('data-bs-theme')) return 'A';
  return 'B';
}
