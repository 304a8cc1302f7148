import type { Author, Badges, CommentData, Count, Votes } from '../thread/types';
import { parseCount, parseVoteTooltip } from './counts';
import { badgesOf, exactCount, NO_QUOTES } from './shared-values';
import { placeholderKind } from './ui-words';
import { parseId } from './route';
import { hasClass, inClassList } from './dom';
import * as S from './selectors';
import { flatInlineText, iconName, iconsIn, inlineText, readableText } from './text';

/** What a comment needs from its page to be read. */
export interface ReadContext {
  /** Host of the page: local users belong to it. */
  host: string;
  /**
   * The page's own data by comment id (isoData, the API's comments), asked once per read of the page.
   * A comment it holds is read from its article only for what the page alone knows (readFromData).
   */
  data?: () => ReadonlyMap<number, CommentData>;
  /** Articles lemmy-ui changed after they were read (a vote, an edit, its collapse): read whole, the page may be newer than the data. */
  changed?: WeakSet<Element>;
}

/** The article's comment id; null when it is not one Lemmy could have made (./route parseId). */
export function commentIdOf(article: Element): number | null {
  const id = article.id;
  return id.startsWith('comment-') ? parseId(id.slice('comment-'.length)) : null;
}

/** The li's own `article[id^="comment-"]`, by walking its children (a query would search its whole subtree). */
function ownArticle(li: Element): Element | null {
  for (let el = li.firstElementChild; el; el = el.nextElementSibling) {
    if (el.localName === 'article' && el.id.startsWith('comment-')) return el;
  }
  return null;
}

/**
 * The comment the header link points at: B's "Show context" in flat view and
 * every A permalink point to the parent (docs/lemmy-ui.md, "Permalinks and parents").
 */
