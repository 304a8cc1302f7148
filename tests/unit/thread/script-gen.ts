import fc from 'fast-check';

/**
 * Words of scripts whose marks are part of the letter: folding must never make
 * two of them equal unless they are equal after NFKC and lower-casing. Each
 * generator also yields near neighbours (one code point away, a voicing mark
 * added or taken away), the pairs a careless fold merges.
 */

const range = (from: number, to: number) => fc.integer({ min: from, max: to }).map((cp) => String.fromCodePoint(cp));

/** CJK unified ideographs, with a few of extension B (two UTF-16 units). */
export const ideograph = fc.oneof({ weight: 9, arbitrary: range(0x4e00, 0x9fff) }, { weight: 1, arbitrary: range(0x20000, 0x2a6df) });

/** Hiragana and katakana, precomposed (が, パ) or with a combining voicing mark (か + U+3099), or halfwidth (ｶﾞ). */
export const kana = fc.oneof(
  range(0x3041, 0x3096),
  range(0x30a1, 0x30fa),
  fc.tuple(fc.oneof(range(0x304b, 0x3062), range(0x30ab, 0x30c2), range(0x306f, 0x307d), range(0x30cf, 0x30dd)), fc.constantFrom('\u3099', '\u309a')).map(([k, m]) => k + m),
  fc.tuple(range(0xff66, 0xff9d), fc.constantFrom('', '\uff9e', '\uff9f')).map(([k, m]) => k + m),
);

/** Hangul syllables, and now and then one spelt out in conjoining jamo (ᄒ + ᅡ + ᆫ = 한). */
export const hangul = fc.oneof(
  { weight: 4, arbitrary: range(0xac00, 0xd7a3) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(range(0x1100, 0x1112), range(0x1161, 0x1175), fc.option(range(0x11a8, 0x11c2), { nil: '' }))
      .map(([l, v, t]) => l + v + t),
  },
);

/** Arabic letters with or without harakat, Hebrew letters with or without niqqud. */
export const rtl = fc.oneof(
  fc.tuple(range(0x0621, 0x064a), fc.option(range(0x064b, 0x0652), { nil: '' })).map(([l, m]) => l + m),
  fc.tuple(range(0x05d0, 0x05ea), fc.option(range(0x05b0, 0x05bc), { nil: '' })).map(([l, m]) => l + m),
);

const latin = range(0x61, 0x7a);

/** A word of one script. */
export function wordOf(letter: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.array(letter, { minLength: 1, maxLength: 6 }).map((ls) => ls.join(''));
}

export const SCRIPTS = { ideograph, kana, hangul, rtl } as const;

/** Several words of any of these scripts (and plain Latin), one script a word, separated by spaces. */
export const mixed = fc.array(fc.oneof(wordOf(ideograph), wordOf(kana), wordOf(hangul), wordOf(rtl), wordOf(latin)), { minLength: 1, maxLength: 5 }).map((ws) => ws.join(' '));

/** A text and a neighbour of it: one code point moved by a little, or a voicing mark put on or taken off. */
export function withNeighbour(text: fc.Arbitrary<string>): fc.Arbitrary<[string, string]> {
  return fc.tuple(text, fc.nat(), fc.integer({ min: -30, max: 30 }), fc.constantFrom('move', 'mark', 'unmark')).map(([t, at, by, how]) => {
    const cps = [...t];
    const i = at % cps.length;
    const cp = cps[i]!.codePointAt(0)!;
    if (how === 'mark') cps[i] = cp < 0x250 ? cps[i]! : cps[i]! + '\u3099'; // Latin accents fold, by design
    else if (how === 'unmark') cps[i] = cps[i]!.normalize('NFD').replace(/[\u3099\u309a\u064b-\u0652\u05b0-\u05bc]/gu, '') || cps[i]!;
    else if (cp !== 0x20 && cp + by > 0x20) cps[i] = String.fromCodePoint(cp + by);
    return [t, cps.join('')];
  });
}

/** What two texts of these scripts must agree on to fold alike: NFKC, then lower case. */
export function key(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
