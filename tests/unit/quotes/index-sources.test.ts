import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexSources, readingOrder, wordEnd, wordPara, wordStart } from '../../../utils/quotes/index-sources';
import { buildThread, isBuiltTree } from '../../../utils/thread/build';
import { tokenize } from '../../../utils/quotes/normalize';
import { c, thread } from './helpers';

const word = fc.constantFrom('fox', 'Dog', 'river', 'bank', 'über', 'naïve', '42', 'the');
const separator = fc.constantFrom(' ', ', ', '. ', '\n', '\n\n', ' — ');
const text = fc.array(fc.tuple(word, separator), { maxLength: 40 }).map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('indexSources', () => {
  it("gives every source's words their ids, offsets and paragraphs, as tokenize reads them", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.boolean()), { minLength: 1, maxLength: 12 }), (texts) => {
        // Each comment replies to the one before; some quote a line of their parent.
        const comments = texts.map(([body, quotes], i) => {
          const quoted = i > 0 && quotes ? (texts[i - 1]![0].split('\n')[0] ?? '') : '';
          return c(i + 1, i ? i : null, { text: quoted ? `${quoted}\n${body}` : body, quotes: quoted ? [quoted] : [] });
        });
        const t = thread('The post, its own words.', comments);
        const index = indexSources(t);
        for (const source of index.sources) {
          const tokens = tokenize(source.text);
          expect(source.words.length).toBe(tokens.length);
          tokens.forEach((token, i) => {
            expect(source.words[i]).toBe(index.vocab.get(token.text));
            expect([wordStart(source, i), wordEnd(source, i), wordPara(source, i)]).toEqual([token.start, token.end, token.para]);
          });
        }
        // A source without quotes of its own has nothing blocked, whatever the sources after it blocked.
        for (const [id, at] of index.byComment) {
          const source = index.sources[at]!;
          if (t.byId.get(id)!.quotes.length) continue;
          expect([...source.blocked.subarray(0, source.words.length)].every((b) => b === 0)).toBe(true);
        }
      }),
    );
  });

  it("blocks the words of a comment's own quote, and only there", () => {
    const t = thread(null, [c(1, null, { text: 'the quick brown fox' }), c(2, 1, { text: 'quick brown\nnice fox', quotes: ['quick brown'] })]);
    const index = indexSources(t);
    const reply = index.sources[index.byComment.get(2)!]!;
    expect([...reply.blocked.subarray(0, reply.words.length)]).toEqual([1, 1, 0, 0]);
    const parent = index.sources[index.byComment.get(1)!]!;
    expect([...parent.blocked.subarray(0, parent.words.length)]).toEqual([0, 0, 0, 0]);
  });

  it("reads a built thread in the order a careful walk of a hand-made copy gives, whatever the parents", () => {
    // Parents anywhere among 12 ids: missing, itself, a later comment, a loop.
    const parents = fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.option(fc.integer({ min: 0, max: 13 }))), { maxLength: 30 });
    fc.assert(
      fc.property(parents, (pairs) => {
        const built = buildThread(null, pairs.map(([id, parent]) => c(id, parent ?? null)));
        const copy = { ...built, children: new Map(built.children) };
        expect(isBuiltTree(built) && !isBuiltTree(copy)).toBe(true);
        expect(readingOrder(built)).toEqual(readingOrder(copy));
        expect([...readingOrder(built)].sort((a, b) => a - b)).toEqual([...built.byId.keys()].sort((a, b) => a - b));
      }),
    );
  });
});
