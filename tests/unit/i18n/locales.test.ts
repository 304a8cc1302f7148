import { describe, expect, it } from 'vitest';
import { keyGroup, localeFile, placeholders } from '../../support/locale-files';
import { shippedLanguages } from '../../support/i18n';

/**
 * Every locale says everything English says, no more, with the same `$1`…`$9`,
 * and each plural group has exactly the forms Intl.PluralRules has for the
 * language (French: one, many, other; Japanese: other).
 */
function problems(lang: string, en: Map<string, string>, messages: Map<string, string>): string[] {
  const found: string[] = [];
  const groups = (m: Map<string, string>) => new Set([...m.keys()].map(keyGroup));
  const [enGroups, langGroups] = [groups(en), groups(messages)];
  for (const g of enGroups) if (!langGroups.has(g)) found.push(`${lang} lacks ${g}`);
  for (const g of langGroups) if (!enGroups.has(g)) found.push(`${lang} has ${g}, which en does not`);
  const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.map(String).sort();
  for (const g of langGroups) {
    if (!g.endsWith('.*')) continue;
    const base = g.slice(0, -1);
    const have = [...messages.keys()].filter((k) => k.startsWith(base) && keyGroup(k) === g).map((k) => k.slice(base.length)).sort();
    if (have.join() !== forms.join()) found.push(`${lang} ${g} has forms ${have.join(', ')}; ${lang} needs ${forms.join(', ')}`);
  }
  for (const [key, text] of messages) {
    const source = en.get(key) ?? en.get(`${key.slice(0, key.lastIndexOf('.'))}.other`);
    // A plural form may say its count in words ("Der bisher geladene Kommentar"): $1 may go, nothing else.
    const countInWords = keyGroup(key).endsWith('.*') && !/(?<!\$)\$1/.test(text);
    const same = (a: string) => (countInWords ? a.replace(/\$1\b ?/, '').trim() : a);
    if (source !== undefined && same(placeholders(text)) !== same(placeholders(source))) found.push(`${lang} ${key} uses "${placeholders(text)}", en "${placeholders(source)}"`);
  }
  if (messages.get('locale') !== lang) found.push(`${lang}.yml says locale: ${messages.get('locale')}`);
  return found;
}

describe('the locale files', () => {
  const en = localeFile('en');

  it('ship English and at least German, French, Spanish and Japanese', () => {
    expect(shippedLanguages()).toEqual(expect.arrayContaining(['en', 'de', 'fr', 'es', 'ja']));
  });

  it.each(shippedLanguages())('%s has every key of en, no other, the same placeholders and its plural forms', (lang) => {
    expect(problems(lang, en, localeFile(lang))).toEqual([]);
  });

  it('would see a missing key, an extra one, a changed placeholder and a missing plural form', () => {
    const fr = new Map(localeFile('fr'));
    fr.delete('summary.moreInOutline');
    fr.set('summary.extra', 'x');
    fr.set('summary.onPage.other', '$1 commentaires');
    fr.delete('summary.comments.many');
    expect(problems('fr', en, fr)).toEqual(
      expect.arrayContaining([
        'fr lacks summary.moreInOutline',
        'fr has summary.extra, which en does not',
        'fr summary.comments.* has forms one, other; fr needs many, one, other',
        'fr summary.onPage.other uses "$1", en "$1 $2"',
      ]),
    );
  });
});
