import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildThread } from '../../../utils/thread/build';
import { sortSiblings } from '../../../utils/thread/outline';
import { fold, parseQuery, searchThread } from '../../../utils/thread/find';
import { foldMapped, joinsPrevious } from '../../../utils/thread/fold';
import { makeComment as c } from '../../support/make-comment';
import { key, mixed, SCRIPTS, withNeighbour, wordOf } from './script-gen';

const thread = buildThread(null, [
  c(1, null, { text: 'The Night Bus ran nearly empty.\nNight buses matter.' }),
  c(2, 1, { text: 'A café au\nlait at the stop', author: { name: 'mara_k', instance: 'lemmy.test', display: 'Mara K.' } }),
  c(3, null, { text: 'Nothing about transport here.', author: { name: 'odile', instance: 'feddit.test', display: 'odile' } }),
  c(4, 3, { text: 'NIGHT owls', author: { name: 'mara_k', instance: 'lemmy.test', display: 'Mara K.' } }),
]);

describe('find in thread', () => {
  it('folds case, accents and whitespace, and maps every folded unit back to the characters it came from', () => {
    expect(fold('Café  AU\nLait')).toBe('cafe  au lait');
    expect(fold('İstanbul ÅNGSTRÖM')).toBe('istanbul angstrom');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const m = foldMapped(s);
        expect(m.text).toBe(fold(s));
        for (let k = 0; k < m.text.length; k++) {
          expect(m.starts[k]).toBeLessThan(m.ends[k]!);
          if (k) expect(m.starts[k]).toBeGreaterThanOrEqual(m.starts[k - 1]!);
          expect(fold(s.slice(m.starts[k], m.ends[k]))).toContain(m.text[k]);
        }
      }),
    );
  });

  it('reads "@name" as a person and the rest as a phrase', () => {
    expect(parseQuery('  @Mara   night  bus ')).toEqual({ phrase: 'night bus', author: 'mara' });
    expect(parseQuery('@odile')).toEqual({ phrase: '', author: 'odile' });
    expect(parseQuery('   ')).toBeNull();
    expect(parseQuery('@')).toEqual({ phrase: '@', author: null });
  });

  it('finds every occurrence, in reading order, with spans on the comment text', () => {
    const hits = searchThread(thread, parseQuery('night')!);
    expect(hits.map((h) => h.id)).toEqual([1, 4]);
    const text = thread.byId.get(1)!.text;
    expect(hits[0]!.spans.map((s) => text.slice(s.start, s.end))).toEqual(['Night', 'Night']);
    // Across a line break and an accent.
    const cafe = searchThread(thread, parseQuery('cafe au lait')!);
    expect(cafe.map((h) => [h.id, thread.byId.get(h.id)!.text.slice(h.spans[0]!.start, h.spans[0]!.end)])).toEqual([[2, 'café au\nlait']]);
  });

  it('narrows to a person by name, display name or name@instance', () => {
    expect(searchThread(thread, parseQuery('@mara')!).map((h) => h.id)).toEqual([2, 4]);
    expect(searchThread(thread, parseQuery('@mara night')!).map((h) => h.id)).toEqual([4]);
    expect(searchThread(thread, parseQuery('@feddit.test')!).map((h) => h.id)).toEqual([3]);
    expect(searchThread(thread, parseQuery('@nobody')!)).toEqual([]);
  });

  it('follows the outline’s sibling order', () => {
    const reversed = sortSiblings(thread, (a, b) => b - a);
    expect(searchThread(reversed, parseQuery('night')!).map((h) => h.id)).toEqual([4, 1]);
  });
});

/** The original text under each span of the hits of `query` in `text`. */
function found(text: string, query: string): string[] {
  const t = buildThread(null, [c(1, null, { text })]);
  return searchThread(t, parseQuery(query)!).flatMap((h) => h.spans.map((s) => text.slice(s.start, s.end)));
}

