import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOBODY, people } from '../../../utils/thread/people';

describe('people', () => {
  it('numbers each name@instance once, in order of first sight', () => {
    const p = people();
    expect(p.idOf({ name: 'ada', instance: 'a.org', display: 'Ada' })).toBe(0);
    expect(p.idOf({ name: 'ada', instance: 'b.org', display: 'Ada' })).toBe(1);
    expect(p.idOf({ name: 'bob', instance: 'a.org', display: 'Bob' })).toBe(2);
    expect(p.idOf({ name: 'ada', instance: 'a.org', display: 'someone else' })).toBe(0);
    expect(p.size).toBe(3);
  });

  it('counts as many people as distinct name@instance keys of named authors', () => {
    const author = fc.record({ name: fc.string({ maxLength: 3 }), instance: fc.constantFrom('x', 'y', '@', ''), display: fc.string() });
    fc.assert(
      fc.property(fc.array(author), (authors) => {
        const p = people();
        for (const a of authors) p.idOf(a);
        // A key that cannot collide: JSON of the pair, unlike "name@instance" with an "@" in it.
        const named = authors.filter((a) => a.name !== '');
        expect(p.size).toBe(new Set(named.map((a) => JSON.stringify([a.name, a.instance]))).size);
      }),
    );
  });

  it('does not count an author the page did not name (no author element) as a person', () => {
    const p = people();
    p.idOf({ name: 'ada', instance: 'a.org', display: 'Ada' });
    expect(p.idOf({ name: '', instance: 'a.org', display: '' })).toBe(NOBODY);
    expect(p.size).toBe(1);
  });
});
