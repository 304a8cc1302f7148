import { postorder } from './build';
import type { CommentData, CommentId, Count, Thread } from './types';

/**
 * One thread from two sources: the comments rendered in the page (in page
 * order, the source for what is on screen) and the data (isoData and the
 * instance's API: every comment it sent, exact counts, paths). Pure.
 *
 * A page comment keeps its place and what the page shows, and takes from the
 * data what the page lacks or abbreviates; a data comment not in the page is
 * added after its page siblings, marked `offPage`. So a comment the page
 * renders later becomes "on the page" without a second row.
 */
export function mergeWithData(page: readonly CommentData[], data: ReadonlyMap<CommentId, CommentData>): CommentData[] {
  if (!data.size) return [...page];
  const out: CommentData[] = [];
  const seen = new Set<CommentId>();
  for (const p of page) {
    const d = data.get(p.id);
    out.push(d ? enrich(p, d) : p);
    seen.add(p.id);
  }
  for (const d of data.values()) if (!seen.has(d.id)) out.push(d.offPage ? d : { ...d, offPage: true });
  return out;
}

function enrich(p: CommentData, d: CommentData): CommentData {
  if (p.fromData) return refreshed(p, d);
  // The data's text where the page has none to give: its body is collapsed away, or what it shows
  // is lemmy-ui's placeholder for a deleted or removed comment, in the page's language.
  const bodyHidden = (p.collapsedInPage && !p.text) || d.deleted || d.removed;
  const { offPage: _, ...shown } = p;
  return {
    ...shown,
    // The data's path is the truth where the page cannot tell (flat view, a deleted ancestor).
    parentId: d.parentId ?? p.parentId,
    votes: { up: exactOver(p.votes.up, d.votes.up), down: exactOver(p.votes.down, d.votes.down), score: exactOver(p.votes.score, d.votes.score) },
    badges: {
      op: p.badges.op || d.badges.op,
      mod: p.badges.mod || d.badges.mod,
      admin: p.badges.admin || d.badges.admin,
      bot: p.badges.bot || d.badges.bot,
      banned: p.badges.banned || d.badges.banned,
    },
    deleted: p.deleted || d.deleted,
    removed: p.removed || d.removed,
    published: p.published ?? d.published,
    ...(d.publishedAt !== undefined ? { publishedAt: d.publishedAt } : {}),
    ...(d.descendants !== undefined ? { descendants: d.descendants } : {}),
    ...(bodyHidden ? { text: d.text, quotes: d.quotes } : {}),
  };
}

/**
 * A comment the reader took from the data (CommentData.fromData), joined to the data now, which
 * may be fresher (the API's over isoData): everything is the data's but what only the page shows.
 */
function refreshed(p: CommentData, d: CommentData): CommentData {
  const bodyHidden = (p.collapsedInPage && !p.text) || p.deleted || p.removed || d.deleted || d.removed;
  const { offPage: _, ...data } = d;
  return {
    ...data,
    depth: p.depth,
    text: bodyHidden ? d.text : p.text,
    quotes: bodyHidden ? d.quotes : p.quotes,
    moreReplies: p.moreReplies,
    collapsedInPage: p.collapsedInPage,
    fromData: true,
  };
}

/**
 * The data's exact figure where the page shows none, or an abbreviation it
 * agrees with ("1.2K"). An exact figure on the page stays: it may be newer
 * than the data (the reader just voted).
 */
function exactOver(shown: Count | null, data: Count | null): Count | null {
  if (!data || data.approx) return shown;
  if (!shown) return data;
  if (!shown.approx) return shown;
  // "1.2K" stands for 1,150 to 1,249: within 5 %.
  return Math.abs(shown.value - data.value) <= Math.abs(data.value) * 0.05 + 1 ? data : shown;
}

/**
 * How many replies of each comment are still unknown, where the data says how
 * many it has: its `descendants` less those its known children account for
 * (each child and, by its own count, everything below it). So a subthread's
 * missing replies are counted once, at the lowest comment that knows of them.
 * `complete`: the data holds every comment the instance gives, none is missing.
 */
export function settleMissing(thread: Thread, complete: boolean): Thread {
  if (complete) return noneMissing(thread);
  // Copied on the first change: once the data is complete, most comments have none.
  let byId: Map<CommentId, CommentData> | null = null;
  const below = new Map<CommentId, number>();
  postorder(thread, (id, children) => {
    const c = thread.byId.get(id)!;
    let known = 0;
    for (const child of children) known += 1 + below.get(child)!;
    const all = c.descendants ?? known + c.moreReplies;
    below.set(id, Math.max(all, known));
    const missing = c.descendants === undefined ? c.moreReplies : Math.max(0, c.descendants - known);
    if (missing !== c.moreReplies) (byId ??= new Map(thread.byId)).set(id, { ...c, moreReplies: missing });
  });
  return byId ? { ...thread, byId } : thread;
}

/** Complete data: nothing is missing anywhere, so no walk of the tree (the last join of a load, 10,000 comments). */
function noneMissing(thread: Thread): Thread {
  let byId: Map<CommentId, CommentData> | null = null;
  for (const c of thread.byId.values()) if (c.moreReplies !== 0) (byId ??= new Map(thread.byId)).set(c.id, { ...c, moreReplies: 0 });
  return byId ? { ...thread, byId } : thread;
}