describe('find in every script', () => {
  it('keeps kana voicing marks: ダイヤ does not find タイヤ, バス does not find パス', () => {
    expect(found('タイヤ ダイヤ', 'ダイヤ')).toEqual(['ダイヤ']);
    expect(found('タイヤ ダイヤ', 'タイヤ')).toEqual(['タイヤ']);
    expect(found('パス バス', 'バス')).toEqual(['バス']);
    expect(found('はは ばば ぱぱ', 'ば')).toEqual(['ば', 'ば']);
    // A voicing mark typed as a combining character is the same letter.
    expect(found('か\u3099いこく', 'がい')).toEqual(['か\u3099い']);
  });

  it('keeps Hangul syllables whole: 한국 does not find 학교', () => {
    expect(found('학교 한국', '한국')).toEqual(['한국']);
    expect(found('학교', '한')).toEqual([]);
    // Spelt in conjoining jamo, it is the same syllable.
    expect(found('\u1112\u1161\u11ab\u1100\u116e\u11a8', '한국')).toEqual(['\u1112\u1161\u11ab\u1100\u116e\u11a8']);
  });

  it('folds width and compatibility forms: abc finds ＡＢＣ, 123 finds １２３', () => {
    expect(found('abc ＡＢＣ Ａbc', 'abc')).toEqual(['abc', 'ＡＢＣ', 'Ａbc']);
    expect(found('123 １２３', '１２３')).toEqual(['123', '１２３']);
    expect(found('ｶﾞｽ代', 'ガス')).toEqual(['ｶﾞｽ']);
  });

  it('puts highlights on the original characters when NFKC changes the length', () => {
    const text = 'ｶﾞｽ ﬁne ①番 İzmir x\u0301y …ok';
    expect(found(text, 'ガ')).toEqual(['ｶﾞ']);
    expect(found(text, 'ス')).toEqual(['ｽ']);
    expect(found(text, 'fine')).toEqual(['ﬁne']);
    expect(found(text, 'i')).toEqual(['ﬁ', 'İ', 'i']); // half of a ligature lights the whole of it
    expect(found(text, '1番')).toEqual(['①番']);
    expect(found(text, 'izmir')).toEqual(['İzmir']);
    expect(found(text, 'xy')).toEqual(['x\u0301y']);
    expect(found(text, '...ok')).toEqual(['…ok']);
  });

  it('still folds Latin accents: café and cafe find each other', () => {
    expect(found('café cafe CAFÉ cafe\u0301', 'cafe')).toEqual(['café', 'cafe', 'CAFÉ', 'cafe\u0301']);
    expect(found('café cafe', 'café')).toEqual(['café', 'cafe']);
    expect(found('Ærø Straße', 'straße')).toEqual(['Straße']);
  });

  it('folds Greek accents and final sigma', () => {
    expect(found('Τα Ελληνικά ΕΛΛΗΝΙΚΑ', 'ελληνικα')).toEqual(['Ελληνικά', 'ΕΛΛΗΝΙΚΑ']);
    expect(found('ΟΔΟΣ οδός', 'οδοσ')).toEqual(['ΟΔΟΣ', 'οδός']);
    expect(found('Ϊ ΐ', 'ι')).toEqual(['Ϊ', 'ΐ']);
  });

  it('folds Cyrillic ё and stress marks, never й, ї, ѓ or ќ', () => {
    expect(found('ёлка Ёлка елка', 'елка')).toEqual(['ёлка', 'Ёлка', 'елка']);
    expect(found('моло́ко молоко', 'молоко')).toEqual(['моло́ко', 'молоко']);
    expect(found('йод', 'иод')).toEqual([]);
    expect(found('иод', 'йод')).toEqual([]);
    expect(found('и\u0306од', 'йод')).toEqual(['и\u0306од']);
    expect(found('їжак', 'іжак')).toEqual([]);
    expect(found('ѓон ќе', 'ке')).toEqual([]);
  });

  it('never makes two different words of CJK, kana, Hangul, Arabic, Hebrew or mixed text equal', () => {
    for (const [name, letter] of Object.entries(SCRIPTS)) {
      fc.assert(
        fc.property(withNeighbour(wordOf(letter)), ([a, b]) => {
          expect(fold(a) === fold(b), `${name}: ${a} / ${b}`).toBe(key(a) === key(b));
        }),
        { numRuns: 300 },
      );
    }
    fc.assert(
      fc.property(withNeighbour(mixed), ([a, b]) => {
        expect(fold(a) === fold(b), `${a} / ${b}`).toBe(key(a) === key(b));
      }),
      { numRuns: 500 },
    );
  });

  it('finds any NFKC variant of a piece of a text, and its highlight folds back to the query, clusters whole', () => {
    fc.assert(
      fc.property(mixed, fc.nat(), fc.nat(), (text, a, b) => {
        const words = text.split(' ');
        const phrase = words.slice(a % words.length, (a % words.length) + 1 + (b % 3)).join(' ');
        const t = buildThread(null, [c(1, null, { text })]);
        const [hit] = searchThread(t, parseQuery(phrase.normalize('NFKC'))!);
        expect(hit).toBeDefined();
        for (const s of hit!.spans) {
          const shown = fold(text.slice(s.start, s.end));
          // A match ending inside a cluster (ء in ءً: a kept mark after it) highlights the whole cluster.
          expect(shown.startsWith(fold(phrase))).toBe(true);
          expect([...shown.slice(fold(phrase).length)].every((ch) => joinsPrevious(ch.codePointAt(0)!))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('highlights the whole cluster a match ends in, never half of it', () => {
    expect(found('ء ءً', 'ء')).toEqual(['ء', 'ءً']);
  });
});
