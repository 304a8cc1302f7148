import { asOrigin } from './origin';
import { DEFAULT_KEYS, type KeyBindings } from './keys';
import { readKeys } from './keymap';
import { instancesThatFit } from './quota';
import { bool, group, hexColor, int, intOrOff, obj, oneOf, section, show, type Errors, type Field } from './validate';

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
  /** Replies with nothing new since the last visit (./new-comments-store): only new comments and the path to them stay open. */
  withoutNew: boolean;
  rememberPerPost: boolean;
  /** On a context view (`/post/P/C`, `/comment/C`), fold every subthread off the linked comment's path (utils/features/focus). */
  focusLinked: boolean;
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

export interface NewCommentSettings {
  /** Remember each post's last visit and mark comments that arrived since. */
  mark: boolean;
}

/** Loading every comment of a post from its own instance's public API (see the "Load the whole thread" command). */
export interface WholeThreadSettings {
  /** Start the load by itself when a post opens; off, nothing is requested unless the reader asks. */
  auto: boolean;
  /** The largest post, by its comment count, loaded by itself. */
  upTo: number;
}

/** Read state per comment (utils/settings/reading-store): kept locally, forgotten when turned off. */
export interface ReadingSettings {
  /** Mark comments read as they are read, and show what is left. */
  track: boolean;
  /** Mark unread comments in the page too (the outline always does). */
  markInPage: boolean;
  /** What is collapsed when a post with read comments opens again. */
  collapseOnOpen: 'none' | 'read' | 'unread';
  /** Posts not read for this many days are forgotten. */
  keepDays: number;
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
  newComments: NewCommentSettings;
  wholeThread: WholeThreadSettings;
  reading: ReadingSettings;
  /** Instances enabled beyond the built-in list, as origins ("https://lemmy.example"). */
  instances: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  sidebar: { side: 'right', width: 320, layout: 'push' },
  theme: 'auto',
  keys: DEFAULT_KEYS,
  // Rules are off by default: opening a post shows what lemmy-ui shows.
  collapse: { defaultDepth: null, belowScore: null, bots: false, deleted: false, withoutNew: false, rememberPerPost: true, focusLinked: true, keepPosts: 200, keepDays: 30 },
  quotes: { color: '#ffd54f80', minWords: 3, sources: { parent: true, ancestors: true, post: true, anywhere: true } },
  votes: { histogram: true, controversial: true },
  newComments: { mark: true },
  // Off: no request to the instance is made unless the reader asks for one.
  wholeThread: { auto: false, upTo: 2000 },
  reading: { track: true, markInPage: false, collapseOnOpen: 'none', keepDays: 90 },
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
  wholeThreadUpTo: [100, 50_000],
  readKeepDays: [1, 3650],
} as const;

/** Valid, distinct origins, as many as given; each bad entry is dropped and reported. */
export function parseInstances(raw: unknown, errors: Errors): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    errors.push(`instances: ${show(raw)} is not a list; none kept`);
    return [];
  }
  const kept = new Set<string>();
  raw.forEach((v, i) => {
    const origin = asOrigin(v);
    if (origin) kept.add(origin);
    else errors.push(`instances[${i}]: ${show(v)} is not an http(s) origin; dropped`);
  });
  return [...kept];
}

/**
 * Stored instances: a list over sync's item quota cannot have been written by
 * this version (sync refuses the write), so only its first origins that fit are
 * kept, and the rest reported.
 */
export function parseStoredInstances(raw: unknown, errors: Errors, name = 'instances'): string[] {
  const list = parseInstances(raw, errors);
  const fit = instancesThatFit(list);
  if (fit < list.length) errors.push(`${name}: ${list.length} listed, more than sync storage holds; the first ${fit} kept`);
  return list.slice(0, fit);
}

/** How each setting is read, in the order of Settings (errors are reported in this order). */
const readSettings = group<Settings>({
  sidebar: group({ side: oneOf('left', 'right'), width: int(WIDTH_MIN, WIDTH_MAX), layout: oneOf('push', 'overlay') }),
  theme: oneOf('auto', 'light', 'dark'),
  keys: readKeys,
  collapse: group({
    defaultDepth: intOrOff(...LIMITS.depth),
    belowScore: intOrOff(...LIMITS.score),
    bots: bool,
    deleted: bool,
    withoutNew: bool,
    rememberPerPost: bool,
    focusLinked: bool,
    keepPosts: int(...LIMITS.keepPosts),
    keepDays: int(...LIMITS.keepDays),
  }),
  quotes: group({
    color: hexColor,
    minWords: int(...LIMITS.minWords),
    sources: group({ parent: bool, ancestors: bool, post: bool, anywhere: bool }),
  }),
  votes: group({ histogram: bool, controversial: bool }),
  newComments: group({ mark: bool }),
  wholeThread: group({ auto: bool, upTo: int(...LIMITS.wholeThreadUpTo) }),
  reading: group({ track: bool, markInPage: bool, collapseOnOpen: oneOf('none', 'read', 'unread'), keepDays: int(...LIMITS.readKeepDays) }),
  instances: (raw, _fallback, name, errors) => parseStoredInstances(raw, errors, name),
});

/**
 * Reads settings from anything (storage, an imported file): each field that is
 * valid is kept, each that is not falls back to its default and is reported.
 * Never throws.
 */
export function parseSettings(raw: unknown): { settings: Settings; errors: string[] } {
  const errors: Errors = [];
  const src = obj(raw);
  if (raw !== undefined && raw !== null && src !== raw) errors.push('settings: not an object; defaults used');
  return { settings: readSettings(src, DEFAULT_SETTINGS, '', errors), errors };
}
