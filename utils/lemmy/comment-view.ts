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
  if (!validId(id) || !path || path[path.length - 1] !== id) return null;
  if (ctx.postId !== null && comment.post_id !== ctx.postId) return null;
  const counts = v.counts && typeof v.counts === 'object' ? (v.counts as Json) : comment;
  const deleted = comment.deleted === true;
  const removed = comment.removed === true;
  const { text, quotes } = deleted || removed ? { text: '', quotes: [] } : markdownText(str(comment.content) ?? '');
  const published = str(comment.published_at) ?? str(comment.published);
  const descendants = num(counts.child_count);
  return {
    id,
    parentId: path.length > 1 ? path[path.length - 2]! : null,
    depth: path.length - 1,
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
    ...(descendants !== null && descendants >= 0 ? { descendants } : {}),
  };
}

/** "0.12.34" → [12, 34]: the comment's ancestors, top-level first, then itself. null when malformed. */
function parsePath(path: unknown): number[] | null {
  if (typeof path !== 'string' || !path.startsWith('0.')) return null;
  const ids = path.slice(2).split('.').map(Number);
  return ids.length && ids.every(validId) ? ids : null;
}

function exact(v: unknown): Count | null {
  const value = num(v);
  return value === null ? null : { value, approx: false };
}

/** "2023-11-04T14:06:08.440080Z": the fields of an ISO time, read without Date.parse (a tenth of its cost). */
const ISO_UTC = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,3})\d*)?Z?$/;

/** Lemmy 0.18 writes UTC times without a zone: read them as UTC, as the server meant. */
function timeOf(text: string): number | undefined {
  const m = ISO_UTC.exec(text);
  if (m) return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, m[7] ? +m[7].padEnd(3, '0') : 0);
  const zoned = /(?:Z|[+-]\d\d:?\d\d)$/.test(text) ? text : `${text}Z`;
  const at = Date.parse(zoned);
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
