import { browser } from 'wxt/browser';
import type { GeneratedI18nStructure } from '#i18n';

/**
 * The interface's words, from the extension's `_locales` (built from
 * `locales/*.yml` by @wxt-dev/i18n): the browser picks the reader's language
 * and falls back to English, message by message. Keys are the yml's nested
 * names joined by dots, typed from en.yml; the number of substitutions too.
 */
type Messages = GeneratedI18nStructure;
export type MessageKey = keyof Messages;
type Word = string | number;
type Tuple<N extends number, Acc extends Word[] = []> = Acc['length'] extends N ? Acc : Tuple<N, [...Acc, Word]>;
type Subs<K extends MessageKey> = Tuple<Messages[K]['substitutions']>;

/** The message `key` with `$1`…`$9` filled from `subs` (numbers are written by `formatNumber`). */
export function t<K extends MessageKey>(key: K, ...subs: Subs<K>): string {
  return message(key, subs);
}

/** Untyped door for the plural helper: the key is built from a checked base and a plural category. */
export function message(key: string, subs: readonly Word[]): string {
  const words = subs.map((s) => (typeof s === 'number' ? formatNumber(s) : s));
  return getMessage(key.replaceAll('.', '_'), words);
}

/** WXT types getMessage by public/_locales, which this extension does not use: the keys are checked above instead. */
const getMessage = (key: string, subs?: string[]): string => {
  try {
    return (browser.i18n.getMessage as (key: string, subs?: string[]) => string)(key, subs);
  } catch {
    // The extension was reloaded or disabled under the page: this script is on its way out.
    return '';
  }
};


/**
 * The language the messages shown are in, as Intl should format their numbers:
 * the browser's own ("de-AT") when its messages are German, else the messages'
 * language ("en" for a browser in Polish, which gets the English fallback).
 */
export function uiLanguage(): string {
  // Asked once: the browser's language holds for the page's life, and every number formatted
  // asked for it (two extension calls each; milliseconds a publish on 10,000 comments).
  return (language ??= readLanguage());
}

let language: string | null = null;

function readLanguage(): string {
  const shown = getMessage('locale') || 'en';
  const browserLang = browser.i18n.getUILanguage();
  return browserLang.split(/[-_]/)[0] === shown ? browserLang : shown;
}

/** For tests that switch the browser's language (tests/support/i18n's useLanguage). */
export function forgetLanguage(): void {
  language = null;
}

/**
 * Each formatter is made the first time it is needed, for the language then shown: making one
 * loads the language's data, several milliseconds each, which all four together added to the
 * sidebar's first render (31 ms of a 68 ms task). `warmUpWords` makes them in tasks of their own.
 */
function lazyFormatter<F>(make: (lang: string) => F): () => F {
  let made: { lang: string; formatter: F } | null = null;
  return () => {
    const lang = uiLanguage();
    if (made?.lang !== lang) made = { lang, formatter: make(lang) };
    return made.formatter;
  };
}

const numbers = lazyFormatter((lang) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }));
const percents = lazyFormatter((lang) => new Intl.NumberFormat(lang, { style: 'percent' }));
const plurals = lazyFormatter((lang) => new Intl.PluralRules(lang));
const ago = lazyFormatter((lang) => new Intl.RelativeTimeFormat(lang, { numeric: 'always' }));

/**
 * The first message and the formatters a first render needs, each made by its own step, so
 * `run` can give every step a task of its own before the sidebar renders.
 */
export function warmUpWords(run: (step: () => void) => void): void {
  for (const step of [uiLanguage, numbers, plurals]) run(() => void step());
}

/** 1,904 · 1.904 · 1 904 · 1,904: a number as the reader's language writes it. */
export const formatNumber = (n: number): string => numbers().format(n);

/** The CLDR plural category of `n` in the messages' language: one, few, many, other… */
export const pluralCategory = (n: number): Intl.LDMLPluralRule => plurals().select(n);

/** 37 % · 37% · 37 %: a share (0..100) as a percentage. */
export const formatPercent = (pct: number): string => percents().format(pct / 100);

/** "3 hours ago", "vor 3 Stunden", "il y a 3 heures", "3 時間前". */
export const formatAgo = (n: number, unit: 'day' | 'hour' | 'minute'): string => ago().format(-n, unit);
