import type { Author, Badges, CommentData, Count } from '../thread/types';
import { markdownText } from './markdown-text';
import { validId } from './route';

/**
 * One `CommentView` of the instance's data (isoData or the API; docs/lemmy-api.md)
 * → the same plain `CommentData` the DOM reader gives. API v3 (Lemmy 0.18, 0.19)
 * keeps the counts in `view.counts`, v4 (1.0) on `view.comment`, with `*_at`
 * names and `ap_id`. Anything malformed gives null, never a half comment.
 */

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export interface ViewContext {
  /** The page's host: local authors belong to it. */
  host: string;
  /** The post being read; a view of another post is refused. */
  postId: number | null;
}

export function readCommentView(view: unknown, ctx: ViewContext): CommentData | null {
  const v = obj(view);
  const comment = obj(v.comment);
  const id = comment.id;
  const path = parsePath(comment.path);
  if (!validId(id) || !path || path.id !== id) return null;
  if (ctx.postId !== null && comment.post_id !== ctx.postId) return null;
  const counts = v.counts && typeof v.counts === 'object' ? (v.counts as Json) : comment;
  const deleted = comment.deleted === true;
  const removed = comment.removed === true;
  const { text, quotes } = deleted || removed ? { text: '', quotes: [] } : markdownText(str(comment.content) ?? '');
  const published = str(comment.published_at) ?? str(comment.published);
  const descendants = num(counts.child_count);
  return {
    id,
    parentId: path.parent,
    depth: path.depth,
    author: readAuthor(obj(v.creator), ctx.host),
    badges: readBadges(v),
    votes: { up: exact(counts.upvotes), down: exact(counts.downvotes), score: exact(counts.score) },
    published,
    publishedAt: published ? timeOf(published) : undefined,
    edited: !!(str(comment.updated_at) ?? str(comment.updated)),
    deleted,
    removed,
    text,
    quotes,
    moreReplies: 0,
    collapsedInPage: false,
    offPage: true,
    // Every comment of the data has the same fields (one shape for the engine to optimise).
    descendants: descendants !== null && descendants >= 0 ? descendants : undefined,
  };
}

interface Path {
  id: number;
  parent: number | null;
  depth: number;
}

/** "0.12.34": every step an id of at most 10 digits. */
const PATH = /^0(?:\.\d{1,10})+$/;

/** "0.12.34": the comment (34), its parent (12) and its depth (1). null unless every step is an id. */
function parsePath(path: unknown): Path | null {
  if (typeof path !== 'string' || !PATH.test(path)) return null;
  const last = path.lastIndexOf('.');
  const before = path.lastIndexOf('.', last - 1);
  const id = Number(path.slice(last + 1));
  const parent = before < 0 ? null : Number(path.slice(before + 1, last));
  if (!validId(id) || (parent !== null && !validId(parent))) return null;
  let dots = 0;
  for (let at = path.indexOf('.'); at !== -1; at = path.indexOf('.', at + 1)) dots++;
  return { id, parent, depth: dots - 1 };
}

function exact(v: unknown): Count | null {
  const value = num(v);
  return value === null ? null : { value, approx: false };
}

/** The number in `text` from `at`, `n` digits long; NaN if any is not a digit. */
function digits(text: string, at: number, n: number): number {
  let value = 0;
  for (let i = at; i < at + n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    value = value * 10 + d;
  }
  return value;
}

/**
 * "2023-11-04T14:06:08.440080Z", read field by field (Date.parse costs ten
 * times as much, a few µs a comment on 10,000). Lemmy 0.18 writes UTC times
 * without a zone: they are read as UTC, as the server meant. Anything else
 * goes to Date.parse.
 */
function timeOf(text: string): number | undefined {
  const tail = text.length > 19 ? text.slice(19) : '';
  if (text.length >= 19 && text[4] === '-' && text[7] === '-' && text[10] === 'T' && /^(?:\.\d+)?Z?$/.test(tail)) {
    const fraction = tail.startsWith('.') ? tail.slice(1).replace('Z', '') : '';
    const ms = fraction ? Number(`${fraction}00`.slice(0, 3)) : 0;
    const [month, day, hour, minute, second] = [digits(text, 5, 2), digits(text, 8, 2), digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2)];
    // Date.UTC rolls month 99 over into years later: out-of-range fields are no time at all.
    if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 60)) return undefined;
    return Date.UTC(digits(text, 0, 4), month - 1, day, hour, minute, second, ms);
  }
  const at = Date.parse(text);
  return Number.isFinite(at) ? at : undefined;
}

function readAuthor(creator: Json, host: string): Author {
  const name = str(creator.name) ?? '';
  // The actor URL's host (a malformed one counts the author as local, as lemmy-ui shows them).
  const actor = /^https?:\/\/([^/?#\s]+)/i.exec(str(creator.ap_id) ?? str(creator.actor_id) ?? '');
  const instance = actor ? actor[1]!.toLowerCase() : host;
  const display = str(creator.display_name)?.trim() || name;
  return { name, instance, display };
}

function readBadges(v: Json): Badges {
  const creator = obj(v.creator);
  const post = obj(v.post);
  return {
    op: post.creator_id !== undefined && post.creator_id === creator.id,
    mod: v.creator_is_moderator === true,
    admin: v.creator_is_admin === true || creator.admin === true,
    bot: creator.bot_account === true,
    banned: creator.banned === true || v.creator_banned === true || v.creator_banned_from_community === true,
  };
}
