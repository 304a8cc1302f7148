import { signal, type Signal } from '@preact/signals';
import type { Session } from '../../session/session';
import type { Visit } from '../../settings/new-comments-store';
import type { CommentId } from '../../thread/types';
import type { FeatureContext } from '../types';
import { collapseOnOpen } from './on-open';
import { collapseInPage } from './page';
import { rememberCollapsed } from './remember';

/**
 * Collapsing: subthreads hidden in the page, remembered per post, and the
 * reader's rules applied when a post opens with nothing remembered.
 * The outline model holds the collapsed set (utils/session/outline-model).
 */
export function startCollapse(session: Session, context: FeatureContext, lastVisit: Promise<Visit | null>): CollapseFeature {
  const passing = signal<ReadonlySet<CommentId>>(new Set());
  collapseInPage(context.doc, session);
  const remembered = rememberCollapsed(session, context.settings, context.loaded, context.records, passing, context.remembered.collapsed);
  collapseOnOpen(session, context.loaded, remembered, lastVisit, passing);
  return { passing, restored: remembered.then(() => undefined) };
}

export interface CollapseFeature {
  /** Subthreads collapsed for this view only (focus on a linked comment): never remembered, not the reader's own. */
  passing: Signal<ReadonlySet<CommentId>>;
  /** Resolves once what was remembered for the post is back in the outline (or there was nothing). */
  restored: Promise<void>;
}
