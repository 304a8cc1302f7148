import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, tokenize } from '../../../utils/quotes';
import { key, mixed, SCRIPTS, withNeighbour, wordOf } from '../thread/script-gen';

describe('quote normalisation in every script', () => {
  it('never makes two different words of CJK, kana, Hangul, Arabic, Hebrew or mixed text equal', () => {
    for (const [name, letter] of Object.entries(SCRIPTS)) {
      fc.assert(
        fc.property(withNeighbour(wordOf(letter)), ([a, b]) => {
          if (normalizeText(a) === normalizeText(b)) expect(key(normalizeText(a)), `${name}: ${a} / ${b}`).toBe(key(normalizeText(b)));
          if (normalizeText(a) === normalizeText(b)) expect(key(a).replace(/\s/g, ''), `${name}: ${a} / ${b}`).toBe(key(b).replace(/\s/g, ''));
        }),
        { numRuns: 300 },
      );
    }
    fc.assert(
      fc.property(withNeighbour(mixed), ([a, b]) => {
        if (normalizeText(a) === normalizeText(b)) expect(key(a).replace(/\s/g, ''), `${a} / ${b}`).toBe(key(b).replace(/\s/g, ''));
      }),
      { numRuns: 500 },
    );
  });

  it('gives every word the characters it came from, in every script', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        for (const w of tokenize(text)) expect(normalizeText(text.slice(w.start, w.end))).toBe(w.text);
        expect(normalizeText(text)).toBe(normalizeText(text.normalize('NFKC')));
      }),
      { numRuns: 500 },
    );
  });
});
