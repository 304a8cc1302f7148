/**
 * Everything a quote can be found in, prepared once per thread update: each
 * source's words as interned ids with their original offsets, the regions of
 * a comment that are its own blockquotes (a match there is a quote of a quote,
 * not the original), and for every word the sources that contain it, so
 * searching the whole thread only visits comments that could hold a quote.
 */
import { isBuiltTree, preorder } from '../thread/build';
import type { CommentData, CommentId, Thread } from '../thread/types';
import { tokenize, type Token } from './normalize';
import { SpanVocab } from './span-vocab';
import { WordColumns } from './word-columns';
import { failureTable, findExact } from './word-search';
import type { QuoteSource } from './types';

export interface IndexedSource {
  readonly ref: QuoteSource;
  /** The original text; spans are offsets into it. */
  readonly text: string;
  /** Interned word ids, in order. */
  readonly words: Int32Array;
  /**
   * Four columns of `words.length` (n) each: the ids (`words` is a view of them), then each word's
   * start, end and paragraph, word i at n + i, 2n + i, 3n + i (read by `wordStart`, `wordEnd` and
   * `wordPara`). One array per source: views of each column were four objects more per comment.
   */
  readonly columns: Int32Array;
  /** 1 for words inside the source's own blockquotes; at least as long as `words`. Never written once indexed. */
  readonly blocked: Uint8Array;
}

export interface SourceIndex {
  /** The post first (when it has one), then comments in reading order. */
  readonly sources: readonly IndexedSource[];
  /** Position of the post in `sources`, or -1. */
  readonly post: number;
  readonly byComment: ReadonlyMap<CommentId, number>;
  /** Normalised word → id. */
  readonly vocab: ReadonlyMap<string, number>;
  /** Word id → positions in `sources` that contain it outside their own blockquotes, ascending. */
  readonly postings: readonly (readonly number[])[];
}

/**
 * Ids in reading order: the tree's own (build.ts `preorder`, remembered by its lists, so the index
 * and the matching share the walk the outline made) for a thread buildThread made; for a hand-made
 * one, unreachable or cyclic entries of bad input are appended, never looped on.
 */
export function readingOrder(thread: Thread): readonly CommentId[] {
  return isBuiltTree(thread) ? preorder(thread) : carefulOrder(thread);
}

const NO_KIDS: readonly CommentId[] = [];

function carefulOrder(thread: Thread): CommentId[] {
  const out: CommentId[] = [];
  const seen = new Set<CommentId>();
  const stack = [...thread.roots].reverse();
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id) || !thread.byId.has(id)) continue;
    seen.add(id);
    out.push(id);
    const kids = thread.children.get(id) ?? NO_KIDS;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  for (const id of thread.byId.keys()) if (!seen.has(id)) out.push(id);
  return out;
}

/** Word ids of a text; unknown words become -1, which matches nothing. */
export function wordIds(tokens: readonly Token[], vocab: ReadonlyMap<string, number>): Int32Array {
  const ids = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) ids[i] = vocab.get(tokens[i]!.text) ?? -1;
  return ids;
}

/**
 * Marks where the comment's own quotes sit in its text, each looked for after
 * the previous one. A quote that is not found whole had a nested quote inside
 * (left out of its text but present in the comment's): the region from its
 * first line to its last is blocked, nested part included, as none of it is
 * the comment's own words.
 */
function blockOwnQuotes(words: Int32Array, blocked: Uint8Array, quotes: readonly string[], vocab: ReadonlyMap<string, number>): void {
  let cursor = 0;
  const find = (text: string, from: number) => {
    const ids = wordIds(tokenize(text), vocab);
    return findExact(words, blocked, ids, failureTable(ids), from);
  };
  const block = (start: number, end: number) => {
    blocked.fill(1, start, end);
    cursor = end;
  };
  for (const quote of quotes) {
    if (typeof quote !== 'string') continue;
    const whole = find(quote, cursor);
    if (whole) {
      block(whole.start, whole.end);
      continue;
    }
    const lines = quote.split('\n').filter((line) => tokenize(line).length > 0);
    const first = lines.length > 1 ? find(lines[0]!, cursor) : null;
    const last = first ? find(lines[lines.length - 1]!, first.end) : null;
    if (first && last) block(first.start, last.end);
  }
}

