import { describe, expect, it } from 'vitest';
import { forgetMeasures, measured } from '../../../utils/measure';

describe('our measures on the page’s timeline', () => {
  it('are taken off when a session ends, and the page’s own are left', () => {
    performance.clearMeasures();
    for (let i = 0; i < 3; i++) measured('parse', () => i);
    measured('publish', () => 0);
    performance.measure('page:own', { start: 0, end: 1 });
    expect(performance.getEntriesByType('measure')).toHaveLength(5);
    forgetMeasures();
    expect(performance.getEntriesByType('measure').map((e) => e.name)).toEqual(['page:own']);
  });
});
