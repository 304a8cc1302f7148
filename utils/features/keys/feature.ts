import type { ReadonlySignal } from '@preact/signals';
import { isTyping, listen } from '../../lemmy/events';
import type { Session } from '../../session/session';
import { commandFor, type Command, type KeyBindings } from '../../settings/keys';
import { plural, t, type MessageKey } from '../../i18n';
import { describeComment } from '../outline/describe';
import { rootOf } from '../../thread/outline';
import type { CommentId } from '../../thread/types';
import { createAnnouncer, type Announcer } from './announcer';

export interface KeysFeature {
  /** Runs a command as its key would; false when it had nowhere to go. */
  run(command: Command): boolean;
  /** Tells screen readers where a jump from the page landed (the sidebar renders it). */
  announcer: Announcer;
}

/** What the keys drive: the other features and the sidebar. */
export interface KeyTargets {
  /** The current bindings (settings apply live). */
  keys(): KeyBindings;
  show(id: CommentId, options?: { jump?: boolean }): void;
  /** Comments new since the last visit, for nextNew/prevNew. */
  newIds(): ReadonlySet<CommentId>;
  /** Comments not read yet, for nextUnread/prevUnread (../reading). */
  unreadIds(): ReadonlySet<CommentId>;
  /** Comments by the same person as `from` (../people), for nextByAuthor/prevByAuthor. */
  sameAuthor(from: CommentId | null): ReadonlySet<CommentId>;
  /** Comments by people the reader follows, for nextFollowed/prevFollowed. */
  followedIds(): ReadonlySet<CommentId>;
  /** Keys typed while the find box is on its way (../find); true when taken. */
  typeAhead(event: KeyboardEvent): boolean;
  /** Opens what focus on a linked comment folded (../focus); false when nothing is folded. */
  unfold(): boolean;
  openFind(): void;
  toggleSidebar(): void;
  toggleHelp(): void;
}

/** Words before the comment for jumps that go far; steps to the next or previous comment need none. */
const FAR_WORDS = {
  parent: 'announce.parent',
  root: 'announce.root',
  nextThread: 'announce.nextThread',
  prevThread: 'announce.prevThread',
  back: 'announce.back',
  nextNew: 'announce.newComment',
  prevNew: 'announce.newComment',
} as const satisfies Partial<Record<Command, MessageKey>>;
const FAR: Partial<Record<Command, (typeof FAR_WORDS)[keyof typeof FAR_WORDS]>> = FAR_WORDS;

/** The reader's keys on the page, never while typing, and what they did said to screen readers. */
export function startKeys(doc: Document, session: Session, inView: ReadonlySignal<CommentId | null>, to: KeyTargets): KeysFeature {
  const { outline, model } = session;
  const announcer = createAnnouncer();
  const run = (command: Command): boolean => {
    const current = outline.selected.value ?? inView.value;
    switch (command) {
      case 'toggleSidebar':
        to.toggleSidebar();
        return true;
      case 'help':
        to.toggleHelp();
        return true;
      case 'search':
        to.openFind();
        return true;
      case 'unfold':
        return to.unfold();
      case 'back': {
        const back = outline.back();
        if (back !== null) to.show(back);
        return back !== null;
      }
      case 'toggleCollapse':
        if (current === null) return false;
        outline.select(current);
        outline.toggle(current);
        return true;
      case 'nextNew':
      case 'prevNew': {
        const next = outline.stepAmong(to.newIds(), current, command === 'nextNew' ? 1 : -1);
        if (next !== null) to.show(next, { jump: true });
        return next !== null;
      }
      case 'nextUnread':
      case 'prevUnread': {
        const next = outline.stepAmong(to.unreadIds(), current, command === 'nextUnread' ? 1 : -1);
        if (next !== null) to.show(next, { jump: true });
        return next !== null;
      }
      case 'nextByAuthor':
      case 'prevByAuthor':
      case 'nextFollowed':
      case 'prevFollowed': {
        const among = command.endsWith('ByAuthor') ? to.sameAuthor(current) : to.followedIds();
        const next = outline.stepAmong(among, current, command.startsWith('next') ? 1 : -1);
        if (next !== null) to.show(next, { jump: true });
        return next !== null;
      }
      case 'collapseRoot': {
        if (current === null) return false;
        outline.toggle(rootOf(model.thread.value, current), true);
        const next = outline.selected.value;
        if (next !== null) to.show(next);
        return true;
      }
      default: {
        if (outline.selected.value === null && inView.value !== null) outline.select(inView.value);
        const next = outline.move(command);
        if (next !== null) to.show(next);
        return next !== null;
      }
    }
  };

  // What a key from the page did, in words: the page scrolled, but focus did not move.
  const announce = (command: Command, from: CommentId | null) => {
    const thread = model.thread.value;
    if (command === 'toggleCollapse' || command === 'collapseRoot') {
      const id = from === null ? null : command === 'collapseRoot' ? rootOf(thread, from) : from;
      if (id === null) return;
      const hidden = outline.descendants.value.get(id) ?? 0;
      const root = command === 'collapseRoot';
      if (!outline.collapsed.value.has(id)) return announcer.say(t(root ? 'announce.threadExpanded' : 'announce.subthreadExpanded'));
      return announcer.say(plural(root ? 'announce.threadCollapsed' : 'announce.subthreadCollapsed', hidden));
    }
    const at = outline.selected.value;
    if (at === null || command === 'toggleSidebar' || command === 'help' || command === 'search') return;
    const prefix = FAR[command];
    const said = describeComment(thread, at, outline.descendants.value.get(at) ?? 0);
    announcer.say(prefix ? t(prefix, said) : said);
  };

  listen(doc, 'keydown', (event: KeyboardEvent) => {
    if (isTyping(event)) return;
    if (to.typeAhead(event)) return event.preventDefault();
    const command = commandFor(event, to.keys());
    if (!command) return;
    const from = outline.selected.value ?? inView.value;
    if (!run(command)) return;
    event.preventDefault();
    announce(command, from);
  }, { signal: session.signal });

  return { run, announcer };
}
