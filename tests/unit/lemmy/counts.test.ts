import { describe, expect, it } from 'vitest';
import { parseCount, parseVoteTooltip } from '../../../utils/lemmy/counts';

describe('parseCount', () => {
  it.each([
    ['12', { value: 12, approx: false }],
    ['0', { value: 0, approx: false }],
    ['-3', { value: -3, approx: false }],
    ['−7', { value: -7, approx: false }],
    ['1,234', { value: 1234, approx: false }],
    ['1.23K', { value: 1230, approx: true }],
    ['1.2K', { value: 1200, approx: true }],
    ['12K', { value: 12000, approx: true }],
    ['3.4M', { value: 3400000, approx: true }],
    ['30 Upvotes', { value: 30, approx: false }],
    ['arrow-up 30', { value: 30, approx: false }],
    ['4 more replies ➔', { value: 4, approx: false }],
  ])('reads %j', (text, expected) => {
    expect(parseCount(text)).toEqual(expected);
  });

  it.each(['', 'points', 'Collapse', null, undefined])('has no number in %j', (text) => {
    expect(parseCount(text)).toBeNull();
  });
});

describe('parseVoteTooltip', () => {
  it('reads B\'s " · "-joined exact counts', () => {
    expect(parseVoteTooltip('15 points · 89.47368421052632% upvoted · 17 Upvotes · 2 Downvotes')).toEqual({
      score: 15,
      up: 17,
      down: 2,
    });
  });
  it('reads A\'s "•"-joined counts and singulars', () => {
    expect(parseVoteTooltip('1 point • 1 Upvote • 0 Downvotes')).toEqual({ score: 1, up: 1, down: 0 });
  });
  it('ignores text without counts', () => {
    expect(parseVoteTooltip('Upvote')).toEqual({});
  });
});
