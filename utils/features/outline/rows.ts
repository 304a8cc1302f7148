import { computed, type ReadonlySignal } from '@preact/signals';
import type { QuoteMarks } from '../../quotes';
import type { Row } from '../../thread/outline';
import type { CommentData, CommentId } from '../../thread/types';
import { rowVotes, type RowVotes } from '../../votes/row';
import type { Features } from '../types';
import type { Session } from '../../session/session';
import type { Person } from '../../settings/people';

/** Everything one outline row draws, joined from the features that know it. */
export interface RowView {
  row: Row;
  comment: CommentData;
  /** Replies below it, loaded ones. */
  replies: number;
  /** The subthread's votes; null when not known. */
  votes: RowVotes | null;
  marks: QuoteMarks | undefined;
  /** New since the last visit, and new ones in its hidden replies. */
  isNew: boolean;
  newBelow: number;
  /** Matches the find box. */
  match: boolean;
  /** Not read yet (absent or false while read tracking is off). */
  unread?: boolean;
  /** The author's entry among the reader's people (../people), and whether this comment is highlighted or dimmed for it. */
  person?: Person;
  followed?: boolean;
  muted?: boolean;
}

/**
 * The outline's rows, ready to draw. A list of 10,000 is read a screenful at
 * a time (the outline is virtual), so each row is joined when asked for, not
 * 10,000 objects whenever a search keystroke or a vote changes one input.
 */
export interface RowList {
  length: number;
  at(index: number): RowView;
  indexOf(id: CommentId): number;
}

type Sources = Pick<Features, 'votes' | 'newComments' | 'find' | 'quotes' | 'reading' | 'people'>;

export function outlineRows(session: Session, features: Sources): ReadonlySignal<RowList> {
  const { outline, model } = session;
  return computed(() => {
    const rows = outline.rows.value;
    const byId = model.byId.value;
    const descendants = outline.descendants.value;
    const spread = features.votes.spread.value;
    const marks = features.quotes.marks.value;
    const fresh = features.newComments.ids.value;
    const below = features.newComments.below.value;
    const matches = features.find.hitIds.value;
    const progress = features.reading.progress.value;
    const people = features.people.byComment.value;
    const followed = features.people.followed.value;
    return {
      length: rows.length,
      indexOf: (id) => rows.findIndex((r) => r.id === id),
      at(index) {
        const row = rows[index]!;
        const id = row.id;
        return {
          row,
          comment: byId.get(id)!,
          replies: descendants.get(id) ?? 0,
          votes: rowVotes(spread, id),
          marks: marks.get(id),
          isNew: fresh.has(id),
          newBelow: below.get(id) ?? 0,
          match: matches.has(id),
          unread: progress?.isUnread(id) ?? false,
          person: people.get(id),
          followed: followed.has(id),
          muted: people.get(id)?.mute ?? false,
        };
      },
    };
  });
}
