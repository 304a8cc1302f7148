/**
 * Every selector Threadlens uses on lemmy-ui pages, in one place.
 * Versions: A = 0.18 to 0.19.3, B = 0.19.4 to 0.19.20, C = 1.0 (see
 * docs/lemmy-ui.md). No namespaced attribute selectors: they
 * throw in happy-dom and differ in Chromium; icon ids are read with getAttribute.
 */

// Detection (create-ssr-html.tsx, app.tsx): all versions.
export const appRoot = '#app.lemmy-site';
export const lemmyMeta = 'meta[name="Description"][content="Lemmy"]';
export const inlineScripts = 'script:not([src])';
export const clientBundle = 'script[src^="/static/"][src$="/js/client.js"]';
export const footerVersion = 'footer.app-footer .nav-link';
/** A link of the footer, once the footer element is found (detect.ts walks to it from the end). */
export const footerLink = '.nav-link';
/** Where the page's styles are: a change there may be a theme change (watch.ts). */
export const documentHead = 'head';
/** A (0.18) puts the theme on #app; B and C on <html>. */
export const appRootThemed = '#app[data-bs-theme]';
/** C's comment header row: only C renders it (B and A use a d-flex div). */
export const commentHeaderC = 'article[id^="comment-"] div.row[role="group"]';

// The post (post-listing.tsx).
export const postListing = [
  '.post-listing', // A, B: div.post-listing.mt-2; C: div#post-listing-<ID>.post-listing
].join(',');
export const postTitle = [
  '.d-none.d-sm-block .post-title h1', // A, B: desktop copy of the duplicated header
  'h1.post-name', // C
  '.post-title h1', // A, B mobile only (narrow captures)
].join(',');
export const postBody = [
  '#postContent > .md-div', // A, B
  'article.postContent .md-div', // C
].join(',');
/** C names the listing by post id; /comment/C pages name the post only there or in links. */
export const postListingById = '[id^="post-listing-"]';
export const postAuthorLine = 'div.small.mb-1'; // holds a.person-listing and a.community-link
/** The post's comment count button; its title reads "6 Comments" in the page's language (A, B: twice, mobile and desktop). */
export const postCommentCount = 'a[href$="?scrollToComments=true"]';
export const personLink = 'a.person-listing';
/** Inside a person link: the display name, when the link has no title. */
export const personName = 'span';
export const communityLink = 'a.community-link';
export const postVoteBar = '.vote-bar';
/** Inside the post's vote bar: one button when the site has downvotes off, two otherwise. */
export const voteBarButton = 'button';

// The comment tree (comment-nodes.tsx, comment-node.tsx): identical skeleton in A, B, C.
export const commentArticle = 'article[id^="comment-"]';
export const commentLi = 'li.comment';
/** Header row: A, B d-flex div; C div.row[role=group]. First child of article > div. */
export const commentHeader = ':scope > div > div:first-child';
export const commentBody = ':scope > div > div.comment-content > div.md-div';
export const commentContent = ':scope > div > div.comment-content';
/** Children of a comment: the ul.comments directly under its li. */
export const childList = ':scope > ul.comments';
/** "N more replies" stub: a div (not an article) that also carries .comment-node. */
export const moreReplies = ':scope > div.comment-node > button';
/** Empty clearfix lemmy-ui appends to a collapsed comment's li. */
export const collapsedMarker = ':scope > div.row.col-12';
/** Permalink/"Show context" button: href /post/P/C (B) or /comment/C (A), the parent in flat view. */
export const headerLinks = 'a.btn[href]';
export const momentTime = '.moment-time';
/** Inside a comment header: lemmy-ui's collapse toggle (A, B). */
export const collapseToggle = 'button[aria-label]';
/** What holds a vote icon's count, found upwards from the icon (closest). */
export const voteHolder = '[aria-label], button';
/** A's score in a comment header: "N points" in its aria-label. */
export const scoreA = 'span.fw-bold[aria-label]';
export const badge = '.badge';
/** Icons: svg > use with xlink:href ".../symbols.svg#icon-NAME". */
export const iconUse = 'use';
export const blockquote = ':scope > blockquote';
/** Any quote, found upwards from a word inside it (closest). */
export const anyBlockquote = 'blockquote';
/** Parts of a comment other than its body: header, action bar (A, B .comment-bottom-btns; C div.row). */
export const commentChrome = ':scope > div > div:not(.comment-content)';
/** Vote buttons with exact counts in their tooltip (logged-in A/B, everyone in C). */
export const voteButtonTip = 'button[aria-pressed][data-tippy-content]';
/** C's vote buttons keep their count in this span (B's spans hold it as direct text). */
export const voteCount = 'span.ms-2';

// Bringing comments into the page (bring-in.ts): what lemmy-ui's own controls are.
/** Every comment list; the first is the root list, whose end lemmy-ui's infinite scroll watches. */
export const commentLists = 'ul.comments';
/** Every "N more replies" button of the page (moreReplies finds one li's). */
export const everyMoreReplies = 'li.comment > div.comment-node > button';
/** Every lemmy-ui-collapsed comment's marker (collapsedMarker finds one li's). */
export const everyCollapsedMarker = 'li.comment > div.row.col-12';
/** Flat ("Chat") view: A and B's checked view radio (Flat is 1), B's "Show context" header links. */
export const flatViewMarks = 'input.btn-check[value="1"]:checked, a.btn[title="Show context"]';
