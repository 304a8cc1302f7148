import type { Author, Badges, CommentData, Count, Votes } from '../thread/types';
import { parseCount, parseVoteTooltip } from './counts';
import * as S from './selectors';
import { iconName, iconsIn, inlineText, readableText } from './text';

/** What a comment needs from its page to be read. */
export interface ReadContext {
  /** Host of the page: local users belong to it. */
  host: string;
}

/** lemmy-ui's placeholders for deleted/removed bodies (B renders `*text*`), English. */
const DELETED_TEXT = /^(deleted by creator|deleted)$/i;
const REMOVED_TEXT = /^(removed by mod|removed by moderator|removed)$/i;

export function commentIdOf(article: Element): number | null {
  const m = /^comment-(\d+)$/.exec(article.id);
  return m ? Number(m[1]) : null;
}

/** The comment that contains this one in the DOM (tree view), or null at top level. */
export function domParentId(article: Element): number | null {
  const li = article.parentElement;
  const parentLi = li?.parentElement?.closest(S.commentLi);
  const parentArticle = parentLi?.querySelector(`:scope > ${S.commentArticle}`);
  return parentArticle ? commentIdOf(parentArticle) : null;
}

/**
 * The comment the header link points at: B's "Show context" in flat view and
 * every A permalink point to the parent (lemmy-dom.md §3.2, §3.3 item 5).
 */
