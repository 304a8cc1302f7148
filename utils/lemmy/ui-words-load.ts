import { browser } from '#imports';
import type { UiWordsRequest } from '../messages';
import { addUiWords, baseLanguage, type UiWords } from './ui-words';

/**
 * Brings the page's language's lemmy-ui words (./ui-words) from the background,
 * once per language and page: lemmy-ui writes its interface language on
 * `<html lang>`. English is in the content script, so an English page asks nothing.
 */
const asked = new Map<string, Promise<void>>();
const ready = new Set<string>(['en']);

/** The page's language as the background is asked for it: the page wrote it, so it is cut short. */
const languageOf = (doc: Document): string => baseLanguage(doc.documentElement.lang.slice(0, 35));

/** Null when the words of the page's language are in; otherwise the promise of them (kept, never rejected). */
export function uiWordsPending(doc: Document): Promise<void> | null {
  const lang = languageOf(doc);
  if (ready.has(lang)) return null;
  let pending = asked.get(lang);
  if (!pending) {
    const request: UiWordsRequest = { type: 'threadlens:ui-words', lang };
    pending = browser.runtime
      .sendMessage(request)
      .then((reply: unknown) => {
        if (isUiWords(reply)) addUiWords(reply);
      })
      // Without them the page is read with English words: the extension is reloading, or the
      // background failed; a deleted comment then shows its placeholder as text.
      .catch(() => {})
      .finally(() => ready.add(lang));
    asked.set(lang, pending);
  }
  return pending;
}

function isUiWords(reply: unknown): reply is UiWords {
  const r = reply as Record<string, unknown> | null;
  return ['deleted', 'removed', 'score', 'up', 'down'].every((kind) => Array.isArray(r?.[kind]) && (r[kind] as unknown[]).every((t) => typeof t === 'string'));
}

/** Forget what was asked (tests). */
export function forgetAskedUiWords(): void {
  asked.clear();
  ready.clear();
  ready.add('en');
}
