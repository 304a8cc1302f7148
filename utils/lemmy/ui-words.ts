/**
 * lemmy-ui's words that nothing but their text tells apart, in any interface
 * language (docs/lemmy-ui.md, "Any interface language"): the placeholder in the
 * body of a deleted or removed comment (B marks such a comment with nothing
 * else), and the label beside each count in a vote tooltip. Compared with
 * every translation lemmy-ui has shipped (./lemmy-ui-strings, data).
 */
import { LEMMY_UI_STRINGS } from './lemmy-ui-strings';

export type Placeholder = 'deleted' | 'removed';
export type VoteLabel = 'score' | 'up' | 'down';

/**
 * One form for the same words as typed and as lemmy-ui's markdown prints them:
 * compatibility forms, case, the kind of quote mark (its typographer may curl
 * them) and of space, soft hyphens.
 */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u00ad\u200b-\u200d]/g, '')
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function tableOf<K extends string>(kinds: readonly K[]): Map<string, K> {
  const table = new Map<string, K>();
  for (const kind of kinds) for (const text of LEMMY_UI_STRINGS[kind as keyof typeof LEMMY_UI_STRINGS]) table.set(fold(text), kind);
  return table;
}

/**
 * Folded placeholder → which one, built on first use. A few languages use one word
 * for both (Georgian "წაშლილია"): such a comment reads as deleted; either way its text is gone.
 */
let placeholders: Map<string, Placeholder> | null = null;
let voteLabels: Map<string, VoteLabel> | null = null;

/** Longer than any placeholder: most comments are, and are not folded at all. */
const LONGEST = Math.max(...[...LEMMY_UI_STRINGS.deleted, ...LEMMY_UI_STRINGS.removed].map((s) => s.length)) + 8;

/** Which placeholder `text` is, in whatever language lemmy-ui wrote it; null for anything else. */
export function placeholderKind(text: string): Placeholder | null {
  if (!text || text.length > LONGEST) return null;
  placeholders ??= tableOf<Placeholder>(['removed', 'deleted']);
  return placeholders.get(fold(text)) ?? null;
}

/** Which count a tooltip's label names ("Upvotes", "Votes pour", "票の賛成"), in any language; null for anything else. */
export function voteLabelKind(label: string): VoteLabel | null {
  voteLabels ??= tableOf<VoteLabel>(['score', 'up', 'down']);
  return voteLabels.get(fold(label)) ?? null;
}
