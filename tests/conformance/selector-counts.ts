import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type * as Selectors from '../../utils/lemmy/selectors';

/**
 * What each selector of utils/lemmy/selectors.ts finds on the real lemmy-ui
 * pages in ../shared/fixtures (the seed thread: six comments, two of them
 * replies, one edited, panopticon's two quotes; see that folder's README).
 *
 * Every number here is a fact about a page, read from the fixtures' README and
 * counted in the raw HTML with a parser of its own (Python's html.parser and
 * plain tree walks, no CSS engine), not by running the selectors. The tests
 * then check that happy-dom (selectors.test.ts) and Chromium
 * (tests/e2e/selectors.e2e.ts) find exactly these numbers.
 */

export type SelectorName = keyof typeof Selectors;

/**
 * Where a selector is asked, as Threadlens asks it: the document, or each
 * element one of the selectors below finds (the counts are summed over them).
 * Relative selectors (`:scope > …`) only mean something on an element.
 */
export type Scope = 'commentArticle' | 'commentLi' | 'commentHeader' | 'commentBody' | 'commentChrome' | 'personLink' | 'postVoteBar';

/** `name` counts in the document; `name in scope` sums over the scope's elements. */
export type RowKey = SelectorName | `${SelectorName} in ${Scope}`;

export type Counts = Partial<Record<RowKey, number>>;

/** The seed thread as lemmy-ui 0.19.20 (group B) renders it in tree view, hydrated. */
const B_TREE = {
  // Bringing comments in (utils/lemmy/bring-in): the root list and one per comment with replies; nothing
  // left to load, nothing collapsed in lemmy-ui, no flat-view marks.
  commentLists: 3,
  everyMoreReplies: 0,
  everyCollapsedMarker: 0,
  flatViewMarks: 0,
  // Detection.
  appRoot: 1, // div#app.lemmy-site
  lemmyMeta: 1, // <meta name="Description" content="Lemmy">
  inlineScripts: 1, // the one inline script: window.isoData
  clientBundle: 1, // /static/18ec4ba/js/client.js
  footerVersion: 6, // "BE: 0.19.20", Modlog, Instances, Docs, Code, join-lemmy.org
  appRootThemed: 0, // B themes <html>, not #app
  commentHeaderC: 0, // no div.row[role=group] in B's articles
  postListingById: 0, // B's listing has no post-listing-<id>
  scoreA: 0, // no span.fw-bold[aria-label] in B
  footerLink: 12, // every .nav-link: the navbar's and the footer's
  documentHead: 1,
  anyBlockquote: 2, // panopticon's two quotes
  'personName in personLink': 9, // the span(s) inside each a.person-listing
  'voteBarButton in postVoteBar': 1, // hexbear has downvotes off: the upvote button only
  voteHolder: 25, // elements with an aria-label, and buttons
  'collapseToggle in commentHeader': 6, // one toggle per comment header
  // The post: A and B render its header twice (mobile and desktop copies).
  postListing: 1,
  postCommentCount: 2, // "6 Comments", in the mobile and the desktop copy of the header
  postTitle: 2, // the two h1 in .post-title
  postBody: 1,
  postAuthorLine: 2, // div.small.mb-1.mb-md-0 in each header copy
  personLink: 9, // newsposter twice (header copies), the 6 comment authors, admin_bear in the sidebar
  communityLink: 4, // !news in both header copies, twice in the sidebar
  postVoteBar: 1,
  voteButtonTip: 2, // the post's two (disabled) upvote buttons; comments have none for anonymous readers
  voteCount: 1, // the count (97) in the post's mobile upvote button
  // The comment tree.
  commentArticle: 6, // the six comments (README), = the number of id="comment-N" in the HTML
  commentLi: 6,
  'commentHeader in commentArticle': 6,
  'commentContent in commentArticle': 6,
  'commentBody in commentArticle': 6,
  'commentChrome in commentArticle': 12, // header + div.comment-bottom-btns, per comment
  'iconUse in commentArticle': 25, // minus-square, link, fedilink, arrow-up per comment; edit-2 on 5912460
  'childList in commentLi': 2, // 5912377 and 5912533 have a reply
  'moreReplies in commentLi': 0, // every comment is loaded
  'collapsedMarker in commentLi': 0, // nothing starts collapsed
  'personLink in commentHeader': 6,
  'headerLinks in commentHeader': 12, // permalink /post/4650231/N and fedilink, per comment
  'momentTime in commentHeader': 6,
  'badge in commentHeader': 6, // the "English" language badge
  'iconUse in commentHeader': 25, // all of a comment's icons are in its header
  'blockquote in commentBody': 2, // panopticon's two quotes of the post
  'voteButtonTip in commentChrome': 0,
  'voteCount in commentChrome': 0,
} satisfies Counts;

/**
 * lemmy-ui writes aria-pressed="false" only in the browser: the SSR HTML's vote
 * buttons have no aria-pressed, so voteButtonTip finds none before hydration.
 */
const SSR = { voteButtonTip: 0, 'voteButtonTip in commentChrome': 0 } satisfies Counts;

/** Flat view (?sort=New&view=Flat): one list, and "Show context" + fedilink in each comment's bottom bar. */
const FLAT = {
  commentLists: 1, // one flat list
  flatViewMarks: 13, // the checked Chat radio and 12 "Show context" links (two per comment)
  'childList in commentLi': 0,
  'iconUse in commentArticle': 37, // 25 + two per comment in div.comment-bottom-btns
} satisfies Counts;

