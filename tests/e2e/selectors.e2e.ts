import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as S from '../../utils/lemmy/selectors';
import { countRows, FIXTURES_ROOT, haveFixtures, readFixture, SELECTOR_COUNTS } from '../conformance/selector-counts';
import { CHROMIUM } from './browser';
import { serveFixtures, type FixtureServer } from './server';

/**
 * The selector table of tests/conformance/selector-counts.ts in Chromium's own
 * parser and selector engine: the real lemmy-ui pages served on 127.0.0.1 and
 * opened in a plain page, without the extension. Their scripts are kept from
 * running (a CSP), so the DOM is the HTML as parsed, as in happy-dom.
 */
if (!haveFixtures) console.warn(`[e2e] selectors skipped: ${FIXTURES_ROOT} not found (it exists in CI beside the clone).`);

const pages = Object.entries(SELECTOR_COUNTS);
const selectors: Record<string, string> = { ...S };
let server: FixtureServer;
let browser: Browser;

describe.skipIf(!haveFixtures)('selectors on the real lemmy-ui pages (Chromium)', () => {
  beforeAll(async () => {
    const headers = { 'content-security-policy': "script-src 'none'" };
    server = await serveFixtures(Object.fromEntries(pages.map(([page]) => [`/${page}`, { body: readFixture(page), headers }])));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(pages)('%s', async (page, counts) => {
    const tab = await browser.newPage();
    await tab.goto(`${server.origin}/${page}`, { waitUntil: 'domcontentloaded' });
    // The same counting function as happy-dom's test, run in the page.
    const script = `(${countRows.toString()})(document, ${JSON.stringify(selectors)}, ${JSON.stringify(Object.keys(counts))})`;
    expect(await tab.evaluate(script)).toEqual(counts);
    await tab.close();
  });
});
