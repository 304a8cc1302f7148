import { postCommentCount } from '../iso-data';
import { ApiError } from './errors';
import { politeRunner } from './polite';
import { apiBase, postUrl, type ApiVersion } from './urls';

export interface PostCountOptions {
  origin: string;
  postId: number;
  api: ApiVersion;
  signal: AbortSignal;
  fetch?: typeof fetch;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});

/**
 * The post's comment count from GET /api/{v3,v4}/post?id=P: v3 keeps it in
 * `post_view.counts.comments`, v4 on `post_view.post.comments`. null when the
 * answer is not this post's or has no count, or the request failed: the count
 * only sizes the progress bar and the pages asked ahead.
 */
export async function loadPostCount(o: PostCountOptions): Promise<number | null> {
  const url = postUrl(apiBase(o.origin), o.api, o.postId);
  let body: unknown;
  try {
    body = await politeRunner({ fetch: o.fetch }).getJson(url, o.signal);
  } catch (e) {
    if (e instanceof ApiError) return null;
    throw e;
  }
  if (obj(obj(obj(body).post_view).post).id !== o.postId) return null;
  return postCommentCount(obj(body));
}
