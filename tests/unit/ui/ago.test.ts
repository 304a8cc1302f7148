import { describe, expect, it } from 'vitest';
import { ago } from '../../../components/common/ago';

describe('how long ago, in words', () => {
  it('uses the largest whole unit, singular or plural, and never a negative span', () => {
    const now = 1_000_000_000_000;
    expect(ago(now - 20_000, now)).toBe('just now');
    expect(ago(now - 60_000, now)).toBe('1 minute ago');
    expect(ago(now - 3 * 3_600_000 - 59_000, now)).toBe('3 hours ago');
    expect(ago(now - 86_400_000, now)).toBe('1 day ago');
    expect(ago(now - 40 * 86_400_000, now)).toBe('40 days ago');
    expect(ago(now + 5_000, now)).toBe('just now'); // a clock that moved back
  });
});
