import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

type AxeResult = { violations: { id: string; nodes: { target: unknown }[] }[]; passes: unknown[] };

/**
 * axe-core's violations in part of the page (by default the whole sidebar,
 * shadow root included), one line each with the elements' selectors.
 */
export async function axeViolations(page: Page, include: unknown = [['threadlens-sidebar']]): Promise<string[]> {
  // Evaluated, not added as a <script>: the extension's own pages forbid inline scripts (CSP), devtools' evaluation is not bound by it.
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResult> } }).axe;
    const result = await axe.run({ include }, { resultTypes: ['violations'] });
    // No passing rule would mean the selector missed and nothing was checked.
    if (result.passes.length === 0) return ['nothing checked'];
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, include);
}
