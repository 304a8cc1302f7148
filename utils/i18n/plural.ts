import { message, pluralCategory, type MessageKey } from './t';

/** Message groups with one entry per CLDR plural category (`one`, `other`, and `few`, `many`… where a language has them). */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.other` ? Base : never }[MessageKey];

/**
 * "1 comment", "12 comments", "1 commentaire", "0 commentaire", "12件のコメント":
 * the form Intl.PluralRules picks for `n` in the messages' language, with `n`
 * as `$1` (written by Intl.NumberFormat) and any further words as `$2`….
 * A language without that form in its file gets its `other`.
 */
export function plural(base: PluralKey, n: number, ...more: (string | number)[]): string {
  const subs = [n, ...more];
  return message(`${base}.${pluralCategory(n)}`, subs) || message(`${base}.other`, subs);
}
