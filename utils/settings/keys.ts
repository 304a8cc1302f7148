/** Keyboard commands and their default keys (remappable; see the options page). */
export const COMMANDS = {
  next: 'Next comment',
  prev: 'Previous comment',
  nextSibling: 'Next sibling',
  prevSibling: 'Previous sibling',
  parent: 'Parent comment',
  root: 'Top of this thread',
  nextThread: 'Next top-level thread',
  prevThread: 'Previous top-level thread',
  toggleCollapse: 'Collapse or expand this subthread',
  collapseRoot: 'Collapse this whole thread (its root)',
  nextNew: 'Next comment new since your last visit',
  prevNew: 'Previous new comment',
  nextUnread: 'Next unread comment',
  prevUnread: 'Previous unread comment',
  nextByAuthor: 'Next comment by the same author',
  prevByAuthor: 'Previous comment by the same author',
  nextFollowed: 'Next comment by someone you follow',
  prevFollowed: 'Previous comment by someone you follow',
  unfold: 'Unfold what focus on a linked comment folded',
  search: 'Find in the thread',
  back: 'Back to where you were',
  toggleSidebar: 'Show or hide the sidebar',
  help: 'Show the keys',
} as const;

export type Command = keyof typeof COMMANDS;
export type KeyBindings = Record<Command, string>;

/**
 * Defaults avoid lemmy-ui's own keys (it binds none on post pages) and the
 * browser's; single letters like RES, so they never fire with Ctrl/Alt/Meta.
 */
export const DEFAULT_KEYS: KeyBindings = {
  next: 'j',
  prev: 'k',
  nextSibling: 'J',
  prevSibling: 'K',
  parent: 'p',
  root: 't',
  nextThread: 'n',
  prevThread: 'N',
  toggleCollapse: 'x',
  collapseRoot: 'X',
  nextNew: 'u',
  prevNew: 'U',
  nextUnread: 'r',
  prevUnread: 'R',
  nextByAuthor: 'a',
  prevByAuthor: 'A',
  nextFollowed: 'f',
  prevFollowed: 'F',
  unfold: 'o',
  search: '/',
  back: 'b',
  toggleSidebar: '\\',
  help: '?',
};

/**
 * A key is one character as KeyboardEvent.key gives it (named keys such as
 * "Enter" are not bindable). Whitespace, control, format and lone combining
 * characters are refused: they cannot be seen in the help or typed on their own.
 */
const PRINTABLE = /^[^\p{C}\p{Z}\p{M}\s]$/u;
export const isKeyAllowed = (key: unknown): key is string => typeof key === 'string' && PRINTABLE.test(key);

/** The command other than `except` that is already on `key`, if any. */
export function commandOn(keys: KeyBindings, key: string, except?: Command): Command | null {
  const found = (Object.keys(keys) as Command[]).find((command) => command !== except && keys[command] === key);
  return found ?? null;
}

/**
 * The command bound to the key pressed, or null. Whether the reader is typing
 * is the page's business: the keys feature asks utils/lemmy/events first.
 */
export function commandFor(event: KeyboardEvent, keys: KeyBindings): Command | null {
  if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) return null;
  for (const [command, key] of Object.entries(keys) as [Command, string][]) {
    if (key === event.key) return command;
  }
  return null;
}
