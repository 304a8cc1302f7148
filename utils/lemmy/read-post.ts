import type { PostData } from '../thread/types';
import { parseCount } from './counts';
import { readAuthor } from './read-comment';
import { parseId } from './route';
import * as S from './selectors';
import { inlineText, readableText } from './text';

/** The post of a post page (docs/lemmy-ui.md, "Post listing"), or null when the listing is missing. */
export function readPost(doc: Document, postId: number | null, host: string): PostData | null {
  const listing = doc.querySelector(S.postListing);
  if (!listing) return null;
  const title = inlineText(doc.querySelector(S.postTitle));
  const authorLine = listing.querySelector(`.d-none.d-sm-block ${S.postAuthorLine}`) ?? listing.querySelector(S.postAuthorLine);
  const author = authorLine?.querySelector(S.personLink) ? readAuthor(authorLine, host) : null;
  const community = authorLine?.querySelector(S.communityLink)?.getAttribute('href')?.replace(/^\/c\//, '') ?? null;
  return {
    id: postId ?? idFromListing(doc) ?? 0,
    title,
    author,
    community,
    text: readableText(doc.querySelector(S.postBody)),
  };
}

/** /comment/<id> pages name the post only in links: take the listing's own permalink. */
function idFromListing(doc: Document): number | null {
  const id = doc.querySelector(S.postListingById)?.id.slice('post-listing-'.length);
  if (parseId(id) !== null) return parseId(id);
  const href = doc.querySelector(`${S.postListing} a[href^="/post/"]`)?.getAttribute('href');
  return parseId(href ? /^\/post\/(\d+)/.exec(href)?.[1] : undefined);
}

/** Whether the site shows downvotes: the post's vote bar has no downvote button when they are disabled. */
export function downvotesEnabled(doc: Document): boolean | null {
  const bar = doc.querySelector(S.postVoteBar);
  if (!bar) return null;
  return bar.querySelectorAll(S.voteBarButton).length >= 2;
}

/**
 * The post's comment count as its listing shows it ("6 Comments", "6件のコメント"),
 * for when isoData no longer fits the page (client-side navigation). null when
 * absent or abbreviated ("1.9K" is not a count to be honest with).
 */
export function shownCommentCount(doc: Document): number | null {
  const link = doc.querySelector(S.postListing)?.querySelector(S.postCommentCount);
  if (!link) return null;
  // The title has the exact number, but some languages write a word right after it ("6件"); the text is the number alone.
  const count = parseCount(link.getAttribute('title')) ?? parseCount(inlineText(link));
  return count && !count.approx && count.value >= 0 ? count.value : null;
}

/** The post's body element, where quotes of the post are found. */
export function postBody(doc: Document): Element | null {
  return doc.querySelector(S.postBody);
}

/** The page's path now (isoData belongs to the first one only). */
export function pagePath(doc: Document): string | undefined {
  return doc.defaultView?.location.pathname;
}
