import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../architecture/imports';

/**
 * Every word the interface shows comes from the messages (utils/i18n): no
 * letters in JSX text, nor in a string written into an attribute or prop that
 * people read or hear (aria-label, title, placeholder, alt, …), in any file of
 * components/ or entrypoints/. Symbols (×, ↑, ☰, ◌) and numbers may stay.
 */
const TEXT_PROPS = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
  'term',
  'empty',
  'text',
  'message',
  'caption',
]);

/** Folders still to be converted: none left (issue 21 converted the popup and the options page). */
const NOT_YET_CONVERTED: string[] = [];

const LETTER = /\p{L}/u;

/** String pieces an expression shows as it is: literals, template text, both sides of `a ? b : c`, `a && b`, `a ?? b`, `a + b`. Call arguments are message keys: not shown. */
function shownStrings(node: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) return [node.head, ...node.templateSpans.flatMap((s) => [s.literal, ...shownStrings(s.expression)])];
  if (ts.isParenthesizedExpression(node)) return shownStrings(node.expression);
  if (ts.isConditionalExpression(node)) return [...shownStrings(node.whenTrue), ...shownStrings(node.whenFalse)];
  if (ts.isBinaryExpression(node)) return [...shownStrings(node.left), ...shownStrings(node.right)];
  return [];
}

const textOf = (node: ts.Node): string => (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node) ? node.text : node.getText());

/** "file:line: text" for every word written into the interface of one source file. */
export function hardCodedText(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!LETTER.test(text)) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    found.push(`${file}:${line}: ${text.trim()}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) shownStrings(node.expression).forEach((s) => report(s, textOf(s)));
    else if (ts.isJsxAttribute(node) && TEXT_PROPS.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) report(init, init.text);
      else if (ts.isJsxExpression(init) && init.expression) shownStrings(init.expression).forEach((s) => report(s, textOf(s)));
    } else if (ts.isPropertyAssignment(node) && TEXT_PROPS.has(node.name.getText(sf))) {
      // { label: 'Outline' } handed to a view (tabs, menus).
      shownStrings(node.initializer).forEach((s) => report(s, textOf(s)));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [relative(ROOT, path)] : [];
  });
}

describe('the interface’s words', () => {
  const files = ['components', 'entrypoints'].flatMap((dir) => sourceFiles(join(ROOT, dir)));
  const checked = files.filter((f) => !NOT_YET_CONVERTED.some((dir) => f.startsWith(`${dir}/`)));

  it('are all from the messages, in components/ and entrypoints/', () => {
    expect(checked.length).toBeGreaterThan(30);
    expect(checked.flatMap((f) => hardCodedText(f, readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
  });

  it('exempts only folders that exist (a renamed one is checked, not forgotten)', () => {
    for (const dir of NOT_YET_CONVERTED) expect(files.some((f) => f.startsWith(`${dir}/`)), dir).toBe(true);
  });

  it('would see words in JSX text, in attributes people read, in branches and in props of views', () => {
    const planted = [
      '<p>Hello</p>',
      '<button aria-label="Close" title={`Hide (${key})`} />',
      '<i>{on ? "by score" : t("a.b")}</i>',
      '<Tabs tabs={[{ key: "o", label: "Outline" }]} />',
      '<input placeholder={"Find"} />',
    ].join('\n');
    expect(hardCodedText('x.tsx', planted)).toEqual([
      'x.tsx:1: Hello',
      'x.tsx:2: Close',
      'x.tsx:2: Hide (',
      'x.tsx:3: by score',
      'x.tsx:4: Outline',
      'x.tsx:5: Find',
    ]);
  });

  it('lets symbols, numbers, message calls and names through', () => {
    const fine = '<b class="tl-x" aria-label={t("a.b")} title={name}>×{`+${n}`} ↑ {t("c.d", n)} {user.name}</b>';
    expect(hardCodedText('x.tsx', fine)).toEqual([]);
  });
});
