import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildThread } from '../../../utils/thread/build';
import { sortSiblings } from '../../../utils/thread/outline';
import { fold, parseQuery, searchThread } from '../../../utils/thread/find';
import { makeComment as c } from '../../support/make-comment';

const thread = buildThread(null, [
  c(1, null, { text: 'The Night Bus ran nearly empty.\nNight buses matter.' }),
  c(2, 1, { text: 'A café au\nlait at the stop', author: { name: 'mara_k', instance: 'lemmy.test', display: 'Mara K.' } }),
  c(3, null, { text: 'Nothing about transport here.', author: { name: 'odile', instance: 'feddit.test', display: 'odile' } }),
  c(4, 3, { text: 'NIGHT owls', author: { name: 'mara_k', instance: 'lemmy.test', display: 'Mara K.' } }),
]);

describe('find in thread', () => {
  it('folds case, accents and whitespace without moving any offset', () => {
    expect(fold('Café  AU\nLait')).toBe('cafe  au lait');
    expect(fold('İstanbul ÅNGSTRÖM')).toBe('istanbul angstrom');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(fold(s)).toHaveLength(s.length);
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
