import { loadPostCount } from '../../lemmy/api/post-count';
import type { ApiVersion } from '../../lemmy/api/urls';
import type { Session } from '../../session/session';
import type { FeatureContext } from '../types';

/**
 * The reader's setting: load when a post opens, for posts up to a size (asking
 * the instance the count if the page does not say). The post's count when it
 * should, else null.
 */
export async function loadOnOpen(
  session: Session,
  context: FeatureContext,
  o: { available: boolean; origin: string; postId: number | null; api: ApiVersion; fetcher?: typeof fetch },
): Promise<number | null> {
  const { wholeThread } = await context.loaded;
  if (!o.available || !wholeThread.auto || session.signal.aborted) return null;
  const counts = session.model.counts.peek();
  const total = counts.total ?? (await loadPostCount({ origin: o.origin, postId: o.postId!, api: o.api, signal: session.signal, fetch: o.fetcher }));
  return total !== null && total <= wholeThread.upTo && counts.comments < total && !session.signal.aborted ? total : null;
}
