/**
 * A vocabulary's ids for plain ASCII words (letters and digits, nearly every word of a thread)
 * looked up from their characters where they sit in the text: a word seen before makes no string.
 * Indexing a 10,000-comment thread otherwise made a string per word (about a megabyte of garbage
 * per 1,000 comments, docs/performance.md). Open addressing, FNV-1a over the lower-cased codes.
 */
export class SpanVocab {
  private words: (string | undefined)[] = new Array<string | undefined>(1024);
  private ids = new Int32Array(1024);
  private count = 0;

  /** `vocab` is the one source of ids: a word new here is looked up (or added) there, as a string made once. */
  constructor(private readonly vocab: Map<string, number>) {}

  /** The id of `text.slice(start, end).toLowerCase()`, which must be ASCII letters and digits. */
  idOf(text: string, start: number, end: number): number {
    const mask = this.words.length - 1;
    for (let slot = hashOf(text, start, end) & mask; ; slot = (slot + 1) & mask) {
      const word = this.words[slot];
      if (word === undefined) return this.add(slot, text.slice(start, end).toLowerCase());
      if (sameWord(word, text, start, end)) return this.ids[slot]!;
    }
  }

  private add(slot: number, word: string): number {
    let id = this.vocab.get(word);
    if (id === undefined) this.vocab.set(word, (id = this.vocab.size));
    this.words[slot] = word;
    this.ids[slot] = id;
    if (++this.count * 2 > this.words.length) this.grow();
    return id;
  }

  /** Twice the slots, every word placed again (kept at most half full). */
  private grow(): void {
    const { words, ids } = this;
    this.words = new Array<string | undefined>(words.length * 2);
    this.ids = new Int32Array(words.length * 2);
    this.count = 0;
    words.forEach((word, slot) => {
      if (word !== undefined) this.place(word, ids[slot]!);
    });
  }

  private place(word: string, id: number): void {
    const mask = this.words.length - 1;
    let slot = hashOf(word, 0, word.length) & mask;
    while (this.words[slot] !== undefined) slot = (slot + 1) & mask;
    this.words[slot] = word;
    this.ids[slot] = id;
    this.count++;
  }
}

/** `| 0x20` lower-cases an ASCII letter and leaves a digit (and a stored, lower-case word) as it is. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ (text.charCodeAt(i) | 0x20), 0x01000193);
  return hash;
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== (text.charCodeAt(start + i) | 0x20)) return false;
  return true;
}
