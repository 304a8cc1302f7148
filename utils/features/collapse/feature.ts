import type { ReadonlySignal } from '@preact/signals';
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
 * `passing`: subthreads collapsed for this view only (focus on a linked
 * comment), never remembered and not the reader's own.
 */
export function startCollapse(session: Session, context: FeatureContext, lastVisit: Promise<Visit | null>, passing?: ReadonlySignal<ReadonlySet<CommentId>>): void {
  collapseInPage(context.doc, session);
  const remembered = rememberCollapsed(session, context.settings, context.loaded, context.records, passing);
  collapseOnOpen(session, context.loaded, remembered, lastVisit, passing);
}
