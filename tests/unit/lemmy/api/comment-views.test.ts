// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commentViews, postResponse, postView } from '../../../fixtures/comment-views';
import { demoThread } from '../../../fixtures/demo-thread';
import { generateThread } from '../../../fixtures/generate';

// Deep reads of JSON fixtures: any keeps them short.
type Json = Record<string, any>;

/** The real API answers of ../shared (beside the clone in CI); the shape checks skip without them. */
const SHARED = resolve(import.meta.dirname, '../../../../../shared/fixtures/lemmy-api');
const have = existsSync(SHARED);
const real = (path: string): Json => JSON.parse(readFileSync(join(SHARED, path), 'utf8'));

/** Keys of `ours` the real object lacks, by path, one level into nested objects. */
function invented(ours: Json, theirs: Json, at = ''): string[] {
  return Object.keys(ours).flatMap((k) => {
    if (!(k in theirs)) return [`${at}${k}`];
    const [a, b] = [ours[k], theirs[k]];
    return a && b && typeof a === 'object' && !Array.isArray(a) ? invented(a, b, `${at}${k}.`) : [];
  });
}

describe('commentViews', () => {
  const spec = demoThread;

  describe.skipIf(!have)('in the shape of the real answers', () => {
    it.each(['v3', 'v4'] as const)('%s: no field the real API lacks, and every field a reader uses', (api) => {
      const theirs = (real(`${api}/comment-list.page-1.json`).comments ?? real(`${api}/comment-list.page-1.json`).items)[0];
      const ours = commentViews(spec, api)[0] as Json;
      expect(invented(ours, theirs)).toEqual([]);
      const used = ['id', 'creator_id', 'post_id', 'content', 'removed', 'deleted', 'path', 'ap_id', 'local', 'distinguished', 'language_id'];
      expect(Object.keys(ours.comment)).toEqual(expect.arrayContaining(used));
      const votes = api === 'v3' ? ours.counts : ours.comment;
      expect(Object.keys(votes)).toEqual(expect.arrayContaining(['score', 'upvotes', 'downvotes', 'child_count']));
      expect(Object.keys(ours.creator)).toEqual(expect.arrayContaining(['id', 'name', 'local', 'bot_account', api === 'v3' ? 'actor_id' : 'ap_id']));
      expect(invented(postView(spec, api), real(`${api}/post.json`).post_view)).toEqual([]);
    });
  });

  it('lists the comments oldest first (by id), with paths through their parents', () => {
    const views = commentViews(spec, 'v3') as Json[];
    const ids = views.map((v) => v.comment.id);
    expect(ids).toEqual(spec.comments.map((c) => c.id).sort((a, b) => a - b));
    const byId = new Map(views.map((v) => [v.comment.id, v.comment]));
    for (const c of spec.comments) {
      const path: string = byId.get(c.id).path;
      expect(path.endsWith(`.${c.id}`)).toBe(true);
      expect(path).toBe(c.parentId === null ? `0.${c.id}` : `${byId.get(c.parentId).path}.${c.id}`);
    }
    const times = views.map((v) => Date.parse(v.comment.published));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('blanks what deleted and removed comments said, as the API does for anonymous readers', () => {
    const views = commentViews(spec, 'v4') as Json[];
    const gone = spec.comments.filter((c) => c.deleted || c.removed);
    expect(gone.length).toBeGreaterThan(0);
    for (const c of gone) expect(views.find((v) => v.comment.id === c.id)!.comment.content).toBe('');
  });

  it('counts every reply below a comment in child_count, and gives a person one id everywhere', () => {
    const big = generateThread({ comments: 300, maxDepth: 6, seed: 4 });
    const views = commentViews(big, 'v3') as Json[];
    const below = (id: number): number => big.comments.filter((c) => c.parentId === id).reduce((n, c) => n + 1 + below(c.id), 0);
    for (const v of views.slice(0, 40)) expect(v.counts.child_count).toBe(below(v.comment.id));
    const ids = new Map<string, number>();
    for (const v of views) {
      const key = v.creator.actor_id as string;
      expect(ids.get(key) ?? v.creator.id).toBe(v.creator.id);
      ids.set(key, v.creator.id);
    }
  });

  it('gives the post its comment count where each version keeps it', () => {
    expect((postView(spec, 'v3') as Json).counts.comments).toBe(spec.comments.length);
    expect((postView(spec, 'v4', 42) as Json).post.comments).toBe(42);
    expect(Object.keys(postResponse(spec, 'v4'))).toEqual(['post_view', 'community_view', 'moderators', 'cross_posts']);
  });
});
