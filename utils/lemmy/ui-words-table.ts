/**
 * The background's side of lemmy-ui's words (./ui-words): it keeps every
 * language and gives a page the words of its own.
 */
import { LEMMY_UI_STRINGS, type UiWordKind } from './lemmy-ui-strings';
import { baseLanguage, type UiWords } from './ui-words';

const KINDS = Object.keys(LEMMY_UI_STRINGS) as UiWordKind[];

/**
 * The words of `lang` and its variants ("pt" and "pt_BR" for "pt-BR"); of every
 * language when lemmy-ui has no translation in `lang` (an unknown or missing
 * `<html lang>`), so such a page is read as before. English is always in the
 * content script and is left out unless asked for.
 */
export function uiWordsFor(lang: string): UiWords {
  const base = baseLanguage(lang);
  const speaks = (languages: string) => languages.split(' ').some((l) => baseLanguage(l) === base);
  const translated = KINDS.some((kind) => LEMMY_UI_STRINGS[kind].some(([, languages]) => speaks(languages)));
  const pick = (kind: UiWordKind) => LEMMY_UI_STRINGS[kind].filter(([, languages]) => !translated || speaks(languages)).map(([text]) => text);
  return Object.fromEntries(KINDS.map((kind) => [kind, pick(kind)])) as Record<UiWordKind, string[]>;
}
