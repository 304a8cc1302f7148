import type { CommentData, Count } from '../thread/types';
import { validId } from './route';
import * as S from './selectors';

/** What isoData knows of a comment (docs/lemmy-ui.md, "isoData"): exact counts and the path. */
export interface IsoComment {
  id: number;
  parentId: number | null;
  up: number;
  down: number;
  score: number;
  deleted: boolean;
  removed: boolean;
}

export interface IsoData {
  /** The route it was rendered for: stale after client-side navigation. */
  path: string;
  downvotes: boolean | null;
  comments: Map<number, IsoComment>;
}

/** Reads `window.isoData` from the page's inline script; null when absent or unreadable. */
export function readIsoData(doc: Document): IsoData | null {
  for (const script of doc.querySelectorAll(S.inlineScripts)) {
    const text = script.textContent ?? '';
    const at = text.indexOf('window.isoData');
    if (at < 0) continue;
    const raw = objectLiteralAt(text, text.indexOf('{', at));
    if (!raw) return null;
    try {
      return toIsoData(JSON.parse(raw) as unknown);
    } catch {
      return null;
    }
  }
  return null;
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

function toIsoData(root: unknown): IsoData | null {
  const data = obj(root);
  const path = typeof data.path === 'string' ? data.path : null;
  if (!path) return null;
  const route = obj(data.routeData);
  const list = obj(obj(route.commentsRes).data);
  const views = (Array.isArray(list.comments) ? list.comments : Array.isArray(list.items) ? list.items : []) as unknown[];
  const site = obj(obj(data.site_res ?? data.siteRes).site_view);
  const enable = obj(site.local_site).enable_downvotes;
  const comments = new Map<number, IsoComment>();
  for (const view of views) {
    const c = readView(obj(view));
    if (c) comments.set(c.id, c);
  }
  return { path, downvotes: typeof enable === 'boolean' ? enable : null, comments };
}

/** A/B: counts in `view.counts`; C: on `view.comment`. */
function readView(view: Json): IsoComment | null {
  const comment = obj(view.comment);
  const counts = Object.keys(obj(view.counts)).length ? obj(view.counts) : comment;
  const id = validId(comment.id) ? comment.id : null;
  const [up, down, score] = [num(counts.upvotes), num(counts.downvotes), num(counts.score)];
  if (id === null || up === null || down === null || score === null) return null;
  const path = typeof comment.path === 'string' ? comment.path.split('.').map(Number) : [];
  const last = path.length > 2 ? path[path.length - 2]! : null;
  const parent = validId(last) ? last : null;
  return { id, parentId: parent, up, down, score, deleted: comment.deleted === true, removed: comment.removed === true };
}

const exact = (value: number): Count => ({ value, approx: false });

/** Within what an abbreviation like "1.23K" can hide: three significant digits. */
function agrees(shown: Count | null, value: number): boolean {
  if (!shown) return true;
  if (!shown.approx) return shown.value === value;
  return Math.abs(shown.value - value) <= Math.abs(value) * 0.01 + 1;
}

/**
 * Fills exact counts from isoData where the page shows abbreviated ones. The
 * DOM stays the source of truth: a comment whose shown counts disagree with
 * isoData (the page changed since) keeps what the page says.
 */
export function withExactCounts(c: CommentData, iso: IsoComment | undefined): CommentData {
  if (!iso) return c;
  const v = c.votes;
  const approx = v.up?.approx || v.down?.approx || v.score?.approx;
  if (!approx || !agrees(v.up, iso.up) || !agrees(v.down, iso.down) || !agrees(v.score, iso.score)) return c;
  return {
    ...c,
    votes: {
      up: v.up ? exact(iso.up) : null,
      down: v.down ? exact(iso.down) : null,
      score: v.score ? exact(iso.score) : null,
    },
  };
}
