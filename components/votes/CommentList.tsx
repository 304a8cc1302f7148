import type { CommentData, CommentId } from '../../utils/thread/types';
import { commentWords } from '../../utils/features/outline/describe';
import { oneLine } from '../../utils/thread/describe';
import { formatCount } from './words';
import { scoreOf } from '../../utils/votes/mode';

export interface CommentListProps {
  /** Names the section's id (tests find it by that), whatever the language of its title. */
  slug: string;
  title: string;
  ids: readonly CommentId[];
  byId: ReadonlyMap<CommentId, CommentData>;
  /** Show up and down counts rather than the score (for controversy). */
  split: boolean;
  empty: string;
  onShow: (id: CommentId) => void;
}

function figure(c: CommentData, split: boolean): string {
  const { up, down } = c.votes;
  if (split && up && down) return `↑${formatCount(up)} ↓${formatCount(down)}`;
  const score = scoreOf(c.votes);
  return score ? formatCount(score) : '?';
}

/** A ranked list of comments; each is a button that shows the comment in the page. Text through Preact only. */
export function CommentList({ slug, title, ids, byId, split, empty, onShow }: CommentListProps) {
  return (
    <section class="tl-votes-section" aria-labelledby={`tl-votes-${slug}`}>
      <h3 class="tl-votes-h" id={`tl-votes-${slug}`}>{title}</h3>
      {ids.length === 0 ? (
        <p class="tl-empty">{empty}</p>
      ) : (
        <ol class="tl-votes-list">
          {ids.map((id) => {
            const c = byId.get(id);
            if (!c) return null;
            return (
              <li key={id} data-comment-id={id}>
                <button type="button" onClick={() => onShow(id)}>
                  <span class="tl-votes-fig">{figure(c, split)}</span> <span class="tl-author" dir="auto">{c.author.display}</span>{' '}
                  <span class="tl-votes-words">{oneLine(commentWords(c), 70)}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