export const wordStart = (source: IndexedSource, i: number): number => source.columns[source.words.length + i]!;
export const wordEnd = (source: IndexedSource, i: number): number => source.columns[2 * source.words.length + i]!;
export const wordPara = (source: IndexedSource, i: number): number => source.columns[3 * source.words.length + i]!;

/** What one indexing run shares between sources: the vocabulary, the columns words are read into, and the zeros below. */
interface Builder {
  vocab: Map<string, number>;
  columns: WordColumns;
  /** `blocked` of every source with no quotes of its own (most comments): one array, grown to the longest. */
  noneBlocked: Uint8Array;
}

function indexText(ref: QuoteSource, text: unknown, quotes: readonly string[], builder: Builder): IndexedSource {
  const safe = typeof text === 'string' ? text : '';
  builder.columns.read(safe);
  const n = builder.columns.n;
  const columns = builder.columns.store();
  const words = columns.subarray(0, n);
  let blocked: Uint8Array;
  if (quotes.length) {
    blocked = new Uint8Array(n);
    blockOwnQuotes(words, blocked, quotes, builder.vocab);
  } else {
    if (builder.noneBlocked.length < n) builder.noneBlocked = new Uint8Array(Math.max(n, 2 * builder.noneBlocked.length));
    blocked = builder.noneBlocked;
  }
  return { ref, text: safe, words, columns, blocked };
}

function addPostings(postings: number[][], source: IndexedSource, at: number): void {
  const { words, blocked } = source;
  for (let i = 0; i < words.length; i++) {
    if (blocked[i]) continue;
    const list = (postings[words[i]!] ??= []);
    if (list[list.length - 1] !== at) list.push(at);
  }
}

function quotesOf(comment: CommentData): readonly string[] {
  return Array.isArray(comment.quotes) ? comment.quotes : [];
}

/** Builds the index for a thread. Pure; linear in the thread's text. */
export function indexSources(thread: Thread): SourceIndex {
  const indexer = sourceIndexer(thread);
  indexer.step(Infinity);
  return indexer.index;
}

/** indexSources a slice at a time: `index` is complete once `step` has returned true. */
export interface SourceIndexer {
  /** Indexes on until done (true) or `deadline` (performance.now()) has passed. */
  step(deadline: number): boolean;
  readonly index: SourceIndex;
}

export function sourceIndexer(thread: Thread): SourceIndexer {
  const vocab = new Map<string, number>();
  const builder: Builder = { vocab, columns: new WordColumns(vocab, new SpanVocab(vocab)), noneBlocked: new Uint8Array(256) };
  const sources: IndexedSource[] = [];
  const byComment = new Map<CommentId, number>();
  const postings: number[][] = [];
  const add = (source: IndexedSource) => {
    addPostings(postings, source, sources.length);
    sources.push(source);
  };
  const post = thread.post ? 0 : -1;
  if (thread.post) add(indexText({ kind: 'post' }, thread.post.text, [], builder));
  const order = readingOrder(thread);
  let next = 0;
  return {
    index: { sources, post, byComment, vocab, postings },
    step(deadline) {
      while (next < order.length) {
        const id = order[next++]!;
        const comment = thread.byId.get(id)!;
        byComment.set(id, sources.length);
        add(indexText({ kind: 'comment', id }, comment.text, quotesOf(comment), builder));
        if ((next & 7) === 0 && deadline !== Infinity && performance.now() >= deadline) break;
      }
      return next >= order.length;
    },
  };
}
