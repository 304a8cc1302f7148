import { scanWords } from './normalize';
import type { SpanVocab } from './span-vocab';

/**
 * A text's words into a buffer reused from text to text, four columns (id, start, end, paragraph),
 * the sinks made once: indexing a 10,000-comment thread makes no closure per comment nor string per
 * plain word (docs/performance.md, "Garbage per 1,000 comments").
 */
export class WordColumns {
  private buf = new Int32Array(4096);
  private cap = 0;
  private text = '';
  /** Words of the last text read. */
  n = 0;

  constructor(
    private readonly vocab: Map<string, number>,
    private readonly plain: SpanVocab,
  ) {}

  read(text: string): void {
    // At most one word per character.
    if (this.buf.length < 4 * (text.length + 1)) this.buf = new Int32Array(4 * (text.length + 1));
    this.cap = text.length + 1;
    this.text = text;
    this.n = 0;
    scanWords(text, this.onWord, this.onPlain);
  }

  /** The last text's columns in one allocation: thousands of small sources make allocation count matter. */
  store(): Int32Array {
    const { n, cap, buf } = this;
    const store = new Int32Array(4 * n);
    // A loop, not set() from a view of each column: four objects fewer per text.
    for (let c = 0; c < 4; c++) for (let i = 0, from = c * cap, to = c * n; i < n; i++) store[to + i] = buf[from + i]!;
    return store;
  }

  private put(id: number, start: number, end: number, para: number): void {
    const { buf, cap, n } = this;
    buf[n] = id;
    buf[cap + n] = start;
    buf[2 * cap + n] = end;
    buf[3 * cap + n] = para;
    this.n = n + 1;
  }

  private readonly onWord = (word: string, start: number, end: number, para: number) => {
    let id = this.vocab.get(word);
    if (id === undefined) this.vocab.set(word, (id = this.vocab.size));
    this.put(id, start, end, para);
  };

  private readonly onPlain = (start: number, end: number, para: number) => this.put(this.plain.idOf(this.text, start, end), start, end, para);
}
