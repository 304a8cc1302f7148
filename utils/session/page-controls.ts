import { effect, signal, type ReadonlySignal } from '@preact/signals';
import { BIG_THREAD, containThreads, overlayMarks, uncontainedThreads } from '../lemmy/big-thread';
import { collapseMarks, collapseTargetOf, ensurePageStyle, removePageStyle, showComment } from '../lemmy/host-actions';
import { isTyping, listen } from '../lemmy/events';
import { commentAtTop } from '../lemmy/viewport';
import { commandFor, type Command, type KeyBindings } from '../settings/keys';
import { measured } from '../perf';
import { describeComment } from '../thread/describe';
import { rootOf } from '../thread/outline';
import type { Session } from './session';

export interface PageControls {
  /** The comment at the top of the viewport, for marking its outline row. */
  inView: ReadonlySignal<number | null>;
  /** Select a comment and show it in the page. */
  show(id: number, options?: { jump?: boolean }): void;
  run(command: Command): boolean;
}

export interface ControlHooks {
  toggleSidebar(): void;
  toggleHelp(): void;
  /** Show the sidebar's find box and focus it. */
  openSearch(): void;
  schedule(fn: () => void): void;
  /** The current key bindings (settings apply live). */
  keys(): KeyBindings;
  /** Comments new since the last visit, for nextNew/prevNew. */
  fresh(): ReadonlySet<number>;
  /** Takes keys typed while the find box is on its way (../features/find); true when taken. */
  typeAhead?(event: KeyboardEvent): boolean;
  /** Tells screen readers where a key from the page landed (./announcer). */
  announce?(text: string): void;
}

/** Words before the comment for jumps that go far; steps to the next or previous comment need none. */
const FAR: Partial<Record<Command, string>> = {
  parent: 'Parent',
  root: 'Top of the thread',
  nextThread: 'Next thread',
  prevThread: 'Previous thread',
  back: 'Back',
  nextNew: 'New comment',
  prevNew: 'New comment',
};

/**
 * What the session does to and hears from the page: collapsed subthreads,
 * jumps, keys, clicks on thread lines, scroll position. Bound to the session.
 */
