import { browser } from '#imports';
import * as S from './selectors';

/** What marks a page lemmy-ui drew, in every version from 0.18 to 1.0 (docs/lemmy-ui.md, "Markers"). */
export const LEMMY_UI_MARKS = {
  root: S.appRoot,
  /** Either one, beside the root, is enough. */
  any: [S.lemmyMeta, S.clientBundle],
  /** Else the inline script that hydrates the page. */
  scripts: S.inlineScripts,
  isoData: 'window.isoData',
};
export type LemmyUiMarks = typeof LEMMY_UI_MARKS;

/**
 * Whether lemmy-ui drew the document. The browser also runs this in a tab for
 * the popup, serialised: so it closes over nothing (marks come as an argument,
 * the document is the tab's own when `doc` is null), and it only reads.
 */
export function hasLemmyUiMarks(doc: Document | null, marks: LemmyUiMarks): boolean {
  const d = doc ?? document;
  if (!d.querySelector(marks.root)) return false;
  if (marks.any.some((selector) => d.querySelector(selector))) return true;
  return Array.from(d.querySelectorAll(marks.scripts)).some((script) => script.textContent?.includes(marks.isoData));
}

/**
 * How long the popup waits for a tab's answer before it takes the page for something else: the
 * answer takes milliseconds unless the page's own scripts hold its thread (a busy or frozen tab).
 */
export const PROBE_TIMEOUT_MS = 2000;

/**
 * Whether the tab shows a lemmy-ui page, asked of the tab itself (activeTab,
 * which opening the popup grants, lets the browser run hasLemmyUiMarks there).
 * false where it cannot be asked (the browser's own pages, store pages) or
 * does not answer in time.
 */
export async function tabShowsLemmyUi(tabId: number): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), PROBE_TIMEOUT_MS));
  return Promise.race([runProbe(tabId).catch(() => false), timeout]);
}

async function runProbe(tabId: number): Promise<boolean> {
  const args = [null, LEMMY_UI_MARKS] as const;
  // Chrome (MV3) has scripting; Firefox's MV2 build has tabs.executeScript, which takes source text.
  if (browser.scripting) {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: hasLemmyUiMarks, args: [...args] });
    return frame?.result === true;
  }
  const code = `(${hasLemmyUiMarks.toString()})(null, ${JSON.stringify(LEMMY_UI_MARKS)})`;
  const [result] = (await browser.tabs.executeScript(tabId, { code })) as unknown[];
  return result === true;
}
