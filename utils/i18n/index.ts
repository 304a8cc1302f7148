/** The interface's words in the reader's language: messages, plurals, numbers. */
export { t, formatAgo, formatNumber, formatPercent, uiLanguage, warmUpWords, type MessageKey } from './t';
export { plural, type PluralKey } from './plural';
