import { asOrigin } from '../instances/origins';
import { COMMANDS, DEFAULT_KEYS, type Command, type KeyBindings } from './keys';
import { bool, hexColor, int, intOrOff, obj, oneOf, section, type Errors, type Obj } from './validate';

export interface SidebarSettings {
  side: 'left' | 'right';
  width: number;
  layout: 'push' | 'overlay';
}

export interface CollapseSettings {
  /** Replies deeper than this are collapsed when a post opens (0 = top level only); null = show all. */
  defaultDepth: number | null;
  /** Comments scoring below this have their replies collapsed on open; null = off. */
  belowScore: number | null;
  bots: boolean;
  /** Deleted or removed comments. */
  deleted: boolean;
  rememberPerPost: boolean;
  /** Retention of remembered collapsed state: this many posts, for this many days. */
  keepPosts: number;
  keepDays: number;
}

export interface QuoteSettings {
  color: string;
  minWords: number;
  /** Where a quote's source may be looked for (same shape as the quote matcher's options). */
  sources: { parent: boolean; ancestors: boolean; post: boolean; anywhere: boolean };
}

export interface VoteSettings {
  histogram: boolean;
  controversial: boolean;
}

/**
 * Every setting, with its type: one definition the options page renders from,
 * import/export validates against and the content script reads. Where each
 * part is stored (sync or local) is decided in items.ts.
 */
export interface Settings {
  sidebar: SidebarSettings;
  theme: 'auto' | 'light' | 'dark';
  keys: KeyBindings;
  collapse: CollapseSettings;
  quotes: QuoteSettings;
  votes: VoteSettings;
  /** Instances enabled beyond the built-in list, as origins ("https://lemmy.example"). */
  instances: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  sidebar: { side: 'right', width: 320, layout: 'push' },
  theme: 'auto',
  keys: DEFAULT_KEYS,
  // Rules are off by default: opening a post shows what lemmy-ui shows.
  collapse: { defaultDepth: null, belowScore: null, bots: false, deleted: false, rememberPerPost: true, keepPosts: 200, keepDays: 30 },
  quotes: { color: '#ffd54f80', minWords: 3, sources: { parent: true, ancestors: true, post: true, anywhere: true } },
  votes: { histogram: true, controversial: true },
  instances: [],
};

export const WIDTH_MIN = 240;
export const WIDTH_MAX = 640;
export const LIMITS = {
  depth: [0, 20],
  score: [-100_000, 100_000],
  keepPosts: [1, 1000],
  keepDays: [1, 365],
  minWords: [1, 20],
  instances: 500,
} as const;

function parseKeys(raw: unknown, errors: Errors): KeyBindings {
  const given = section(raw, 'keys', errors);
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

function parseSidebar(s: Obj, errors: Errors): SidebarSettings {
  const d = DEFAULT_SETTINGS.sidebar;
  return {
    side: oneOf(s.side, ['left', 'right'] as const, d.side, 'sidebar.side', errors),
    width: int(s.width, WIDTH_MIN, WIDTH_MAX, d.width, 'sidebar.width', errors),
    layout: oneOf(s.layout, ['push', 'overlay'] as const, d.layout, 'sidebar.layout', errors),
  };
}

function parseCollapse(c: Obj, errors: Errors): CollapseSettings {
  const d = DEFAULT_SETTINGS.collapse;
  const n = (key: 'keepPosts' | 'keepDays') => int(c[key], LIMITS[key][0], LIMITS[key][1], d[key], `collapse.${key}`, errors);
  return {
    defaultDepth: intOrOff(c.defaultDepth, ...LIMITS.depth, d.defaultDepth, 'collapse.defaultDepth', errors),
    belowScore: intOrOff(c.belowScore, ...LIMITS.score, d.belowScore, 'collapse.belowScore', errors),
    bots: bool(c.bots, d.bots, 'collapse.bots', errors),
    deleted: bool(c.deleted, d.deleted, 'collapse.deleted', errors),
    rememberPerPost: bool(c.rememberPerPost, d.rememberPerPost, 'collapse.rememberPerPost', errors),
    keepPosts: n('keepPosts'),
    keepDays: n('keepDays'),
  };
}

function parseQuotes(q: Obj, errors: Errors): QuoteSettings {
  const d = DEFAULT_SETTINGS.quotes;
  const s = section(q.sources, 'quotes.sources', errors);
  const source = (key: keyof QuoteSettings['sources']) => bool(s[key], d.sources[key], `quotes.sources.${key}`, errors);
  return {
    color: hexColor(q.color, d.color, 'quotes.color', errors),
    minWords: int(q.minWords, ...LIMITS.minWords, d.minWords, 'quotes.minWords', errors),
    sources: { parent: source('parent'), ancestors: source('ancestors'), post: source('post'), anywhere: source('anywhere') },
  };
}

function parseVotes(v: Obj, errors: Errors): VoteSettings {
  const d = DEFAULT_SETTINGS.votes;
  return {
    histogram: bool(v.histogram, d.histogram, 'votes.histogram', errors),
    controversial: bool(v.controversial, d.controversial, 'votes.controversial', errors),
  };
}

/** Valid, distinct origins; each bad entry is dropped and reported. */
export function parseInstances(raw: unknown, errors: Errors): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    errors.push(`instances: ${JSON.stringify(raw)} is not a list; none kept`);
    return [];
  }
  const kept = new Set<string>();
  raw.forEach((v, i) => {
    const origin = asOrigin(v);
    if (origin) kept.add(origin);
    else errors.push(`instances[${i}]: ${JSON.stringify(v)} is not an http(s) origin; dropped`);
  });
  return [...kept].slice(0, LIMITS.instances);
}

/**
 * Reads settings from anything (storage, an imported file): each field that is
 * valid is kept, each that is not falls back to its default and is reported.
 * Never throws.
 */
export function parseSettings(raw: unknown): { settings: Settings; errors: string[] } {
  const errors: Errors = [];
  const src = obj(raw);
  if (raw !== undefined && raw !== null && src !== raw) errors.push('settings: not an object; defaults used');
  const settings: Settings = {
    sidebar: parseSidebar(section(src.sidebar, 'sidebar', errors), errors),
    theme: oneOf(src.theme, ['auto', 'light', 'dark'] as const, DEFAULT_SETTINGS.theme, 'theme', errors),
    keys: parseKeys(src.keys, errors),
    collapse: parseCollapse(section(src.collapse, 'collapse', errors), errors),
    quotes: parseQuotes(section(src.quotes, 'quotes', errors), errors),
    votes: parseVotes(section(src.votes, 'votes', errors), errors),
    instances: parseInstances(src.instances, errors),
  };
  return { settings, errors };
}
