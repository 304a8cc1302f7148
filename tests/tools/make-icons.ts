/**
 * Renders the toolbar icon (an SVG of our own: a thread outline) to the PNG
 * sizes the manifest lists, with Debian's Chromium. Run once when the icon
 * changes: `npx tsx tests/tools/make-icons.ts`; the PNGs are committed in public/icon/.
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../e2e/browser';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="7" fill="#2f6fb7"/>
  <g fill="#fff">
    <rect x="6" y="7" width="16" height="3.2" rx="1.6"/>
    <rect x="10" y="13" width="14" height="3.2" rx="1.6"/>
    <rect x="14" y="19" width="12" height="3.2" rx="1.6"/>
    <rect x="10" y="25" width="10" height="3.2" rx="1.6" opacity=".7"/>
  </g>
  <g fill="#ffd54f"><circle cx="7.6" cy="14.6" r="1.6"/><circle cx="11.6" cy="20.6" r="1.6"/></g>
</svg>`;

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: resolve(import.meta.dirname, `../../public/icon/${size}.png`), omitBackground: true });
}
await browser.close();
