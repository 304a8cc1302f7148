import { describe, expect, it } from 'vitest';
import { compareControversy, isControversial, minority } from '../../../utils/votes/controversy';

describe('the controversy rule', () => {
  it.each([
    [5, 5, true],
    [15, 5, true],
    [16, 5, false], // 5 is less than a third of 16
    [4, 4, false], // too few votes on each side
    [12, 31, true],
    [200, 12, false],
    [0, 50, false],
  ])('%i up / %i down → %s', (up, down, yes) => {
    expect(isControversial(up, down)).toBe(yes);
  });

  it('ranks controversial votes first, then by the size of the minority', () => {
    const list = [
      { up: 200, down: 40 }, // not controversial (40 < 200/3), big minority
      { up: 10, down: 12 },
      { up: 30, down: 21 },
    ];
    expect([...list].sort(compareControversy)).toEqual([list[2], list[1], list[0]]);
    expect(minority(3, 0)).toBe(0);
  });
});
