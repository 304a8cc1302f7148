import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readThread } from '../../../utils/lemmy/read-thread';
import { preorder } from '../../../utils/thread/build';
import type { CommentData, Thread } from '../../../utils/thread/types';
import { generateThread, renderComments, renderPage, visibleComments } from '../../fixtures/build-thread';
import { demoThread } from '../../fixtures/demo-thread';
import type { CommentSpec, RenderOptions, ThreadSpec, Version } from '../../fixtures/thread-spec';

function parse(spec: ThreadSpec, opts: RenderOptions): Thread {
  const doc = new DOMParser().parseFromString(renderPage(spec, opts), 'text/html');
  return readThread(doc, { host: spec.host });
}

/** What each version lets an anonymous reader see (docs/lemmy-ui.md, "Votes"). */
function expectedVotes(c: CommentSpec, version: Version, downvotes = true) {
  const score = c.up - c.down;
  if (version === 'A') return { up: null, down: null, score };
  if (version === 'B') return { up: c.up, down: downvotes ? c.down : 0, score: downvotes ? score : c.up };
  return { up: c.up, down: c.down, score };
}

function votesOf(d: CommentData) {
  return { up: d.votes.up?.value ?? null, down: d.votes.down?.value ?? null, score: d.votes.score?.value ?? null };
}

function depths(spec: ThreadSpec): Map<number, number> {
  const out = new Map<number, number>();
  for (const c of visibleComments(spec)) out.set(c.id, c.parentId === null ? 0 : (out.get(c.parentId) ?? -1) + 1);
  return out;
}

describe('reading the fixture builder’s pages', () => {
  for (const version of ['A', 'B', 'C'] as const) {
    for (const view of version === 'C' ? (['tree'] as const) : (['tree', 'flat'] as const)) {
      it(`version ${version}, ${view} view: every comment with its parent, depth, author and votes`, () => {
        const thread = parse(demoThread, { version, view, theme: 'light' });
        const want = visibleComments(demoThread);
        const depth = depths(demoThread);
        expect(thread.byId.size).toBe(want.length);
        for (const c of want) {
          const got = thread.byId.get(c.id)!;
          expect(got, `comment ${c.id}`).toBeDefined();
          expect(got.parentId).toBe(c.parentId);
          expect(got.depth).toBe(depth.get(c.id));
          expect(`${got.author.name}@${got.author.instance}`).toBe(`${c.author.name}@${c.author.instance}`);
          expect(votesOf(got)).toEqual(expectedVotes(c, version));
          expect(got.deleted).toBe(!!c.deleted);
          expect(got.removed).toBe(!!c.removed);
          expect(got.edited).toBe(!!c.edited);
          if (version !== 'C') expect(got.badges.op).toBe(!!c.badges?.op);
          expect(got.quotes.length).toBe(c.deleted || c.removed ? 0 : (c.body.match(/^> /gm) ? 1 : 0));
        }
        if (view === 'tree') expect(preorder(thread)).toEqual(want.map((c) => c.id));
      });
    }
  }

  it("version C: a deleted or removed comment is known by its header's icon, whatever its body shows", () => {
    const doc = new DOMParser().parseFromString(renderPage(demoThread, { version: 'C', view: 'tree', theme: 'light' }), 'text/html');
    const gone = visibleComments(demoThread).filter((c) => c.deleted || c.removed);
    expect(gone.some((c) => c.deleted) && gone.some((c) => c.removed)).toBe(true);
    // Only the icon is left to tell: the body's placeholder becomes plain words.
    for (const c of gone) for (const em of doc.querySelectorAll(`#comment-${c.id} .md-div em`)) em.replaceWith('words of its own');
    const thread = readThread(doc, { host: demoThread.host });
    for (const c of gone) {
      const got = thread.byId.get(c.id)!;
      expect([got.deleted, got.removed], `comment ${c.id}`).toEqual([!!c.deleted, !!c.removed]);
    }
  });

  it('reads "N more replies" stubs and lemmy-ui’s own collapse', () => {
    const spec = generateThread({ comments: 10, maxDepth: 3, seed: 5 });
    const leaf = spec.comments.find((c) => !spec.comments.some((d) => d.parentId === c.id))!;
    const parent = spec.comments.find((c) => spec.comments.some((d) => d.parentId === c.id))!;
    leaf.moreReplies = 1200;
    parent.collapsed = true;
    const thread = parse(spec, { version: 'B', view: 'tree', theme: 'dark' });
    if (leaf.parentId === null || !isUnder(spec, leaf.id, parent.id)) expect(thread.byId.get(leaf.id)!.moreReplies).toBe(1200);
    expect(thread.byId.get(parent.id)!.collapsedInPage).toBe(true);
    expect(thread.children.get(parent.id) ?? []).toEqual([]);
  });

  it('leaves out blocked users’ subtrees without attaching their replies elsewhere', () => {
    const spec = generateThread({ comments: 40, maxDepth: 4, seed: 8 });
    const blocked = spec.comments.find((c) => c.parentId === null && spec.comments.some((d) => d.parentId === c.id))!;
    blocked.blocked = true;
    const thread = parse(spec, { version: 'B', view: 'tree', theme: 'light' });
    expect(thread.byId.has(blocked.id)).toBe(false);
    expect(thread.byId.size).toBe(visibleComments(spec).length);
    expect(visibleComments(spec).length).toBeLessThan(spec.comments.length - 1);
  });

  it('reads exact counts from logged-in vote tooltips where the header abbreviates', () => {
    const spec = generateThread({ comments: 30, maxDepth: 3, seed: 2, maxVotes: 40_000 });
    const thread = parse(spec, { version: 'B', view: 'tree', theme: 'light', loggedIn: true });
    for (const c of spec.comments) expect(votesOf(thread.byId.get(c.id)!)).toEqual({ up: c.up, down: c.down, score: c.up - c.down });
  });

  it('marks abbreviated counts approximate for anonymous readers', () => {
    const spec = generateThread({ comments: 30, maxDepth: 3, seed: 2, maxVotes: 40_000 });
    const thread = parse(spec, { version: 'B', view: 'tree', theme: 'light' });
    const big = spec.comments.find((c) => c.up >= 1000)!;
    const got = thread.byId.get(big.id)!.votes.up!;
    expect(got.approx).toBe(true);
    expect(Math.abs(got.value - big.up)).toBeLessThanOrEqual(big.up * 0.01);
  });

  it('reads a thread 60 levels deep', () => {
    const spec: ThreadSpec = { ...demoThread, comments: Array.from({ length: 60 }, (_, i) => ({ id: i + 1, parentId: i ? i : null, author: { name: `u${i}` }, body: `level ${i}`, up: 1, down: 0 })) };
    const thread = parse(spec, { version: 'B', view: 'tree', theme: 'light' });
    expect(thread.byId.get(60)!.depth).toBe(59);
    expect(thread.byId.get(60)!.parentId).toBe(59);
  });
});