/** 0.18.5 (group A): a score span ("30 points") instead of an arrow-up icon; otherwise B's skeleton. */
const A_TREE = {
  ...B_TREE,
  clientBundle: 1, // /static/68330f7/js/client.js
  'iconUse in commentArticle': 19, // minus-square, link (/comment/N), fedilink per comment; edit-2 on 5912460
  'iconUse in commentHeader': 19,
  appRootThemed: 1, // <div id="app" data-bs-theme="light">
  voteHolder: 17,
  scoreA: 6, // one "N points" span per comment header
} satisfies Counts;

/** 1.0.0-beta.1 (group C): a role=group header row, one post header, vote buttons on every comment. */
const C_TREE = {
  ...B_TREE,
  commentHeaderC: 6, // one div.row[role=group] header per comment
  'personName in personLink': 16,
  'voteBarButton in postVoteBar': 0, // no .vote-bar in C
  voteHolder: 56,
  'collapseToggle in commentHeader': 0, // C's toggle is the header row itself
  postListingById: 1, // div#post-listing-<id>
  postCommentCount: 1, // one header
  postTitle: 1, // h1.post-name
  postAuthorLine: 1,
  personLink: 8, // newsposter, the 6 comment authors, admin_bear
  communityLink: 3, // !news in the header, twice in the sidebar
  postVoteBar: 0, // no .vote-bar in 1.0
  voteButtonTip: 7, // the post's upvote button and one per comment
  voteCount: 7, // the count span of each of those buttons
  'commentChrome in commentArticle': 12, // header row + action row, per comment
  'iconUse in commentArticle': 19, // arrow-up1, reply1, more-vertical per comment; edit-2 on 5912460
  'headerLinks in commentHeader': 0, // 1.0 moved permalinks out of the header
  'iconUse in commentHeader': 1, // only the edit pencil
  'voteButtonTip in commentChrome': 6,
  'voteCount in commentChrome': 6,
} satisfies Counts;

/** Pages, by path under ../shared/fixtures. */
export const SELECTOR_COUNTS: Record<string, Counts> = {
  'lemmy-ui/seed-thread.hydrated.html': B_TREE,
  'lemmy-ui/seed-thread.ssr.html': { ...B_TREE, ...SSR },
  'lemmy-ui/seed-thread.dark.hydrated.html': B_TREE,
  'lemmy-ui/seed-thread.flat.hydrated.html': { ...B_TREE, ...FLAT },
  'lemmy-ui/seed-thread.flat.ssr.html': { ...B_TREE, ...FLAT, ...SSR },
  // Only the interface language differs (lemmy-ui-0.19.20-i18n/README.md): the same counts.
  'lemmy-ui-0.19.20-i18n/seed-thread.de.hydrated.html': B_TREE,
  'lemmy-ui-0.19.20-i18n/seed-thread.de.ssr.html': { ...B_TREE, ...SSR },
  'lemmy-ui-0.19.20-i18n/seed-thread.fr.hydrated.html': B_TREE,
  'lemmy-ui-0.19.20-i18n/seed-thread.fr.ssr.html': { ...B_TREE, ...SSR },
  'lemmy-ui-0.19.20-i18n/seed-thread.ja.hydrated.html': B_TREE,
  'lemmy-ui-0.19.20-i18n/seed-thread.ja.ssr.html': { ...B_TREE, ...SSR },
  'lemmy-ui-0.18.5/seed-thread.hydrated.html': A_TREE,
  'lemmy-ui-0.18.5/seed-thread.ssr.html': { ...A_TREE, ...SSR },
  'lemmy-ui-1.0.0-beta.1/seed-thread.hydrated.html': C_TREE,
  'lemmy-ui-1.0.0-beta.1/seed-thread.ssr.html': { ...C_TREE, ...SSR },
};

/** ../shared/fixtures, beside the clone (in CI); the tests skip with a notice without it. */
export const FIXTURES_ROOT = resolve(import.meta.dirname, '../../../shared/fixtures');

export const haveFixtures = existsSync(FIXTURES_ROOT);

export function readFixture(page: string): string {
  return readFileSync(join(FIXTURES_ROOT, page), 'utf8');
}

/**
 * Counts each row's matches in `doc`. Self-contained (no imports, no outer
 * names): the Chromium test runs this very function in the page.
 */
export function countRows(doc: Document, selectors: Record<string, string>, keys: readonly string[]): Record<string, number> {
  const all = (root: Document | Element, selector: string) => [...root.querySelectorAll(selector)];
  const inArticles = (name: string) => all(doc, selectors.commentArticle!).flatMap((a) => all(a, selectors[name]!));
  const scopes: Record<string, () => Element[]> = {
    commentArticle: () => all(doc, selectors.commentArticle!),
    commentLi: () => all(doc, selectors.commentLi!),
    commentHeader: () => inArticles('commentHeader'),
    commentBody: () => inArticles('commentBody'),
    commentChrome: () => inArticles('commentChrome'),
    personLink: () => all(doc, selectors.personLink!),
    postVoteBar: () => all(doc, selectors.postVoteBar!),
  };
  const out: Record<string, number> = {};
  for (const key of keys) {
    const [name, scope] = key.split(' in ') as [string, string | undefined];
    const selector = selectors[name];
    if (selector === undefined) throw new Error(`no selector named ${name}`);
    if (scope === undefined) out[key] = doc.querySelectorAll(selector).length;
    else if (!scopes[scope]) throw new Error(`no scope named ${scope}`);
    else out[key] = scopes[scope]().reduce((n, el) => n + el.querySelectorAll(selector).length, 0);
  }
  return out;
}
