import { describe, expect, it } from 'vitest';
import { failureTable, findExact, findFuzzy } from '../../../utils/quotes/word-search';

const ids = (...xs: number[]) => Int32Array.from(xs);
const open = (n: number) => new Uint8Array(n);

describe('findExact', () => {
  it('finds the first occurrence from a position', () => {
    const words = ids(1, 2, 3, 1, 2, 3);
    const p = ids(1, 2, 3);
    expect(findExact(words, open(6), p, failureTable(p), 0)).toEqual({ start: 0, end: 3, cost: 0 });
    expect(findExact(words, open(6), p, failureTable(p), 1)).toEqual({ start: 3, end: 6, cost: 0 });
  });

  it('finds the match at the end of long repetitive text', () => {
    const words = new Int32Array(200_000).fill(7);
    words[words.length - 1] = 8;
    const p = new Int32Array(5_000).fill(7);
    p[p.length - 1] = 8;
    expect(findExact(words, open(words.length), p, failureTable(p), 0)?.end).toBe(words.length);
  });

  it('does not match across blocked words', () => {
    const words = ids(1, 2, 3, 4);
    const blocked = Uint8Array.from([0, 1, 0, 0]);
    const p = ids(1, 2);
    expect(findExact(words, blocked, p, failureTable(p), 0)).toBeNull();
    expect(findExact(words, blocked, ids(3, 4), failureTable(ids(3, 4)), 0)).toEqual({ start: 2, end: 4, cost: 0 });
  });

  it('finds nothing for an empty pattern', () => {
    expect(findExact(ids(1), open(1), ids(), ids(), 0)).toBeNull();
  });
});

describe('findFuzzy', () => {
  const words = ids(9, 9, 1, 2, 3, 4, 5, 6, 9, 9);

  it('allows a substituted word', () => {
    expect(findFuzzy(words, open(10), ids(1, 2, 0, 4, 5, 6), 0, 10, 1)).toEqual({ start: 2, end: 8, cost: 1 });
  });

  it('allows an extra or a missing word', () => {
    expect(findFuzzy(words, open(10), ids(1, 2, 3, 0, 4, 5, 6), 0, 10, 1)).toEqual({ start: 2, end: 8, cost: 1 });
    expect(findFuzzy(words, open(10), ids(1, 2, 4, 5, 6), 0, 10, 1)).toEqual({ start: 2, end: 8, cost: 1 });
  });

  it('refuses more edits than allowed', () => {
    expect(findFuzzy(words, open(10), ids(1, 0, 3, 0, 5, 6), 0, 10, 1)).toBeNull();
  });

  it('stops at blocked words', () => {
    const blocked = open(10);
    blocked[4] = 1;
    expect(findFuzzy(words, blocked, ids(1, 2, 0, 4, 5, 6), 0, 10, 1)).toBeNull();
  });
});