export function linkedParentId(header: Element | null, ownId: number): number | null {
  if (!header) return null;
  for (const a of header.querySelectorAll(S.headerLinks)) {
    const href = a.getAttribute('href') ?? '';
    const m = /^\/(?:post\/\d+\/(\d+)|comment\/(\d+))(?:[/?#]|$)/.exec(href);
    const id = m ? Number(m[1] ?? m[2]) : null;
    if (id !== null) return id === ownId ? null : id;
  }
  return null;
}

export function readAuthor(scope: Element | null, host: string): Author {
  const link = scope?.querySelector(S.personLink);
  const href = link?.getAttribute('href') ?? '';
  const m = /\/u\/([^/@?#]+)(?:@([^/?#]+))?/.exec(href);
  const name = m?.[1] ? decodeURIComponent(m[1]) : '';
  const nameSpan = link?.querySelector('span');
  const display = link?.getAttribute('title') || inlineText(nameSpan ?? null) || name;
  return { name, instance: m?.[2] ?? host, display };
}

/** Role badges (user-badges.tsx); the language badge is a .badge too and is ignored. */
export function readBadges(header: Element | null): Badges {
  const badges: Badges = { op: false, mod: false, admin: false, bot: false, banned: false };
  if (!header) return badges;
  for (const el of header.querySelectorAll(S.badge)) {
    const cls = el.classList;
    const label = (el.getAttribute('aria-label') ?? '').toLowerCase();
    const text = inlineText(el);
    if (cls.contains('d-none') || cls.contains('mx-1')) continue; // language badge (B) / post line
    if (label === 'creator' || (cls.contains('border-info') && text.length <= 3)) badges.op = true;
    else if (cls.contains('text-bg-info') && el.closest(S.personLink)) badges.op = true; // C
    else if (label === 'mod' || cls.contains('border-primary')) badges.mod = true;
    else if (label === 'admin' || (cls.contains('border-danger') && text.length <= 2)) badges.admin = true;
    else if (label.includes('banned') || cls.contains('border-danger')) badges.banned = true;
    else if (label === 'bot' || (cls.contains('text-bg-light') && text.length <= 2)) badges.bot = true;
  }
  return badges;
}

const UP = new Set(['arrow-up', 'arrow-up1', 'hexbear']);
const DOWN = new Set(['arrow-down', 'arrow-down1']);
const SCORE = new Set(['heart']);

/** The element whose text is the count next to a vote icon. */
function countHolder(use: Element, stop: Element): Element | null {
  return use.closest('[aria-label], button') ?? use.parentElement?.parentElement ?? stop;
}

function countNear(use: Element, stop: Element): Count | null {
  const holder = countHolder(use, stop);
  if (!holder || !stop.contains(holder)) return null;
  // C's buttons keep the count in span.ms-2; B's spans hold it as direct text.
  return parseCount(inlineText(holder.querySelector('span.ms-2') ?? holder));
}

/**
 * Vote figures (lemmy-dom.md §4): A's "N points" span, B's VoteDisplay,
 * C's (and logged-in A/B) vote buttons; exact numbers from tooltips win.
 */
export function readVotes(article: Element, header: Element | null): Votes {
  const votes: Votes = { up: null, down: null, score: null };
  let tooltip: ReturnType<typeof parseVoteTooltip> = {};
  for (const scope of article.querySelectorAll(S.commentChrome)) {
    for (const { name, use } of iconsIn(scope)) {
      const kind = UP.has(name) ? 'up' : DOWN.has(name) ? 'down' : SCORE.has(name) ? 'score' : null;
      if (kind && !votes[kind]) votes[kind] = countNear(use, scope);
    }
    // Logged-in vote buttons carry exact integers even when the visible ones are abbreviated.
    for (const button of scope.querySelectorAll(S.voteButtonTip)) {
      tooltip = { ...parseVoteTooltip(button.getAttribute('data-tippy-content')), ...tooltip };
    }
  }
  // A: span.fw-bold[aria-label="N points"] without an icon.
  const scoreA = header?.querySelector('span.fw-bold[aria-label]');
  if (!votes.score && scoreA) votes.score = parseCount(inlineText(scoreA));
  applyExact(votes, tooltip);
  deriveMissing(votes);
  return votes;
}

function applyExact(votes: Votes, exact: ReturnType<typeof parseVoteTooltip>): void {
  if (exact.up !== undefined) votes.up = { value: exact.up, approx: false };
  if (exact.down !== undefined) votes.down = { value: exact.down, approx: false };
  if (exact.score !== undefined) votes.score = { value: exact.score, approx: false };
}

/** B shows no downvote element when there are none; the score is up − down. */
function deriveMissing(votes: Votes): void {
  if (votes.up && !votes.down && !votes.score) votes.down = { value: 0, approx: false };
  if (votes.up && votes.down && !votes.score) {
    votes.score = { value: votes.up.value - votes.down.value, approx: votes.up.approx || votes.down.approx };
  }
  if (votes.up && votes.score && !votes.down && votes.score.value <= votes.up.value) {
    votes.down = { value: votes.up.value - votes.score.value, approx: votes.up.approx || votes.score.approx };
  }
}

function readTime(header: Element | null): { published: string | null; edited: boolean } {
  const time = header?.querySelector(S.momentTime);
  if (!time) return { published: null, edited: false };
  const tip = time.getAttribute('data-tippy-content') ?? '';
  const edited = time.classList.contains('fst-italic') || iconName(time) === 'edit-2';
  const created = /Created:\s*([^\n]+)/.exec(tip)?.[1]?.trim();
  return { published: created ?? (tip.trim() || null), edited };
}

/** B: the body is a lone `<p><em>placeholder</em></p>`; C also marks the header with icons. */
function readState(header: Element | null, body: Element | null): { deleted: boolean; removed: boolean } {
  const icons = header ? iconsIn(header).map((i) => i.name) : [];
  let deleted = icons.includes('trash');
  let removed = icons.includes('x');
  const only = body?.children.length === 1 ? body.firstElementChild : null;
  const em = only?.tagName === 'P' && only.children.length === 1 ? only.firstElementChild : null;
  if (em?.tagName === 'EM' && inlineText(only!) === inlineText(em)) {
    const text = inlineText(em);
    deleted ||= DELETED_TEXT.test(text);
    removed ||= REMOVED_TEXT.test(text);
  }
  return { deleted, removed };
}

/** Text of each top-level quote; a quote nested inside it is a quote of a quote and left out. */
export function readQuotes(body: Element | null): string[] {
  if (!body) return [];
  const out: string[] = [];
  for (const bq of body.querySelectorAll(S.blockquote)) {
    const text = readableText(bq, { skip: (el) => el.tagName === 'BLOCKQUOTE' });
    if (text) out.push(text);
  }
  return out;
}

function readMoreReplies(li: Element | null): number {
  const button = li?.querySelector(S.moreReplies);
  return parseCount(inlineText(button ?? null))?.value ?? 0;
}

function isCollapsedInPage(article: Element, header: Element | null, li: Element | null): boolean {
  if (article.querySelector(S.commentContent)) return false;
  if (li?.querySelector(S.collapsedMarker)) return true;
  const toggle = header?.querySelector('button[aria-label]');
  return (toggle ? iconName(toggle) : null) === 'plus-square' || header?.getAttribute('aria-label') === 'Expand';
}

/**
 * One comment article → plain data. `parentId` comes from DOM nesting, else
 * from the header link (flat view, A); `depth` is the DOM depth and is
 * recomputed from parents when the tree is built.
 */
export function readComment(article: Element, ctx: ReadContext): CommentData | null {
  const id = commentIdOf(article);
  if (id === null) return null;
  const li = article.parentElement?.matches(S.commentLi) ? article.parentElement : null;
  const header = article.querySelector(S.commentHeader);
  const body = article.querySelector(S.commentBody);
  const parentId = domParentId(article) ?? linkedParentId(header, id);
  return {
    id,
    parentId,
    depth: domDepth(article),
    author: readAuthor(header, ctx.host),
    badges: readBadges(header),
    votes: readVotes(article, header),
    ...readTime(header),
    ...readState(header, body),
    text: readableText(body),
    quotes: readQuotes(body),
    moreReplies: readMoreReplies(li),
    collapsedInPage: isCollapsedInPage(article, header, li),
  };
}

function domDepth(article: Element): number {
  let depth = 0;
  let li = article.parentElement?.parentElement?.closest(S.commentLi);
  while (li) {
    depth++;
    li = li.parentElement?.closest(S.commentLi);
  }
  return depth;
}
