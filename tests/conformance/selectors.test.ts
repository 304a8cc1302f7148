import { describe, expect, it } from 'vitest';
import * as S from '../../utils/lemmy/selectors';
import { countRows, FIXTURES_ROOT, haveFixtures, readFixture, SELECTOR_COUNTS, type SelectorName } from './selector-counts';

/**
 * Every selector of utils/lemmy/selectors.ts against the real lemmy-ui pages,
 * in happy-dom: each finds the number of elements the page really has
 * (./selector-counts.ts). tests/e2e/selectors.e2e.ts asks Chromium the same.
 */
if (!haveFixtures) console.warn(`[conformance] selectors skipped: ${FIXTURES_ROOT} not found (it exists in CI beside the clone).`);

const selectors: Record<string, string> = { ...S };
const pages = Object.entries(SELECTOR_COUNTS);

describe('the selector table', () => {
  it('has a row for every exported selector, on at least one page', () => {
    const named = new Set(pages.flatMap(([, counts]) => Object.keys(counts).map((key) => key.split(' in ')[0])));
    const missing = (Object.keys(S) as SelectorName[]).filter((name) => !named.has(name));
    expect(missing).toEqual([]);
  });

  it('is read from selectors.ts, whose every export is a selector string', () => {
    expect(Object.keys(S).length).toBeGreaterThan(0);
    for (const name of Object.keys(S)) expect(typeof selectors[name], name).toBe('string');
  });
});

describe.skipIf(!haveFixtures)('selectors on the real lemmy-ui pages (happy-dom)', () => {
  it.each(pages)('%s', (page, counts) => {
    const doc = new DOMParser().parseFromString(readFixture(page), 'text/html');
    const keys = Object.keys(counts);
    expect(keys.length).toBeGreaterThan(0);
    expect(countRows(doc, selectors, keys)).toEqual(counts);
  });
});
