// @vitest-environment node
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Page content is untrusted: extension code never hands a string to an HTML
 * parser. The lint (tests/eslint.config.mjs) enforces it; these tests prove the
 * lint both covers every source file and actually reports each kind of sink.
 */
const root = new URL('../../..', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root, overrideConfigFile: 'tests/eslint.config.mjs' });
const SOURCE_DIRS = ['entrypoints', 'components', 'utils'];
// Linting the whole tree takes seconds on a busy two-core machine.
const SLOW = 60_000;
const SINK_RULES = ['no-unsanitized/property', 'no-unsanitized/method', 'no-restricted-syntax', 'no-eval', 'no-implied-eval', 'no-new-func'];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(tsx?|jsx?|mjs)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f));
}

/** Rule ids reported for `code` as if it were a file at `filePath`; a parse error fails the test. */
async function rulesFor(code: string, filePath = 'utils/lemmy/snippet.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  const fatal = result!.messages.filter((m) => m.fatal);
  expect(fatal.map((m) => m.message)).toEqual([]);
  return result!.messages.map((m) => m.ruleId ?? '');
}

describe('no page content is ever inserted as HTML', () => {
  it('lints every source file and finds no HTML sink in any of them', { timeout: SLOW }, async () => {
    const results = await eslint.lintFiles(SOURCE_DIRS);
    const linted = results.map((r) => relative(root, r.filePath)).sort();
    expect(linted).toEqual(SOURCE_DIRS.flatMap(sourceFiles).sort());
    const problems = results.flatMap((r) => r.messages.map((m) => `${relative(root, r.filePath)}:${m.line} ${m.ruleId}: ${m.message}`));
    expect(problems).toEqual([]);
  });

  it.each([
    'el.innerHTML = comment.text;',
    'el["innerHTML"] = comment.text;',
    'el.outerHTML += comment.text;',
    'frame.srcdoc = comment.text;',
    'Object.assign(el, { innerHTML: comment.text });',
    'el.setAttribute("onclick", comment.text);',
    'el.setAttribute("srcdoc", comment.text);',
    'el.insertAdjacentHTML("beforeend", body);',
    'el.setHTMLUnsafe(body);',
    'document.write(x);',
    'document.writeln(x);',
    'range.createContextualFragment(x);',
    'new DOMParser().parseFromString(x, "text/html");',
    'const v = <div dangerouslySetInnerHTML={{ __html: comment.text }} />;',
    'h("div", { dangerouslySetInnerHTML: { __html: comment.text } });',
    'const v = <div innerHTML={comment.text} />;',
    'const v = <iframe srcdoc={comment.text} />;',
    'eval(comment.text);',
    'new Function(comment.text);',
    'setTimeout("show(" + comment.id + ")", 0);',
  ])('reports %s', async (code) => {
    const rules = await rulesFor(code);
    expect(rules.filter((r) => SINK_RULES.includes(r))).not.toEqual([]);
  });

  it.each(SOURCE_DIRS)('applies to new files under %s/', async (dir) => {
    expect(await rulesFor('el.innerHTML = x;', `${dir}/new-file.tsx`)).toContain('no-unsanitized/property');
  });

  it('lets text through: textContent, Preact children, createElement', async () => {
    const safe = 'el.textContent = comment.text; const v = <p title={comment.text}>{comment.text}</p>; document.createElement("p");';
    expect(await rulesFor(safe)).toEqual([]);
    expect(await rulesFor('el.setAttribute("aria-label", comment.text); el.dataset.html = "x";')).toEqual([]);
  });
});
