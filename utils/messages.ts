/** Messages between the content script, the popup and the background. */

export interface PageStatus {
  lemmy: boolean;
  postId: number | null;
  version: string | null;
  comments: number;
  participants: number;
  /** Comments new since the last visit; absent on a first visit or with the feature off. */
  fresh?: number;
  /** The post's own comment count, when the page's data gives it (comments known may be fewer). */
  total?: number;
  /** Quotes linked to their sources. */
  quotes?: number;
}

export interface StatusRequest {
  type: 'threadlens:status';
}

export interface CountsNotice {
  type: 'threadlens:counts';
  comments: number | null;
}

/** The content script asks the background for lemmy-ui's words in the page's language (utils/lemmy/ui-words). */
export interface UiWordsRequest {
  type: 'threadlens:ui-words';
  lang: string;
}

export function isUiWordsRequest(message: unknown): message is UiWordsRequest {
  const m = message as UiWordsRequest | null;
  return m?.type === 'threadlens:ui-words' && typeof m.lang === 'string';
}

export function isStatusRequest(message: unknown): message is StatusRequest {
  return (message as StatusRequest | null)?.type === 'threadlens:status';
}

export function isCountsNotice(message: unknown): message is CountsNotice {
  const m = message as CountsNotice | null;
  return m?.type === 'threadlens:counts' && (m.comments === null || typeof m.comments === 'number');
}

/** Toolbar badge text for a comment count: short enough for the badge. */
export function badgeText(comments: number | null): string {
  if (comments === null) return '';
  if (comments >= 10_000) return `${Math.floor(comments / 1000)}k`;
  if (comments >= 1000) return `${(comments / 1000).toFixed(1).replace(/\.0$/, '')}k`;
  return String(comments);
}

/** A status reply, checked: it comes from a content script in a page we do not control. */
export function isPageStatus(message: unknown): message is PageStatus {
  const m = message as PageStatus | null;
  return (
    !!m &&
    typeof m.lemmy === 'boolean' &&
    (m.postId === null || typeof m.postId === 'number') &&
    (m.version === null || typeof m.version === 'string') &&
    typeof m.comments === 'number' &&
    typeof m.participants === 'number' &&
    [m.fresh, m.total, m.quotes].every((n) => n === undefined || (Number.isInteger(n) && n >= 0))
  );
}
