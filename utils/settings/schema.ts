import { COMMANDS, DEFAULT_KEYS, type Command, type KeyBindings } from './keys';

/** Every setting, with its type. One definition; the options page renders from it. */
export interface Settings {
  sidebar: { side: 'left' | 'right'; width: number; layout: 'push' | 'overlay' };
  theme: 'auto' | 'light' | 'dark';
  keys: KeyBindings;
  collapse: { rememberPerPost: boolean };
  quotes: { color: string; minWords: number };
}

export const DEFAULT_SETTINGS: Settings = {
  sidebar: { side: 'right', width: 320, layout: 'push' },
  theme: 'auto',
  keys: DEFAULT_KEYS,
  collapse: { rememberPerPost: true },
  quotes: { color: '#ffd54f80', minWords: 3 },
};

export const WIDTH_MIN = 240;
export const WIDTH_MAX = 640;

type Errors = string[];
type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});

function oneOf<T extends string>(v: unknown, allowed: readonly T[], fallback: T, name: string, errors: Errors): T {
  if (v === undefined) return fallback;
  if (allowed.includes(v as T)) return v as T;
  errors.push(`${name}: ${JSON.stringify(v)} is not one of ${allowed.join(', ')}`);
  return fallback;
}

function int(v: unknown, min: number, max: number, fallback: number, name: string, errors: Errors): number {
  if (v === undefined) return fallback;
  if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return v;
  errors.push(`${name}: ${JSON.stringify(v)} is not a whole number from ${min} to ${max}`);
  return fallback;
}

function bool(v: unknown, fallback: boolean, name: string, errors: Errors): boolean {
  if (v === undefined) return fallback;
  if (typeof v === 'boolean') return v;
  errors.push(`${name}: ${JSON.stringify(v)} is not true or false`);
  return fallback;
}

const COLOR = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

function parseKeys(raw: unknown, errors: Errors): KeyBindings {
  const given = obj(raw);
  const keys = { ...DEFAULT_KEYS };
  for (const command of Object.keys(COMMANDS) as Command[]) {
    const v = given[command];
    if (v === undefined) continue;
    if (typeof v === 'string' && [...v].length === 1) keys[command] = v;
    else errors.push(`keys.${command}: ${JSON.stringify(v)} is not a single key`);
  }
  const seen = new Map<string, Command>();
  for (const command of Object.keys(keys) as Command[]) {
    const other = seen.get(keys[command]);
    if (other) {
      errors.push(`keys.${command}: "${keys[command]}" is already ${other}; default restored`);
      keys[command] = DEFAULT_KEYS[command];
    }
    seen.set(keys[command], command);
  }
  return keys;
}

/**
 * Reads settings from anything (storage, an imported file): each field that is
 * valid is kept, each that is not falls back to its default and is reported.
 * Never throws.
 */
export function parseSettings(raw: unknown): { settings: Settings; errors: string[] } {
  const errors: Errors = [];
  const d = DEFAULT_SETTINGS;
  const src = obj(raw);
  if (raw !== undefined && raw !== null && src !== raw) errors.push('settings: not an object; defaults used');
  const sidebar = obj(src.sidebar);
  const collapse = obj(src.collapse);
  const quotes = obj(src.quotes);
  const color = quotes.color;
  const settings: Settings = {
    sidebar: {
      side: oneOf(sidebar.side, ['left', 'right'] as const, d.sidebar.side, 'sidebar.side', errors),
      width: int(sidebar.width, WIDTH_MIN, WIDTH_MAX, d.sidebar.width, 'sidebar.width', errors),
      layout: oneOf(sidebar.layout, ['push', 'overlay'] as const, d.sidebar.layout, 'sidebar.layout', errors),
    },
    theme: oneOf(src.theme, ['auto', 'light', 'dark'] as const, d.theme, 'theme', errors),
    keys: parseKeys(src.keys, errors),
    collapse: { rememberPerPost: bool(collapse.rememberPerPost, d.collapse.rememberPerPost, 'collapse.rememberPerPost', errors) },
    quotes: {
      color: color === undefined ? d.quotes.color : typeof color === 'string' && COLOR.test(color) ? color : (errors.push(`quotes.color: ${JSON.stringify(color)} is not a #hex colour`), d.quotes.color),
      minWords: int(quotes.minWords, 1, 20, d.quotes.minWords, 'quotes.minWords', errors),
    },
  };
  return { settings, errors };
}
