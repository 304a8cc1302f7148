/** The interface's words in the reader's language: messages, plurals, numbers. */
export { t, formatNumber, uiLanguage, type MessageKey } from './t';
export { plural, type PluralKey } from './plural';
