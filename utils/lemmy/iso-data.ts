import type { Author, CommentData } from '../thread/types';
import { readCommentView } from './comment-view';
import * as S from './selectors';

export interface IsoData {
  /** The route it was rendered for: stale after client-side navigation. */
  path: string;
  downvotes: boolean | null;
  /** Every comment of lemmy-ui's first fetch (up to 300), rendered or not, in its order; off the page until the DOM says otherwise. */
  comments: Map<number, CommentData>;
  /** The post's comment count as the instance gave it (null when absent). */
  postComments: number | null;
}

/** Reads `window.isoData` from the page's inline script; null when absent or unreadable. */
export function readIsoData(doc: Document, host = doc.location?.host ?? ''): IsoData | null {
  for (const script of doc.querySelectorAll(S.inlineScripts)) {
    const text = script.textContent ?? '';
    const at = text.indexOf('window.isoData');
    if (at < 0) continue;
    const root = isoDataObject(text, text.indexOf('{', at));
    try {
      return root === undefined ? null : toIsoData(root, host);
    } catch {
      return null;
    }
  }
  return null;
}

/** The object written at `start`, parsed: on its line if it is alone there, else cut out with care; undefined when unreadable. */
export function isoDataObject(text: string, start: number): unknown {
  if (start < 0) return undefined;
  const fast = oneLineObject(text, start);
  if (fast !== undefined) return fast;
  const raw = objectLiteralAt(text, start);
  return raw === null ? undefined : parseOrUndefined(raw);
}

/** A bare `undefined` as a key's value: its quote is a key's closing one (a word character before it, so not escaped). */
const BARE_UNDEFINED = /(?<=[\w$]":)undefined(?=[,}\]])/g;

/**
 * The fast way: lemmy-ui writes isoData as one line (serialize-javascript adds no whitespace,
 * and a JSON string holds no raw line break), so the object ends at the last `}` before the
 * line's end, and its bare `undefined`s follow keys. JSON.parse checks the guess; undefined when
 * it fails, and the careful scan (`objectLiteralAt`) takes over. On a 2,000-comment page the
 * scan of 630 KB took 10-65 ms, most of the task that reads isoData.
 */
export function oneLineObject(text: string, start: number): unknown {
  const eol = text.indexOf('\n', start);
  const end = text.lastIndexOf('}', eol < 0 ? text.length : eol);
  return end < start ? undefined : parseOrUndefined(text.slice(start, end + 1).replace(BARE_UNDEFINED, 'null'));
}

function parseOrUndefined(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The `{…}` starting at `start`, with serialize-javascript's bare `undefined`
 * turned into `null` so JSON.parse accepts it. Strings are skipped whole
 * (indexOf to their closing quote), so braces and the word inside them are
 * left alone, and the result is put together from slices: a big thread's
 * isoData runs to megabytes, and a copy made a character at a time took
 * ten times as long as JSON.parse on it (200 ms for 3 MB).
 */
export function objectLiteralAt(text: string, start: number): string | null {
  if (start < 0 || text.charCodeAt(start) !== 123) return null;
  const parts: string[] = [];
  let from = start;
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      i = closingQuote(text, i);
      if (i < 0) return null;
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      if (--depth === 0) return parts.join('') + text.slice(from, i + 1);
    } else if (c === 117 && text.startsWith('undefined', i) && !/[\w$]/.test(text[i + 9] ?? '')) {
      parts.push(text.slice(from, i), 'null');
      i += 8;
      from = i + 1;
    }
  }
  return null;
}

/** The index of the quote that closes the string opened at `open` (one not escaped by a backslash), or -1. */
function closingQuote(text: string, open: number): number {
  for (let at = text.indexOf('"', open + 1); at >= 0; at = text.indexOf('"', at + 1)) {
    let slashes = 0;
    while (text.charCodeAt(at - 1 - slashes) === 92) slashes++;
    if (slashes % 2 === 0) return at;
  }
  return -1;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function toIsoData(root: unknown, host: string): IsoData | null {
  const data = obj(root);
  const path = typeof data.path === 'string' ? data.path : null;
  if (!path) return null;
  const route = obj(data.routeData);
  const list = obj(obj(route.commentsRes).data);
  const views = (Array.isArray(list.comments) ? list.comments : Array.isArray(list.items) ? list.items : []) as unknown[];
  const site = obj(obj(data.site_res ?? data.siteRes).site_view);
  const local = obj(site.local_site);
  // 0.18, 0.19: a switch; 1.0: who may downvote comments ('all', 'local' or 'disable').
  const mode = local.comment_downvotes;
  const enable = local.enable_downvotes ?? (typeof mode === 'string' ? mode !== 'disable' : undefined);
  const comments = new Map<number, CommentData>();
  // isoData is the page's own first fetch, already matched to this route: no post check.
  const ctx = { host, postId: null, authors: new Map<number, Author>() };
  for (const view of views) {
    const c = readCommentView(view, ctx);
    if (c && !comments.has(c.id)) comments.set(c.id, c);
  }
  return { path, downvotes: typeof enable === 'boolean' ? enable : null, comments, postComments: postCommentCount(obj(obj(route.postRes).data)) };
}

/** v3 keeps the count in `post_view.counts.comments`, v4 on `post_view.post.comments`. */
export function postCommentCount(postRes: Json): number | null {
  const view = obj(postRes.post_view);
  const n = obj(view.counts).comments ?? obj(view.post).comments;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : null;
}
