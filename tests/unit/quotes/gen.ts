import type { CommentData } from '../../../utils/thread/types';
import { c } from './helpers';

/** Small deterministic PRNG so generated threads are the same on every run. */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x100000000;
  };
}

const VOCAB = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);
const COMMON = ['the', 'a', 'of', 'and', 'to', 'is', 'it', 'that', 'in', 'i'];

export function sentence(r: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(r() < 0.3 ? COMMON[Math.floor(r() * COMMON.length)]! : VOCAB[Math.floor(r() * VOCAB.length)]!);
  return `${out.join(' ')}.`;
}

/**
 * A thread of `size` comments (random tree, paragraphs of random words), with
 * `quotes` quotes: most from the parent, some from an earlier comment, the post, a
 * blockquote of a quote, edited copies and text found nowhere.
 */
export function bigThread(size: number, quotes: number, seed = 1): { post: string; comments: CommentData[] } {
  const r = rng(seed);
  const post = [sentence(r, 40), sentence(r, 30)].join('\n');
  const comments: CommentData[] = [];
  for (let id = 1; id <= size; id++) {
    const parent = id === 1 || r() < 0.1 ? null : Math.max(1, id - 1 - Math.floor(r() * 20));
    comments.push(c(id, parent, { text: [sentence(r, 20 + Math.floor(r() * 40)), sentence(r, 15)].join('\n') }));
  }
  for (let q = 0; q < quotes; q++) {
    const i = 1 + Math.floor(r() * (size - 1));
    const quoter = comments[i]!;
    const kind = r();
    // A source is never newer than its quote: the donor is the parent or an earlier comment.
    const donor = kind < 0.6 && quoter.parentId ? comments[quoter.parentId - 1]! : comments[Math.floor(r() * i)]!;
    const words = (kind > 0.9 ? post : donor.text).split(/\s+/);
    const at = Math.floor(r() * Math.max(1, words.length - 12));
    let quote = words.slice(at, at + 4 + Math.floor(r() * 10)).join(' ');
    if (kind > 0.8 && kind <= 0.85) quote = quote.replace(/\S+/, 'changed');
    if (kind > 0.85 && kind <= 0.9) quote = sentence(r, 8);
    comments[i] = { ...quoter, text: `${quote}\n${quoter.text}`, quotes: [...quoter.quotes, quote] };
  }
  return { post, comments };
}
