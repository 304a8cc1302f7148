import { validId } from '../route';

/**
 * The instance's API addresses (docs/lemmy-api.md). Only the page's own origin
 * is ever asked, and only over http(s).
 */
export type ApiVersion = 'v3' | 'v4';

/** Lemmy's largest page (its FETCH_LIMIT_MAX). */
export const PAGE_LIMIT = 50;

/** The origin alone (no path, no user info) of an http(s) URL; throws for anything else. */
export function apiBase(origin: string): URL {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new TypeError(`Not an instance origin: ${origin}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`Not an http(s) origin: ${origin}`);
  return new URL(url.origin);
}

function checkedPost(postId: number): string {
  if (!validId(postId)) throw new TypeError(`Not a post id: ${postId}`);
  return String(postId);
}

/**
 * One page of the post's comments, oldest first. No max_depth: with it Lemmy
 * pages top-level comments only (the tree lemmy-ui asks for); without, all.
 * v3 pages by number, v4 by the opaque cursor of the previous answer.
 */
export function commentListUrl(base: URL, api: ApiVersion, postId: number, at: number | string | null): URL {
  const url = new URL(`/api/${api}/comment/list`, base);
  const q = url.searchParams;
  q.set('post_id', checkedPost(postId));
  if (api === 'v3') q.set('type_', 'All');
  q.set('sort', api === 'v3' ? 'Old' : 'old');
  q.set('limit', String(PAGE_LIMIT));
  if (api === 'v3') q.set('page', String(at ?? 1));
  else if (typeof at === 'string') q.set('page_cursor', at);
  return url;
}

export function postUrl(base: URL, api: ApiVersion, postId: number): URL {
  const url = new URL(`/api/${api}/post`, base);
  url.searchParams.set('id', checkedPost(postId));
  return url;
}
