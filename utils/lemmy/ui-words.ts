/**
 * lemmy-ui's words that nothing but their text tells apart, in any interface
 * language (docs/lemmy-ui.md, "Any interface language"): the placeholder in the
 * body of a deleted or removed comment (B marks such a comment with nothing
 * else), and the label beside each count in a vote tooltip. Compared with the
 * translations lemmy-ui has shipped (./lemmy-ui-strings, data): English is here
 * from the start, the page's own language is added once the background gave it
 * (./ui-words-load), so the content script does not carry fifty languages.
 */
import { ENGLISH_UI_STRINGS, type UiWordKind } from './lemmy-ui-strings';

export type Placeholder = 'deleted' | 'removed';
export type VoteLabel = 'score' | 'up' | 'down';
export type UiWords = Readonly<Record<UiWordKind, readonly string[]>>;

/** A language tag as lemmy-ui's `<html lang>` or a translation file names it ("pt-BR", "pt_BR") → "pt-br". */
export const normalizeLanguage = (tag: string): string => tag.trim().toLowerCase().replace(/_/g, '-');

/** The language without its region or script ("pt-br" → "pt"): variants share their words. */
export const baseLanguage = (tag: string): string => normalizeLanguage(tag).split('-')[0]!;

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

const known: UiWords[] = [ENGLISH_UI_STRINGS];

/** Words of another language, from then on recognised as well. */
export function addUiWords(words: UiWords): void {
  known.push(words);
  placeholders = voteLabels = null;
  longest = null;
}

/** Back to English alone (tests). */
export function forgetUiWords(): void {
  known.length = 1;
  placeholders = voteLabels = null;
  longest = null;
}

const textsOf = (kind: UiWordKind) => known.flatMap((words) => words[kind]);

function tableOf<K extends UiWordKind>(kinds: readonly K[]): Map<string, K> {
  const table = new Map<string, K>();
  for (const kind of kinds) for (const text of textsOf(kind)) table.set(fold(text), kind);
  return table;
}

/**
 * Folded placeholder → which one, built on first use. A few languages use one word
 * for both (Georgian "წაშლილია"): such a comment reads as deleted; either way its text is gone.
 */
let placeholders: Map<string, Placeholder> | null = null;
let voteLabels: Map<string, VoteLabel> | null = null;
/** Longer than any placeholder: most comments are, and are not folded at all. */
let longest: number | null = null;

/** Which placeholder `text` is, in whatever language lemmy-ui wrote it; null for anything else. */
export function placeholderKind(text: string): Placeholder | null {
  longest ??= Math.max(...[...textsOf('deleted'), ...textsOf('removed')].map((s) => s.length)) + 8;
  if (!text || text.length > longest) return null;
  placeholders ??= tableOf<Placeholder>(['removed', 'deleted']);
  return placeholders.get(fold(text)) ?? null;
}

/** Which count a tooltip's label names ("Upvotes", "Votes pour", "票の賛成"), in any language; null for anything else. */
export function voteLabelKind(label: string): VoteLabel | null {
  voteLabels ??= tableOf<VoteLabel>(['score', 'up', 'down']);
  return voteLabels.get(fold(label)) ?? null;
}
