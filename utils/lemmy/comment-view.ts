import type { Author, Badges, CommentData, Count } from '../thread/types';
import { markdownText } from './markdown-text';
import { validId } from './route';
import { badgesOf, exactCount, NO_QUOTES } from './shared-values';

/**
 * One `CommentView` of the instance's data (isoData or the API; docs/lemmy-api.md)
 * → the same plain `CommentData` the DOM reader gives. API v3 (Lemmy 0.18, 0.19)
 * keeps the counts in `view.counts`, v4 (1.0) on `view.comment`, with `*_at`
 * names and `ap_id`. Anything malformed gives null, never a half comment.
 */

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export interface ViewContext {
  /** The page's host: local authors belong to it. */
  host: string;
  /** The post being read; a view of another post is refused. */
  postId: number | null;
  /** Authors already read, by creator id: one object for all of a person's comments (readViews). */
  authors?: Map<number, Author>;
}

// On the load's path every comment passes through here once, mostly in code the engine has not
// optimised yet: few calls, few objects (docs/performance.md, "Loading the whole thread"). Each
// object made here is one more to copy when a collection lands in the middle of the load.
export function readCommentView(view: unknown, ctx: ViewContext): CommentData | null {
  const v = obj(view);
  const comment = obj(v.comment);
  const id = comment.id;
  const path = comment.path;
  if (!validId(id) || typeof path !== 'string' || !PATH.test(path)) return null;
  if (ctx.postId !== null && comment.post_id !== ctx.postId) return null;
  // "0.12.34": the comment (34), its parent (12) and its depth (1, the dots less one).
  const last = path.lastIndexOf('.');
  const before = path.lastIndexOf('.', last - 1);
  if (digitsAt(path, last + 1, path.length) !== id) return null;
  const parentId = before < 0 ? null : digitsAt(path, before + 1, last);
  if (parentId !== null && !validId(parentId)) return null;
  let depth = -1;
  for (let at = last; at !== -1; at = path.lastIndexOf('.', at - 1)) depth++;
  const counts = v.counts && typeof v.counts === 'object' ? (v.counts as Json) : comment;
  const deleted = comment.deleted === true;
  const removed = comment.removed === true;
  const content = typeof comment.content === 'string' ? comment.content : '';
  const { text, quotes } = deleted || removed ? BLANKED : markdownText(content);
  const published = typeof comment.published_at === 'string' ? comment.published_at : typeof comment.published === 'string' ? comment.published : null;
  const descendants = counts.child_count;
  const creator = obj(v.creator);
  return {
    id,
    parentId,
    depth,
    author: readAuthor(creator, ctx),
    badges: readBadges(v, creator),
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
    descendants: typeof descendants === 'number' && descendants >= 0 && Number.isFinite(descendants) ? descendants : undefined,
  };
}

/** The number written in `text` from `start` to `end` (PATH checked they are 1-10 digits): no substring made. */
function digitsAt(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/** What a deleted or removed comment keeps of its body: nothing (never changed: quotes are read, not written). */
const BLANKED: { text: string; quotes: readonly string[] } = Object.freeze({ text: '', quotes: NO_QUOTES });

/** "0.12.34": every step an id of at most 10 digits. */
const PATH = /^0(?:\.\d{1,10})+$/;

function exact(v: unknown): Count | null {
  return typeof v === 'number' && Number.isFinite(v) ? exactCount(v) : null;
}

/** "2023-11-04T14:06:08.440080Z" (the fraction and the Z optional). */
const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z?$/;

/** The two digits of `text` at `at` (the caller checked they are digits). */
const two = (text: string, at: number) => (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;

/** A fraction of a second opening at `at`, in ms: its first three digits, a short one padded ("44" is 440). */
function millis(text: string, at: number): number {
  let ms = 0;
  for (let i = at; i < at + 3; i++) {
    const digit = text.charCodeAt(i) - 48; // NaN past the end; "Z" and the end come after the last digit
    ms = ms * 10 + (digit >= 0 && digit <= 9 ? digit : 0);
  }
  return ms;
}

/**
 * "2023-11-04T14:06:08.440080Z", read field by field: Date.parse costs ten
 * times as much (a few µs a comment on 10,000), and no match array is made.
 * Lemmy 0.18 writes UTC times without a zone: they are read as UTC, as the
 * server meant. Anything else goes to Date.parse.
 */
function timeOf(text: string): number | undefined {
  if (ISO_TIME.test(text)) {
    const ms = text.charCodeAt(19) === 46 /* "." */ ? millis(text, 20) : 0;
    const month = two(text, 5);
    const day = two(text, 8);
    const hour = two(text, 11);
    const minute = two(text, 14);
    const second = two(text, 17);
    // Date.UTC rolls month 99 over into years later: out-of-range fields are no time at all.
    if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 60)) return undefined;
    return Date.UTC(two(text, 0) * 100 + two(text, 2), month - 1, day, hour, minute, second, ms);
  }
  const at = Date.parse(text);
  return Number.isFinite(at) ? at : undefined;
}

function readAuthor(creator: Json, ctx: ViewContext): Author {
  const name = str(creator.name) ?? '';
  const display = str(creator.display_name)?.trim() || name;
  const id = creator.id;
  const known = typeof id === 'number' ? ctx.authors?.get(id) : undefined;
  if (known && known.name === name && known.display === display) return known;
  // The actor URL's host (a malformed one counts the author as local, as lemmy-ui shows them).
  const actor = /^https?:\/\/([^/?#\s]+)/i.exec(str(creator.ap_id) ?? str(creator.actor_id) ?? '');
  const instance = actor ? actor[1]!.toLowerCase() : ctx.host;
  const author = { name, instance, display };
  if (typeof id === 'number') ctx.authors?.set(id, author);
  return author;
}

function readBadges(v: Json, creator: Json): Badges {
  const post = obj(v.post);
  return badgesOf(
    post.creator_id !== undefined && post.creator_id === creator.id,
    v.creator_is_moderator === true,
    v.creator_is_admin === true || creator.admin === true,
    creator.bot_account === true,
    creator.banned === true || v.creator_banned === true || v.creator_banned_from_community === true,
  );
}