export function linkedParentId(header: Element | null, ownId: number): number | null {
  if (!header) return null;
  // Indexed loops over NodeLists here and below: their iterators allocate on every step.
  const links = header.querySelectorAll(S.headerLinks);
  for (let i = 0; i < links.length; i++) {
    const href = links[i]!.getAttribute('href') ?? '';
    const m = /^\/(?:post\/\d+\/(\d+)|comment\/(\d+))(?:[/?#]|$)/.exec(href);
    const id = m ? parseId(m[1] ?? m[2]) : null;
    if (id !== null) return id === ownId ? null : id;
  }
  return null;
}

export function readAuthor(scope: Element | null, host: string): Author {
  const link = scope?.querySelector(S.personLink);
  const href = link?.getAttribute('href') ?? '';
  const m = /\/u\/([^/@?#]+)(?:@([^/?#]+))?/.exec(href);
  const name = m?.[1] ? decodeURIComponent(m[1]) : '';
  const display = link?.getAttribute('title') || inlineText(link?.querySelector(S.personName) ?? null) || name;
  return { name, instance: m?.[2] ?? host, display };
}

/**
 * Role badges (user-badges.tsx), by their classes and shape, in any language:
 * mod, admin and bot show one letter, OP and banned a whole word. A deleted
 * account's badge shares a role's classes and reads lemmy-ui's "deleted"
 * (./ui-words). The language badge is a .badge too and is ignored.
 */
export function readBadges(header: Element | null): Badges {
  let op = false;
  let mod = false;
  let admin = false;
  let bot = false;
  let banned = false;
  const found = header ? header.querySelectorAll(S.badge) : [];
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    const attr = el.getAttribute('class');
    const cls = (name: string) => inClassList(attr, name);
    if (cls('d-none') || cls('mx-1')) continue; // language badge (B) / post line
    const label = (el.getAttribute('aria-label') ?? '').toLowerCase();
    const text = inlineText(el);
    const deletedAccount = placeholderKind(text) === 'deleted';
    if (cls('border-info')) op ||= !deletedAccount;
    else if (label === 'creator' || (cls('text-bg-info') && el.closest(S.personLink))) op = true; // C
    else if (label === 'mod' || cls('border-primary')) mod = true;
    else if (label === 'admin' || (cls('border-danger') && text.length <= 2)) admin = true;
    else if (label.includes('banned') || cls('border-danger')) banned ||= !deletedAccount;
    else if (label === 'bot' || (cls('text-bg-light') && text.length <= 2)) bot = true;
  }
  return badgesOf(op, mod, admin, bot, banned);
}

const UP = new Set(['arrow-up', 'arrow-up1', 'hexbear']);
const DOWN = new Set(['arrow-down', 'arrow-down1']);
const SCORE = new Set(['heart']);

/** The element whose text is the count next to a vote icon. */
function countHolder(use: Element, stop: Element): Element | null {
  return use.closest(S.voteHolder) ?? use.parentElement?.parentElement ?? stop;
}

function countNear(use: Element, stop: Element): Count | null {
  const holder = countHolder(use, stop);
  if (!holder || !stop.contains(holder)) return null;
  // B's spans hold the count as text beside the icon (no query needed); C's buttons keep it in span.ms-2.
  return parseCount(flatInlineText(holder) ?? inlineText(holder.querySelector(S.voteCount) ?? holder));
}

/**
 * Vote figures (docs/lemmy-ui.md, "Votes"): A's "N points" span, B's VoteDisplay,
 * C's (and logged-in A/B) vote buttons; exact numbers from tooltips win.
 * `headerIcons`: the header's icons when already read (the header is one of the chrome scopes).
 */
export function readVotes(chrome: readonly Element[], header: Element | null, headerIcons?: readonly Icon[]): Votes {
  const votes: Votes = { up: null, down: null, score: null };
  let tooltip: ReturnType<typeof parseVoteTooltip> = {};
  // Indexed loops: this runs per comment, mostly before the engine optimises it, where an array's
  // iterator makes an object per step.
  for (let s = 0; s < chrome.length; s++) {
    const scope = chrome[s]!;
    const icons = scope === header && headerIcons ? headerIcons : iconsIn(scope);
    for (let i = 0; i < icons.length; i++) {
      const { name, use } = icons[i]!;
      const kind = UP.has(name) ? 'up' : DOWN.has(name) ? 'down' : SCORE.has(name) ? 'score' : null;
      if (kind && !votes[kind]) votes[kind] = countNear(use, scope);
    }
    // Logged-in vote buttons carry exact integers even when the visible ones are abbreviated.
    // Most readers are logged out, without such buttons: querySelector finds none without making a NodeList.
    const buttons = scope.querySelector(S.voteButtonTip) ? scope.querySelectorAll(S.voteButtonTip) : [];
    for (let i = 0; i < buttons.length; i++) {
      tooltip = { ...parseVoteTooltip(buttons[i]!.getAttribute('data-tippy-content')), ...tooltip };
    }
  }
  // A: span.fw-bold[aria-label="N points"] without an icon.
  const scoreA = header?.querySelector(S.scoreA);
  if (!votes.score && scoreA) votes.score = parseCount(inlineText(scoreA));
  applyExact(votes, tooltip);
  deriveMissing(votes);
  return votes;
}

function applyExact(votes: Votes, exact: ReturnType<typeof parseVoteTooltip>): void {
  if (exact.up !== undefined) votes.up = exactCount(exact.up);
  if (exact.down !== undefined) votes.down = exactCount(exact.down);
  if (exact.score !== undefined) votes.score = exactCount(exact.score);
}

/** B shows no downvote element when there are none; the score is up − down. */
function deriveMissing(votes: Votes): void {
  if (votes.up && !votes.down && !votes.score) votes.down = exactCount(0);
  if (votes.up && votes.down && !votes.score) {
    votes.score = { value: votes.up.value - votes.down.value, approx: votes.up.approx || votes.down.approx };
  }
  if (votes.up && votes.score && !votes.down && votes.score.value <= votes.up.value) {
    votes.down = { value: votes.up.value - votes.score.value, approx: votes.up.approx || votes.score.approx };
  }
}

/**
 * The time's tooltip is the date written out; an edited comment's reads
 * "<Created>: <date>\n\n\n<Modified> <date>", its labels in the interface's
 * language: the first block, after its label, is the published date.
 */
function publishedOf(time: Element | null): string | null {
  if (!time) return null;
  const tip = time.getAttribute('data-tippy-content') ?? '';
  // The first block without splitting the rest: a blank line ends it.
  const gap = tip.search(/\n\s*\n/);
  const first = (gap < 0 ? tip : tip.slice(0, gap)).trim();
  const created = gap >= 0 ? first.slice(first.indexOf(': ') + 1).trim() : first;
  return created || null;
}

function isEdited(time: Element | null): boolean {
  return !!time && (hasClass(time, 'fst-italic') || iconName(time) === 'edit-2');
}

/** What readState finds: flags, so that no object is made per comment. */
const DELETED = 1;
const REMOVED = 2;

/**
 * C marks the header with icons. B's only mark is the body: a lone
 * `<p><em>placeholder</em></p>` in the interface's language, compared with
 * every translation lemmy-ui has (./ui-words). DELETED and REMOVED, or'ed.
 */
function readState(headerIcons: readonly Icon[], body: Element | null): number {
  let state = 0;
  for (let i = 0; i < headerIcons.length; i++) {
    const name = headerIcons[i]!.name;
    if (name === 'trash') state |= DELETED;
    else if (name === 'x') state |= REMOVED;
  }
  const only = body?.childElementCount === 1 ? body.firstElementChild : null;
  const em = only?.tagName === 'P' && only.childElementCount === 1 ? only.firstElementChild : null;
  if (em?.tagName === 'EM' && inlineText(only!) === inlineText(em)) {
    const kind = placeholderKind(inlineText(em));
    if (kind === 'deleted') state |= DELETED;
    if (kind === 'removed') state |= REMOVED;
  }
  return state;
}

/** Text of each top-level quote; a quote nested inside it is a quote of a quote and left out. */
export function readQuotes(body: Element | null): readonly string[] {
  let out: string[] | null = null;
  for (let bq = body?.firstElementChild ?? null; bq; bq = bq.nextElementSibling) {
    if (bq.localName !== 'blockquote') continue; // S.blockquote
    const text = readableText(bq, { skip: 'blockquote' });
    if (text) (out ??= []).push(text);
  }
  return out ?? NO_QUOTES;
}

/** The first child of `parent` that is a `tag` with the classes given (no rest array: this runs per comment). */
function childOf(parent: Element | null, tag: string, cls?: string, cls2?: string): Element | null {
  for (let el = parent?.firstElementChild ?? null; el; el = el.nextElementSibling) {
    if (el.localName !== tag) continue;
    if ((!cls || hasClass(el, cls)) && (!cls2 || hasClass(el, cls2))) return el;
  }
  return null;
}

/** S.moreReplies: the li's own "N more replies" stub (a query would search the li's whole subtree). */
function readMoreReplies(li: Element | null): number {
  for (let stub = li?.firstElementChild ?? null; stub; stub = stub.nextElementSibling) {
    if (stub.localName !== 'div' || !hasClass(stub, 'comment-node')) continue;
    const button = childOf(stub, 'button');
    if (button) return parseCount(inlineText(button))?.value ?? 0;
  }
  return 0;
}

function isCollapsedInPage(content: Element | null, header: Element | null, li: Element | null): boolean {
  if (content) return false;
  if (childOf(li, 'div', 'row', 'col-12')) return true; // S.collapsedMarker
  const toggle = header?.querySelector(S.collapseToggle);
  return (toggle ? iconName(toggle) : null) === 'plus-square' || header?.getAttribute('aria-label') === 'Expand';
}

/** One icon of an element (iconsIn); the header's are read once per comment. */
type Icon = { name: string; use: Element };

const NO_ICONS: readonly Icon[] = [];

/**
 * What one read of many comments (in page order) learns about each li.comment:
 * its depth in li.comment elements, itself included, and the id of its own
 * comment, so each level is walked once and a reply finds its parent's id.
 */
export type Levels = Map<Element, { depth: number; id?: number }>;

/**
 * The parts of a comment article (S.commentHeader, S.commentContent,
 * S.commentBody, S.commentChrome), found by walking children: the same shapes
 * as those selectors, in the same order, without searching the subtree.
 */
function partsOf(article: Element): { header: Element | null; content: Element | null; body: Element | null; chrome: Element[] } {
  const parts = { header: null as Element | null, content: null as Element | null, body: null as Element | null, chrome: [] as Element[] };
  for (let row = article.firstElementChild; row; row = row.nextElementSibling) {
    if (row.localName !== 'div') continue;
    const first = row.firstElementChild;
    if (!parts.header && first?.localName === 'div') parts.header = first;
    for (let el = first; el; el = el.nextElementSibling) {
      if (el.localName !== 'div') continue;
      if (!hasClass(el, 'comment-content')) parts.chrome.push(el);
      else {
        parts.content ??= el;
        parts.body ??= childOf(el, 'div', 'md-div');
      }
    }
  }
  return parts;
}

/**
 * One comment article → plain data. `parentId` comes from DOM nesting, else
 * from the header link (flat view, A); `depth` is the DOM depth and is
 * recomputed from parents when the tree is built. `levels`, shared by the
 * reads of one page in page order, saves walking up to every ancestor again.
 */
export function readComment(article: Element, ctx: ReadContext, levels?: Levels, data?: ReadonlyMap<number, CommentData>): CommentData | null {
  const id = commentIdOf(article);
  if (id === null) return null;
  const known = data?.get(id);
  if (known && !ctx.changed?.has(article)) return readFromData(article, known);
  const parent = article.parentElement;
  const li = parent?.matches(S.commentLi) ? parent : null;
  const parentLi = parent?.parentElement?.closest(S.commentLi) ?? null;
  const depth = parentLi ? liDepth(parentLi, levels) : 0;
  if (li) levels?.set(li, { depth: depth + 1, id: ownArticle(li) === article ? id : undefined });
  const { header, content, body, chrome } = partsOf(article);
  const headerIcons = header ? iconsIn(header) : NO_ICONS;
  const time = header?.querySelector(S.momentTime) ?? null;
  const state = readState(headerIcons, body);
  const deleted = (state & DELETED) !== 0;
  const removed = (state & REMOVED) !== 0;
  return {
    id,
    parentId: (parentLi ? domIdOf(parentLi, levels) : null) ?? linkedParentId(header, id),
    depth,
    author: readAuthor(header, ctx.host),
    badges: readBadges(header),
    votes: readVotes(chrome, header, headerIcons),
    published: publishedOf(time),
    edited: isEdited(time),
    deleted,
    removed,
    // lemmy-ui's placeholder in the body is not the comment's text: outline, find and quotes skip it.
    text: deleted || removed ? '' : readableText(body),
    quotes: deleted || removed ? NO_QUOTES : readQuotes(body),
    moreReplies: readMoreReplies(li),
    collapsedInPage: isCollapsedInPage(content, header, li),
  };
}

/**
 * The fast path (docs/performance.md, "The reader's fast path"): a comment the data holds, as
 * lemmy-ui rendered it from that data. Its article gives only what the data cannot: the body's
 * text as the page shows it (find and the quotes' highlights count characters in it), the
 * "more replies" stub and lemmy-ui's collapse. Author, badges, exact votes, times, flags and the
 * parent (the path's) are the data's; `fromData` tells the merge to take them again from
 * fresher data (utils/thread/merge.ts).
 */
function readFromData(article: Element, d: CommentData): CommentData {
  // One native query instead of a walk: an article holds its own comment only (replies are in the li's list).
  const body = article.querySelector(S.commentBody);
  const content = body ? body.parentElement : contentOf(article);
  const hidden = d.deleted || d.removed;
  const same = !hidden && body !== null && sameText(body.textContent ?? '', d.text);
  return {
    id: d.id,
    parentId: d.parentId,
    depth: d.depth,
    author: d.author,
    badges: d.badges,
    votes: d.votes,
    published: d.published,
    edited: d.edited,
    deleted: d.deleted,
    removed: d.removed,
    text: hidden ? '' : same ? d.text : readableText(body),
    quotes: hidden ? NO_QUOTES : same ? d.quotes : readQuotes(body),
    moreReplies: stubAfter(article),
    collapsedInPage: content ? false : collapsedAround(article),
    publishedAt: d.publishedAt,
    descendants: d.descendants,
    fromData: true,
  };
}

/** isCollapsedInPage of an article without its content. */
function collapsedAround(article: Element): boolean {
  const parent = article.parentElement;
  return isCollapsedInPage(null, partsOf(article).header, parent?.matches(S.commentLi) ? parent : null);
}

/** S.commentContent: the article's div.comment-content, a child of one of its rows (as partsOf finds it, without the rest). */
function contentOf(article: Element): Element | null {
  for (let row = article.firstElementChild; row; row = row.nextElementSibling) {
    if (row.localName !== 'div') continue;
    const content = childOf(row, 'div', 'comment-content');
    if (content) return content;
  }
  return null;
}

/** readMoreReplies from the article on: the stub is one of its li's children after it. */
function stubAfter(article: Element): number {
  for (let stub = article.nextElementSibling; stub; stub = stub.nextElementSibling) {
    if (stub.localName !== 'div' || !hasClass(stub, 'comment-node')) continue;
    const button = childOf(stub, 'button');
    if (button) return parseCount(inlineText(button))?.value ?? 0;
  }
  return 0;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11 || c === 160;

/**
 * Whether the data's text is the page's: the body's raw text (textContent, one native call) with
 * each run of whitespace squeezed to the one separator the data has at the same place. Then the
 * two have the same characters at the same offsets, and differ at most in the kind of a
 * separator (a space for a break), which find and quote matching ignore. Anything else the page
 * shows (an icon's name, a hidden label, our own controls, a block without whitespace around
 * it in the source) makes them differ, and the body is read as the DOM reader reads it.
 */
export function sameText(raw: string, text: string): boolean {
  if (raw === text) return true; // most bodies: paragraphs and the line breaks between them
  let i = 0;
  const n = raw.length;
  while (i < n && isSpace(raw.charCodeAt(i))) i++;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (isSpace(c)) {
      // One separator in the data, between two characters, for a run of one or more in the page.
      if (j === 0 || j === text.length - 1 || isSpace(text.charCodeAt(j + 1)) || i >= n || !isSpace(raw.charCodeAt(i))) return false;
      while (i < n && isSpace(raw.charCodeAt(i))) i++;
    } else if (i >= n || raw.charCodeAt(i++) !== c) return false;
  }
  while (i < n && isSpace(raw.charCodeAt(i))) i++;
  return i === n;
}

/** The id of the comment an li.comment holds (its own article), or null. */
function domIdOf(li: Element, levels?: Levels): number | null {
  const known = levels?.get(li)?.id;
  if (known !== undefined) return known;
  const article = ownArticle(li);
  return article ? commentIdOf(article) : null;
}

/** How many li.comment elements hold `li`, itself included; levels read before are not walked again. */
function liDepth(li: Element, levels?: Levels): number {
  const chain: Element[] = [];
  let depth = 0;
  for (let cur: Element | null = li; cur; cur = cur.parentElement?.closest(S.commentLi) ?? null) {
    const known = levels?.get(cur);
    if (known) {
      depth = known.depth;
      break;
    }
    chain.push(cur);
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    depth++;
    if (!levels?.has(chain[i]!)) levels?.set(chain[i]!, { depth });
  }
  return depth;
}

/** A comment's body element, where its text and quotes are. */
export function commentBody(article: Element | undefined): Element | null {
  return article?.querySelector(S.commentBody) ?? null;
}
