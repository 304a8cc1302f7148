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
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export interface ViewContext {
  /** The page's host: local authors belong to it. */
  host: string;
  /** The post being read; a view of another post is refused. */
  postId: number | null;
}

// On the load's path every comment passes through here once, mostly in code the engine has not
// optimised yet: few calls, few objects (docs/performance.md, "Loading the whole thread").
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
  if (Number(path.slice(last + 1)) !== id) return null;
  const parentId = before < 0 ? null : Number(path.slice(before + 1, last));
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
    author: readAuthor(creator, ctx.host),
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

/** What a deleted or removed comment keeps of its body: nothing (never changed: quotes are read, not written). */
const BLANKED: { text: string; quotes: string[] } = { text: '', quotes: [] };

/** "0.12.34": every step an id of at most 10 digits. */
const PATH = /^0(?:\.\d{1,10})+$/;

function exact(v: unknown): Count | null {
  return typeof v === 'number' && Number.isFinite(v) ? { value: v, approx: false } : null;
}

/** "2023-11-04T14:06:08.440080Z" (the fraction and the Z optional), the fraction captured. */
const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.(\d+))?Z?$/;

/** The two digits of `text` at `at` (the caller checked they are digits). */
const two = (text: string, at: number) => (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;

/**
 * "2023-11-04T14:06:08.440080Z", read field by field (Date.parse costs ten
 * times as much, a few µs a comment on 10,000). Lemmy 0.18 writes UTC times
 * without a zone: they are read as UTC, as the server meant. Anything else
 * goes to Date.parse.
 */
function timeOf(text: string): number | undefined {
  const iso = ISO_TIME.exec(text);
  if (iso) {
    const fraction = iso[1];
    const ms = fraction ? Number(`${fraction}00`.slice(0, 3)) : 0;
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

function readAuthor(creator: Json, host: string): Author {
  const name = str(creator.name) ?? '';
  // The actor URL's host (a malformed one counts the author as local, as lemmy-ui shows them).
  const actor = /^https?:\/\/([^/?#\s]+)/i.exec(str(creator.ap_id) ?? str(creator.actor_id) ?? '');
  const instance = actor ? actor[1]!.toLowerCase() : host;
  const display = str(creator.display_name)?.trim() || name;
  return { name, instance, display };
}

function readBadges(v: Json, creator: Json): Badges {
  const post = obj(v.post);
  return {
    op: post.creator_id !== undefined && post.creator_id === creator.id,
    mod: v.creator_is_moderator === true,
    admin: v.creator_is_admin === true || creator.admin === true,
    bot: creator.bot_account === true,
    banned: creator.banned === true || v.creator_banned === true || v.creator_banned_from_community === true,
  };
}
