import { describe, expect, it } from 'vitest';
import { isEarlier, publishedTime } from '../../../utils/quotes/arrival';
import { c } from './helpers';

describe('publishedTime', () => {
  it('reads lemmy-ui’s English tooltip, with its offset and a 12-hour clock', () => {
    expect(publishedTime('Saturday, November 4th, 2023 at 2:06:08 PM GMT+00:00')).toBe(Date.UTC(2023, 10, 4, 14, 6, 8));
    expect(publishedTime('Saturday, November 4th, 2023 at 12:06:08 AM GMT+01:00')).toBe(Date.UTC(2023, 10, 3, 23, 6, 8));
    expect(publishedTime('Created: Monday, January 1st, 2024 at 9:00:00 AM GMT-05:00')).toBe(Date.UTC(2024, 0, 1, 14));
  });

  it('reads ISO 8601 and the Japanese tooltip', () => {
    expect(publishedTime('2023-11-04T14:06:08Z')).toBe(Date.UTC(2023, 10, 4, 14, 6, 8));
    expect(publishedTime('2023-11-04T14:06:08+02:00')).toBe(Date.UTC(2023, 10, 4, 12, 6, 8));
    expect(publishedTime('2023年11月4日土曜日 14時06分08秒 GMT+00:00')).toBe(Date.UTC(2023, 10, 4, 14, 6, 8));
  });

  it('gives up on month names it does not know, 12-hour words it cannot read, and nonsense', () => {
    for (const text of ['samedi 4 novembre 2023 à 13:52:08 GMT+00:00', 'Samstag, 4. November 2023 um 13:52:08 GMT+00:00', '2023年11月4日星期六 下午2:06:08', 'November 40th, 2023 at 2:06:08 PM', '', null, 42]) {
      expect(publishedTime(text), String(text)).toBeNull();
    }
  });
});

describe('isEarlier', () => {
  const at = (time: string) => `Saturday, November 4th, 2023 at ${time} PM GMT+00:00`;

  it('goes by published time when both are readable and differ, else by id', () => {
    expect(isEarlier(c(9, null, { published: at('1:00:00') }), c(2, null, { published: at('2:00:00') }))).toBe(true);
    expect(isEarlier(c(2, null, { published: at('2:00:00') }), c(9, null, { published: at('1:00:00') }))).toBe(false);
    expect(isEarlier(c(2, null, { published: at('2:00:00') }), c(9, null, { published: at('2:00:00') }))).toBe(true);
    expect(isEarlier(c(9, null, { published: at('1:00:00') }), c(2, null))).toBe(false);
    expect(isEarlier(c(2, null), c(9, null, { published: 'garbled' }))).toBe(true);
  });
});
