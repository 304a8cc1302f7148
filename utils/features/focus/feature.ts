import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import { guard } from '../../log';
import type { Session } from '../../session/session';
import { collapseAround } from '../../thread/collapse';
import type { CommentId } from '../../thread/types';
import type { CollapseFeature } from '../collapse/feature';
import type { FeatureContext } from '../types';

export interface FocusFeature {
  /** The linked comment of the context view open now, with the option on; null on the whole post. */
  target: ReadonlySignal<CommentId | null>;
  /** The subthreads focus folded that are still collapsed: what unfolding opens. Never remembered. */
  folded: ReadonlySignal<ReadonlySet<CommentId>>;
  /** Opens what focus folded; nothing more is folded on this view. */
  unfold(): void;
}

/**
 * Focus on a linked comment: on a context view (`/post/P/C`, `/comment/C`)
 * every subthread off the path to the comment is collapsed with the outline's
 * own collapsing (the collapse feature hides them in the page), off-page rows
 * from isoData or the whole thread included, as they arrive. Leaving the view
 * for the whole post (the same session, see Session.route) opens them again.
 */
export function startFocus(session: Session, context: FeatureContext, collapse: CollapseFeature): FocusFeature {
  const { outline, model } = session;
  // The stored settings, not the defaults the live model starts with (folding, then opening again,
  // would flicker), and after the post's remembered collapsing is back: that is the reader's own.
  const ready = signal(false);
  const start = () => (ready.value = true);
  void Promise.all([context.loaded, collapse.restored]).then(start, start);
  const target = computed(() => (ready.value && context.settings.value.collapse.focusLinked ? session.route.value.commentId : null));
  const added = signal<ReadonlySet<CommentId>>(new Set());
  const folded = computed(() => {
    const collapsed = outline.collapsed.value;
    return new Set([...added.value].filter((id) => collapsed.has(id)));
  });
  // Each subthread is folded once: one the reader opens stays open when more comments arrive.
  let seen = new Set<CommentId>();
  let dismissed = false;
  let current: CommentId | null = null;

  const open = () => {
    const mine = added.peek();
    if (mine.size) outline.setCollapsed(new Set([...outline.collapsed.peek()].filter((id) => !mine.has(id))));
    added.value = new Set();
  };
  const stop = effect(() => {
    const focus = target.value;
    const thread = model.thread.value;
    if (focus !== current) {
      open();
      seen = new Set();
      dismissed = false;
      current = focus;
    }
    if (focus === null || dismissed) return;
    const fresh = [...collapseAround(thread, focus)].filter((id) => !seen.has(id));
    for (const id of fresh) seen.add(id);
    // What is collapsed already is the reader's: unfolding leaves it as it was.
    const collapsed = outline.collapsed.peek();
    const mine = fresh.filter((id) => !collapsed.has(id));
    if (!mine.length) return;
    outline.setCollapsed(new Set([...collapsed, ...mine]));
    added.value = new Set([...added.peek(), ...mine]);
  });
  const stopPassing = effect(() => {
    collapse.passing.value = folded.value;
  });
  session.signal.addEventListener('abort', () => guard('ending focus', () => (stop(), stopPassing()), undefined), { once: true });

  return {
    target,
    folded,
    unfold() {
      dismissed = true;
      open();
    },
  };
}
