// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = new URL('../../..', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root, overrideConfigFile: 'tests/eslint.config.mjs' });

const lintSnippet = async (code: string) => {
  const [result] = await eslint.lintText(code, { filePath: 'utils/lemmy/snippet.tsx' });
  return result!.messages.map((m) => m.ruleId);
};

describe('no page content is ever inserted as HTML', () => {
  it('extension code has no HTML sinks (innerHTML, insertAdjacentHTML, dangerouslySetInnerHTML, …)', async () => {
    const results = await eslint.lintFiles(['entrypoints', 'components', 'utils']);
    const problems = results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line} ${m.message}`));
    expect(results.length).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  it.each([
    'el.innerHTML = comment.text;',
    'el.insertAdjacentHTML("beforeend", body);',
    'document.write(x);',
    'const v = <div dangerouslySetInnerHTML={{ __html: comment.text }} />;',
  ])('the lint catches %s', async (code) => {
    expect((await lintSnippet(code)).length).toBeGreaterThan(0);
  });
});
