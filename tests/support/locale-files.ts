/** The locale files as key → message, for tests that compare them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { LOCALES_DIR } from './i18n';

export function localeFile(lang: string): Map<string, string> {
  const parsed = parseMessagesText(readFileSync(join(LOCALES_DIR, `${lang}.yml`), 'utf8'), 'YAML');
  return new Map(parsed.flatMap((m) => (m.type === 'simple' && !m.key[0]!.startsWith('@@') ? [[m.key.join('.'), m.message] as const] : [])));
}

const CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** A key as the locales must match it: a plural form counts as its group ("summary.comments.*"). */
export const keyGroup = (key: string): string => {
  const dot = key.lastIndexOf('.');
  return CATEGORIES.has(key.slice(dot + 1)) ? `${key.slice(0, dot)}.*` : key;
};

/** `$1`…`$9` a message uses. */
export const placeholders = (message: string): string => [...new Set(message.match(/(?<!\$)\$[1-9]/g) ?? [])].sort().join(' ');
