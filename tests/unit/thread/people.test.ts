import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { people } from '../../../utils/thread/people';

describe('people', () => {
  it('numbers each name@instance once, in order of first sight', () => {
    const p = people();
    expect(p.idOf({ name: 'ada', instance: 'a.org', display: 'Ada' })).toBe(0);
    expect(p.idOf({ name: 'ada', instance: 'b.org', display: 'Ada' })).toBe(1);
    expect(p.idOf({ name: 'bob', instance: 'a.org', display: 'Bob' })).toBe(2);
    expect(p.idOf({ name: 'ada', instance: 'a.org', display: 'someone else' })).toBe(0);
    expect(p.size).toBe(3);
  });

  it('counts as many people as distinct name@instance keys', () => {
    const author = fc.record({ name: fc.string({ maxLength: 3 }), instance: fc.constantFrom('x', 'y', '@', ''), display: fc.string() });
    fc.assert(
      fc.property(fc.array(author), (authors) => {
        const p = people();
        for (const a of authors) p.idOf(a);
        // A key that cannot collide: JSON of the pair, unlike "name@instance" with an "@" in it.
        expect(p.size).toBe(new Set(authors.map((a) => JSON.stringify([a.name, a.instance]))).size);
      }),
    );
  });
});
