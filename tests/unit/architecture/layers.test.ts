import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectImports, ROOT, type Import } from './imports';

/**
 * The house plan (docs/architecture.md), top floor first. A file may import
 * from its own room or from any room on a lower floor, never upwards and never
 * sideways into another room of its floor, except where rooms of one floor are
 * meant to use each other (components; the feature folders and their
 * registry), and there without a loop.
 */
const FLOORS: readonly (readonly string[])[] = [
  ['entrypoints'],
  ['components'],
  ['utils/features'],
  ['utils/session'],
  ['utils/lemmy', 'utils/instances'],
  ['utils/settings'],
  ['utils/quotes', 'utils/votes', 'utils/reading'],
  ['utils/thread'],
  ['utils'],
  ['utils/i18n'],
];
const SIDEWAYS_ALLOWED = new Set(['components', 'utils/features']);

/** The room of a file: its folder under components/ or utils/, a feature's own folder, or utils/ for the shared files. */
export function roomOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'entrypoints') return 'entrypoints';
  if (parts[0] === 'utils' && parts[1] === 'features') return parts.length > 3 ? parts.slice(0, 3).join('/') : 'utils/features';
  return parts.length > 2 ? parts.slice(0, 2).join('/') : parts[0]!;
}

function floorOf(room: string): { floor: number; name: string } {
  const i = FLOORS.findIndex((rooms) => rooms.some((r) => room === r || room.startsWith(`${r}/`)));
  if (i < 0) throw new Error(`${room} is on no floor: add it to FLOORS and docs/architecture.md`);
  const name = FLOORS[i]!.find((r) => room === r || room.startsWith(`${r}/`))!;
  return { floor: i, name };
}

/** Imports that go up a floor, or sideways into another room where that is not allowed. */
function wrongWay(imports: Import[]): string[] {
  return imports.flatMap(({ from, to }) => {
    const [a, b] = [roomOf(from), roomOf(to)];
    if (a === b) return [];
    const [fa, fb] = [floorOf(a), floorOf(b)];
    if (fb.floor > fa.floor) return [];
    if (fb.floor === fa.floor && SIDEWAYS_ALLOWED.has(fa.name)) return [];
    return [`${from} -> ${to}`];
  });
}

/** Loops between rooms, through imports that stay in the built code (type-only ones are erased). */
function loops(imports: Import[]): string[] {
  const edges = new Map<string, Set<string>>();
  for (const { from, to, typeOnly } of imports) {
    const [a, b] = [roomOf(from), roomOf(to)];
    if (a !== b && !typeOnly) edges.set(a, (edges.get(a) ?? new Set()).add(b));
  }
  const found: string[] = [];
  const path: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (room: string) => {
    if (state.get(room) === 'done') return;
    if (state.get(room) === 'open') return void found.push([...path.slice(path.indexOf(room)), room].join(' -> '));
    state.set(room, 'open');
    path.push(room);
    for (const next of edges.get(room) ?? []) visit(next);
    path.pop();
    state.set(room, 'done');
  };
  for (const room of edges.keys()) visit(room);
  return found;
}

describe('the house plan', () => {
  const imports = projectImports();

  it('reads the imports (the check below has something to check)', () => {
    expect(imports.length).toBeGreaterThan(300);
    expect(imports).toContainEqual({ from: 'entrypoints/lemmy.content/app.tsx', to: 'utils/features/registry.ts', typeOnly: false });
  });

  it('puts every room on a floor', () => {
    for (const { from, to } of imports) for (const path of [from, to]) expect(() => floorOf(roomOf(path))).not.toThrow();
  });

  it('has no import that climbs a floor or crosses into a room beside it', () => {
    expect(wrongWay(imports)).toEqual([]);
  });

  it('has no loop between rooms', () => {
    expect(loops(imports)).toEqual([]);
  });

  it('would see a climbing import and a loop (the checks can fail)', () => {
    const up = { from: 'utils/thread/build.ts', to: 'utils/votes/model.ts', typeOnly: false };
    const side = { from: 'utils/lemmy/watch.ts', to: 'utils/instances/live.ts', typeOnly: false };
    expect(wrongWay([up, side])).toEqual(['utils/thread/build.ts -> utils/votes/model.ts', 'utils/lemmy/watch.ts -> utils/instances/live.ts']);
    const a = { from: 'components/outline/Outline.tsx', to: 'components/sidebar/Sidebar.tsx', typeOnly: false };
    const b = { from: 'components/sidebar/Sidebar.tsx', to: 'components/outline/Outline.tsx', typeOnly: false };
    expect(loops([a, b])).toHaveLength(1);
  });
});

describe('the pure rooms say nothing in words', () => {
  /** They give data; the views word it in the reader's language (utils/i18n). */
  const PURE = /^utils\/(thread|quotes|votes)\//;

  const wording = (imports: Import[]) => imports.filter(({ from, to }) => PURE.test(from) && roomOf(to) === 'utils/i18n');

  it('keeps utils/i18n out of utils/thread, utils/quotes and utils/votes', () => {
    expect(wording(projectImports())).toEqual([]);
  });

  it('would see one (the check can fail)', () => {
    expect(wording([{ from: 'utils/votes/format.ts', to: 'utils/i18n/t.ts', typeOnly: false }])).toHaveLength(1);
  });
});

describe('only utils/lemmy touches the host page', () => {
  /** DOM queries and page listeners: features and the session ask utils/lemmy instead. */
  const PAGE_CALLS = /\b(document\.|querySelector(All)?\(|getElementById\(|\.closest\(|getBoundingClientRect\(|defaultView\b|matchMedia\b|elementFromPoint\b)/;
  const files = [...new Set(projectImports().map((i) => i.from))].filter((f) => /^utils\/(features|session)\//.test(f));

  it('finds no page call in utils/features or utils/session', () => {
    expect(files.length).toBeGreaterThan(10);
    const calls = files.flatMap((file) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .map((line, i) => [line, i] as const)
        .filter(([line]) => !/^\s*(\*|\/\/)/.test(line) && PAGE_CALLS.test(line))
        .map(([line, i]) => `${file}:${i + 1}: ${line.trim()}`),
    );
    expect(calls).toEqual([]);
  });
});
