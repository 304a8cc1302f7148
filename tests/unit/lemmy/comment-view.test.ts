import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCommentView } from '../../../utils/lemmy/comment-view';
import { buildThread, preorder } from '../../../utils/thread/build';

const ctx = { host: 'lemmy.test', postId: 7 };
const view = (comment: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  comment: { id: 12, post_id: 7, path: '0.5.12', content: 'Hello there', published: '2024-01-02T03:04:05.678Z', ...comment },
  creator: { id: 3, name: 'ana', actor_id: 'https://Other.Example/u/ana' },
  post: { id: 7, creator_id: 3 },
  counts: { upvotes: 4, downvotes: 1, score: 3, child_count: 2 },
  ...extra,
});

describe('readCommentView: the data of one comment, or nothing', () => {
  it('reads a v3 view: parent from the path, exact counts, time, author and home instance, OP', () => {
    expect(readCommentView(view({}), ctx)).toMatchObject({
      id: 12,
      parentId: 5,
      depth: 1,
      votes: { up: { value: 4, approx: false }, down: { value: 1, approx: false }, score: { value: 3, approx: false } },
      publishedAt: Date.UTC(2024, 0, 2, 3, 4, 5, 678),
      author: { name: 'ana', instance: 'other.example', display: 'ana' },
      badges: { op: true },
      descendants: 2,
      text: 'Hello there',
      offPage: true,
    });
  });

  it.each([
    ['2024-01-02T03:04:05.123456', 123], // 0.18: no zone, meant as UTC
    ['2024-01-02T03:04:05.5Z', 500],
    ['2024-01-02T03:04:05Z', 0],
    ['2024-01-02T03:04:05', 0],
  ])('reads the time %s as UTC', (published, ms) => {
    expect(readCommentView(view({ published }), ctx)!.publishedAt).toBe(Date.UTC(2024, 0, 2, 3, 4, 5, ms));
  });

  it.each([
    ['0.12', null, 0],
    ['0.5.12', 5, 1],
    ['0.1.2.3.4.5.6.7.8.9.5.12', 5, 10],
  ])('reads the path %s: parent %s, depth %s', (path, parentId, depth) => {
    expect(readCommentView(view({ path }), ctx)).toMatchObject({ id: 12, parentId, depth });
  });

  it('reads a time with an offset, and no time from junk', () => {
    expect(readCommentView(view({ published: '2024-01-02T05:04:05+02:00' }), ctx)!.publishedAt).toBe(Date.UTC(2024, 0, 2, 3, 4, 5));
    expect(readCommentView(view({ published: '2024-99-02T03:04:05Z' }), ctx)!.publishedAt).toBeUndefined();
    expect(readCommentView(view({ published: '2O24-01-02T03:04:05Z' }), ctx)!.publishedAt).toBeUndefined();
  });

  it.each([
    ['2023-11-04T14:06:08.440080Z', 440],
    ['2023-11-04T14:06:08.4Z', 400],
    ['2023-11-04T14:06:08Z', 0],
    // Lemmy 0.18: UTC without a zone.
    ['2023-11-04T14:06:08.44', 440],
  ])('reads the time %s to the millisecond', (published, ms) => {
    expect(readCommentView(view({ published }), ctx)!.publishedAt).toBe(Date.UTC(2023, 10, 4, 14, 6, 8, ms));
  });

  it.each([
    ['another post', { post_id: 8 }],
    ['a path that does not end in its id', { path: '0.5.13' }],
    ['a path that is not one', { path: 'five.12' }],
    ['a path with an empty step', { path: '0..12' }],
    ['a path with a step of eleven digits', { path: '0.12345678901.12' }],
    ['a path whose parent is not an int4', { path: `0.${2 ** 31}.12` }],
    ['an id that is not an int4', { id: 2 ** 31, path: `0.${2 ** 31}` }],
    ['no id', { id: undefined }],
  ])('refuses %s', (_, comment) => {
    expect(readCommentView(view(comment), ctx)).toBeNull();
  });

  it('refuses what is not a view at all', () => {
    for (const bad of [null, 3, 'x', [], {}, { comment: null }]) expect(readCommentView(bad, ctx)).toBeNull();
  });

  it('keeps nothing of a deleted or removed comment but the fact', () => {
    expect(readCommentView(view({ deleted: true, content: '> secret' }), ctx)).toMatchObject({ deleted: true, text: '', quotes: [] });
    expect(readCommentView(view({ removed: true }), ctx)).toMatchObject({ removed: true, text: '' });
  });

  it('counts an author with a malformed actor as local, and counts missing figures as unknown, not zero', () => {
    const c = readCommentView(view({}, { creator: { id: 3, name: 'ana', actor_id: 'javascript:alert(1)' }, counts: { upvotes: 'many' } }), ctx)!;
    expect(c.author.instance).toBe('lemmy.test');
    expect(c.votes).toEqual({ up: null, down: null, score: null });
  });

  it('shares one author among a person’s comments of one load, and none between people or names', () => {
    const load = { ...ctx, authors: new Map() };
    const first = readCommentView(view({ id: 12 }), load)!;
    const second = readCommentView(view({ id: 13, path: '0.5.13' }), load)!;
    const renamed = readCommentView(view({ id: 14, path: '0.5.14' }, { creator: { id: 3, name: 'ana', display_name: 'Ana B.', actor_id: 'https://Other.Example/u/ana' } }), load)!;
    const other = readCommentView(view({ id: 15, path: '0.5.15' }, { creator: { id: 4, name: 'bo', actor_id: 'https://lemmy.test/u/bo' } }), load)!;
    expect(second.author).toBe(first.author);
    expect(first.author).toEqual({ name: 'ana', instance: 'other.example', display: 'ana' });
    expect(renamed.author).toEqual({ name: 'ana', instance: 'other.example', display: 'Ana B.' });
    expect(other.author).toEqual({ name: 'bo', instance: 'lemmy.test', display: 'bo' });
    // Without a load's map, each comment has its own.
    expect(readCommentView(view({}), ctx)!.author).not.toBe(readCommentView(view({}), ctx)!.author);
  });

  it('gives figures and badges that cannot be changed, shared or not', () => {
    const small = readCommentView(view({}), ctx)!;
    const big = readCommentView(view({}, { counts: { upvotes: 5000, downvotes: -3, score: 0.5 } }), ctx)!;
    expect(big.votes).toEqual({ up: { value: 5000, approx: false }, down: { value: -3, approx: false }, score: { value: 0.5, approx: false } });
    expect(small.votes.up).toBe(readCommentView(view({ id: 13, path: '0.5.13' }), ctx)!.votes.up);
    expect(Object.isFrozen(small.votes.up) && Object.isFrozen(small.badges) && Object.isFrozen(small.quotes)).toBe(true);
    expect(() => ((small.votes.up as { value: number }).value = 9)).toThrow(TypeError);
    expect(small.votes.up).toEqual({ value: 4, approx: false });
    expect(small.badges).toEqual({ op: true, mod: false, admin: false, bot: false, banned: false });
  });

  it('never throws, and the tree built from whatever it accepts never loops', () => {
    const junk = fc.record({ id: fc.oneof(fc.integer(), fc.constant(12)), path: fc.oneof(fc.string(), fc.constantFrom('0.12', '0.12.12', '0.9.12', '0.12.9.12')), post_id: fc.constantFrom(7, 8) }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.array(junk, { maxLength: 20 }), (comments) => {
        const read = comments.map((c) => readCommentView(view(c), ctx)).filter((c) => c !== null);
        const thread = buildThread(null, read);
        expect(preorder(thread).length).toBe(thread.byId.size);
      }),
    );
  });
});
