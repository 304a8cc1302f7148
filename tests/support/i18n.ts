/**
 * The real messages in unit tests: `browser.i18n` of WXT's fakeBrowser made to
 * read utils/i18n/locales/*.yml (through @wxt-dev/i18n's own build step, as
 * the extension's `_locales` are made) and to choose among them as Chrome does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing';
import { forgetLanguage } from '../../utils/i18n/t';

export const LOCALES_DIR = join(import.meta.dirname, '../../utils/i18n/locales');
const DEFAULT = 'en';

/** The languages the extension ships: one yml each. */
export const shippedLanguages = (): string[] =>
  readdirSync(LOCALES_DIR)
    .filter((f) => f.endsWith('.yml'))
    .map((f) => f.slice(0, -4));

const cache = new Map<string, Map<string, string>>();

/** A locale's messages as messages.json holds them (key lowercased, as Chrome matches keys), or null if it is not shipped. */
export function messagesOf(lang: string): Map<string, string> | null {
  if (!shippedLanguages().includes(lang)) return null;
  let messages = cache.get(lang);
  if (!messages) {
    const built = generateChromeMessages(parseMessagesText(readFileSync(join(LOCALES_DIR, `${lang}.yml`), 'utf8'), 'YAML'));
    messages = new Map(Object.entries(built).map(([key, m]) => [key.toLowerCase(), m.message]));
    cache.set(lang, messages);
  }
  return messages;
}

/** Chrome's `$1`…`$9` and `$$`. */
const substitute = (message: string, subs: readonly string[]) => message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));

/**
 * The browser's interface language is `ui` ("de-AT", "pt-BR"): each message
 * comes from that locale (de_AT), else its language (de), else English.
 */
export function useLanguage(ui: string): void {
  const [lang, region] = ui.split(/[-_]/);
  const chain = [region ? `${lang}_${region.toUpperCase()}` : null, lang!, DEFAULT].flatMap((l) => (l ? [messagesOf(l)] : [])).filter((m) => m !== null);
  Object.assign(fakeBrowser.i18n, {
    getUILanguage: () => ui,
    getMessage: (name: string, subs?: string | string[]) => {
      const message = chain.map((m) => m.get(name.toLowerCase())).find((m) => m !== undefined);
      return message === undefined ? '' : substitute(message, typeof subs === 'string' ? [subs] : (subs ?? []));
    },
  });
  forgetLanguage();
}