function isUnder(spec: ThreadSpec, id: number, ancestor: number): boolean {
  const byId = new Map(spec.comments.map((c) => [c.id, c]));
  for (let p = byId.get(id)?.parentId ?? null; p !== null; p = byId.get(p)?.parentId ?? null) if (p === ancestor) return true;
  return false;
}

/** Random trees → lemmy-ui DOM → parse: the same tree, every version and view. */
describe('round trip (fast-check)', () => {
  const treeArb = fc
    .array(fc.record({ parentPick: fc.nat(), up: fc.nat({ max: 999 }), down: fc.nat({ max: 999 }), words: fc.array(fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'épsilon', 'ζeta', '🙂'), { minLength: 1, maxLength: 8 }), remote: fc.boolean() }), { minLength: 1, maxLength: 40 })
    .map((rows): CommentSpec[] =>
      rows.map((row, i) => {
        const parentId = i === 0 || row.parentPick % 3 === 0 ? null : 100 + (row.parentPick % i);
        return { id: 100 + i, parentId, author: { name: `p${i % 7}`, instance: row.remote ? 'remote.test' : 'home.test' }, body: row.words.join(' '), up: row.up, down: row.down };
      }),
    );

  it('tree view, versions A, B and C', () => {
    fc.assert(
      fc.property(treeArb, fc.constantFrom<Version>('A', 'B', 'C'), (comments, version) => {
        const spec: ThreadSpec = { ...demoThread, host: 'home.test', comments };
        const thread = parse(spec, { version, view: 'tree', theme: 'light' });
        const depth = depths(spec);
        expect(thread.byId.size).toBe(comments.length);
        for (const c of comments) {
          const got = thread.byId.get(c.id)!;
          expect(got.parentId).toBe(c.parentId);
          expect(got.depth).toBe(depth.get(c.id));
          expect(got.author).toMatchObject({ name: c.author.name, instance: c.author.instance });
          expect(votesOf(got)).toEqual(expectedVotes(c, version));
          expect(got.text).toBe(c.body);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('flat view recovers parents from the permalink (A, B)', () => {
    fc.assert(
      fc.property(treeArb, fc.constantFrom<Version>('A', 'B'), (comments, version) => {
        const spec: ThreadSpec = { ...demoThread, host: 'home.test', comments };
        const html = renderComments(spec, { version, view: 'flat', theme: 'light' });
        const doc = new DOMParser().parseFromString(`<div id="app" class="lemmy-site">${html}</div>`, 'text/html');
        const thread = readThread(doc, { host: 'home.test' });
        for (const c of comments) expect(thread.byId.get(c.id)!.parentId).toBe(c.parentId);
      }),
      { numRuns: 40 },
    );
  });
});
