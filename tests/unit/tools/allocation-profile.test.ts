import { describe, expect, it } from 'vitest';
import { attribute, summariseAllocations, type AllocNode } from '../../bench/allocation-profile';

/** A frame of the content script at `file` (the locator below reads the file back from the url's hash). */
const ours = (name: string, file: string, selfSize: number, children: AllocNode[] = []): AllocNode => ({
  callFrame: { functionName: name, url: `chrome-extension://x/content-scripts/lemmy.js#${file}`, lineNumber: 0, columnNumber: 0 },
  selfSize,
  children,
});
const native = (name: string, selfSize: number, children: AllocNode[] = []): AllocNode => ({
  callFrame: { functionName: name, url: '', lineNumber: -1, columnNumber: -1 },
  selfSize,
  children,
});
const locate = (f: AllocNode['callFrame']) => (f.url.includes('lemmy.js#') ? { file: f.url.split('#')[1]!, line: 1 } : null);

describe('allocation profile attribution', () => {
  // A session task reads the thread, whose reader calls a shared helper; quotes index; a control is written.
  const head = native('(root)', 100, [
    ours('task', 'utils/tasks.ts', 0, [
      ours('readThread', 'utils/lemmy/read-thread.ts', 10, [ours('readableText', 'utils/lemmy/text.ts', 20, [native('slice', 40)])]),
      ours('indexText', 'utils/quotes/index-sources.ts', 0, [ours('scanWords', 'utils/quotes/normalize.ts', 300)]),
      ours('apply', 'utils/features/people/page.ts', 0, [ours('control', 'utils/lemmy/people.ts', 7, [ours('readableText', 'utils/lemmy/text.ts', 3)])]),
      ours('render', 'components/outline/Outline.tsx', 0, [ours('h', 'node_modules/preact/dist/preact.module.js', 5)]),
    ]),
  ]);
  const a = attribute(head, locate, 2000);

  it('puts bytes to the innermost frame of ours whose file has a phase; helpers take their caller\'s', () => {
    expect(a.phases).toEqual({ reader: 70, quotes: 300, decoration: 10, 'other ours': 5, 'not ours': 100 });
  });

  it('names the allocating function of ours per phase, a native one counted to its caller', () => {
    const text = 'readableText utils/lemmy/text.ts:1';
    expect(a.functions[`reader ${text}`]).toEqual({ name: text, bytes: 60, phase: 'reader' });
    expect(a.functions[`decoration ${text}`]).toEqual({ name: text, bytes: 3, phase: 'decoration' });
  });

  it('gives medians per 1,000 comments and the largest allocators first', () => {
    const row = summariseAllocations(2000, [a, attribute(head, locate, 1000)], 2);
    expect(row.perThousand.quotes).toBe((150 + 300) / 2);
    expect(row.oursPerThousand).toBe((385 / 2 + 385) / 2);
    expect(row.top.map((t) => t.name)).toEqual(['scanWords utils/quotes/normalize.ts:1', 'readableText utils/lemmy/text.ts:1']);
  });
});
