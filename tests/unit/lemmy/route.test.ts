import { describe, expect, it } from 'vitest';
import { parsePostRoute } from '../../../utils/lemmy/route';

describe('parsePostRoute', () => {
  it.each([
    ['https://lemmy.world/post/123', { postId: 123, commentId: null }],
    ['https://hexbear.net/post/4650231/5912377', { postId: 4650231, commentId: 5912377 }],
    ['https://beehaw.org/comment/99', { postId: null, commentId: 99 }],
    ['http://127.0.0.1:8080/post/1/?sort=New&view=Flat', { postId: 1, commentId: null }],
    ['https://lemmy.example/post/42#comment-7', { postId: 42, commentId: null }],
  ])('reads %s', (url, expected) => {
    expect(parsePostRoute(url)).toEqual(expected);
  });

  it.each([
    'https://lemmy.world/',
    'https://lemmy.world/c/technology',
    'https://lemmy.world/post/abc',
    'https://lemmy.world/post/1/2/3',
    'https://example.com/blog/post/1',
    'https://lemmy.world/u/alice',
    'not a url',
  ])('rejects %s', (url) => {
    expect(parsePostRoute(url)).toBeNull();
  });
});