export function startPageControls(doc: Document, session: Session, hooks: ControlHooks): PageControls {
  const { outline, model, signal: lifetime } = session;
  const inView = signal<number | null>(null);
  ensurePageStyle(doc);

  // Writes after reads: the thread was read before this runs, and nothing here reads layout.
  const mark = collapseMarks();
  const stopCollapse = effect(() => {
    const collapsed = outline.collapsed.value;
    const { byId } = model.thread.value;
    measured('apply-collapse', () => mark(session.elements(), collapsed, outline.descendants.value, (id) => byId.get(id)?.parentId ?? null));
  });

  // A big thread's top-level comments are laid out only near the viewport (host-actions,
  // PAGE_CSS): marked the frame after the one that draws the outline's first rows, and
  // then any new top-level comment lemmy-ui adds.
  let queued = false;
  const contain = () => {
    queued = false;
    if (!lifetime.aborted) measured('contain', () => containThreads(doc, uncontainedThreads(session.elements().values())));
  };
  const stopBig = effect(() => {
    model.thread.value;
    if (queued || session.elements().size < BIG_THREAD) return;
    queued = true;
    hooks.schedule(() => hooks.schedule(contain));
  });
  // Lemmy-ui's dropdowns and modals sit inside comments: their lis must not be contained.
  const overlays = overlayMarks();
  const onOverlay = (event: Event) => {
    if (session.elements().size >= BIG_THREAD) overlays(event.target, event.type.startsWith('show.'));
  };

  const show = (id: number, options: { jump?: boolean } = {}) => {
    outline.select(id, options);
    const el = session.elementOf(id);
    if (el) showComment(el);
  };

  const run = (command: Command): boolean => {
    const current = outline.selected.value ?? inView.value;
    switch (command) {
      case 'toggleSidebar':
        hooks.toggleSidebar();
        return true;
      case 'help':
        hooks.toggleHelp();
        return true;
      case 'search':
        hooks.openSearch();
        return true;
      case 'back': {
        const to = outline.back();
        if (to !== null) show(to);
        return to !== null;
      }
      case 'toggleCollapse':
        if (current === null) return false;
        outline.select(current);
        outline.toggle(current);
        return true;
      case 'nextNew':
      case 'prevNew': {
        const to = outline.stepAmong(hooks.fresh(), current, command === 'nextNew' ? 1 : -1);
        if (to !== null) show(to, { jump: true });
        return to !== null;
      }
      case 'collapseRoot': {
        if (current === null) return false;
        const root = rootOf(model.thread.value, current);
        outline.toggle(root, true);
        const next = outline.selected.value;
        if (next !== null) show(next);
        return true;
      }
      default: {
        if (outline.selected.value === null && inView.value !== null) outline.select(inView.value);
        const to = outline.move(command);
        if (to !== null) show(to);
        return to !== null;
      }
    }
  };

  let scrollQueued = false;
  const updateInView = () => {
    scrollQueued = false;
    if (!lifetime.aborted) inView.value = commentAtTop(doc);
  };
  const onScroll = () => {
    if (scrollQueued) return;
    scrollQueued = true;
    hooks.schedule(updateInView);
  };
  // What a key from the page did, in words: the page scrolled, but focus did not move.
  const announce = (command: Command, from: number | null) => {
    const thread = model.thread.value;
    if (command === 'toggleCollapse' || command === 'collapseRoot') {
      const id = from === null ? null : command === 'collapseRoot' ? rootOf(thread, from) : from;
      if (id === null) return;
      const hidden = outline.descendants.value.get(id) ?? 0;
      const what = command === 'collapseRoot' ? 'Thread' : 'Subthread';
      return hooks.announce?.(outline.collapsed.value.has(id) ? `${what} collapsed, ${hidden} ${hidden === 1 ? 'reply' : 'replies'} hidden` : `${what} expanded`);
    }
    const to = outline.selected.value;
    if (to === null || command === 'toggleSidebar' || command === 'help' || command === 'search') return;
    const prefix = FAR[command];
    hooks.announce?.(`${prefix ? `${prefix}: ` : ''}${describeComment(thread, to, outline.descendants.value.get(to) ?? 0)}`);
  };
  const onKey = (event: KeyboardEvent) => {
    if (isTyping(event)) return;
    if (hooks.typeAhead?.(event)) return event.preventDefault();
    const command = commandFor(event, hooks.keys());
    if (!command) return;
    const from = outline.selected.value ?? inView.value;
    if (!run(command)) return;
    event.preventDefault();
    announce(command, from);
  };
  const onClick = (event: MouseEvent) => {
    const id = collapseTargetOf(event);
    if (id === null || event.button !== 0) return;
    outline.toggle(id);
    event.preventDefault();
  };
  listen(doc, 'scroll', onScroll, { passive: true, signal: lifetime });
  listen(doc, 'keydown', onKey, { signal: lifetime });
  listen(doc, 'click', onClick, { signal: lifetime });
  // Bootstrap's own events, page-made by nature: they only keep containment off open menus.
  for (const type of ['show.bs.dropdown', 'hidden.bs.dropdown', 'show.bs.modal', 'hidden.bs.modal']) doc.addEventListener(type, onOverlay, { signal: lifetime });
  lifetime.addEventListener('abort', () => {
    stopCollapse();
    stopBig();
    removePageStyle(doc);
  }, { once: true });
  // The first look waits for the frame that renders our style and margin to be done: asked
  // in that frame, the hit test would force its layout (seconds on 10,000 comments) early.
  scrollQueued = true;
  hooks.schedule(() => setTimeout(updateInView, 0));
  return { inView, show, run };
}
