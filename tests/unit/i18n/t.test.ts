import { describe, expect, it } from 'vitest';
import { fill, SLOT } from '../../../components/common/fill';
import { summaryText } from '../../../components/sidebar/summary';
import { formatNumber, plural, t, uiLanguage } from '../../../utils/i18n';
import { useLanguage } from '../../support/i18n';

const counts = (c: Partial<Parameters<typeof summaryText>[0]>) => ({ comments: 0, onPage: 0, total: null, roots: 0, participants: 0, unloaded: 0, ...c });

describe('the interface in the reader’s language', () => {
  it('reads the English messages by default', () => {
    expect(t('extension.name')).toBe('Threadlens');
    expect(plural('summary.comments', 1)).toBe('1 comment');
    expect(plural('summary.comments', 1904)).toBe('1,904 comments');
  });

  it('speaks German, with German plurals and numbers', () => {
    useLanguage('de-DE');
    expect(plural('summary.comments', 1)).toBe('1 Kommentar');
    expect(plural('summary.comments', 1904)).toBe('1.904 Kommentare');
    expect(summaryText(counts({ comments: 300, onPage: 25, total: 1904, participants: 1 }))).toBe(
      '25 von 1.904 Kommentaren auf der Seite · 275 weitere in der Gliederung · 1 Person',
    );
  });

  it('takes the form CLDR gives each number: French 0 is singular, a million takes "de"', () => {
    useLanguage('fr');
    expect(plural('summary.comments', 0)).toBe('0 commentaire');
    expect(plural('summary.comments', 2)).toBe('2 commentaires');
    expect(plural('summary.comments', 1_000_000)).toBe('1\u202f000\u202f000 de commentaires');
  });

  it('has one form in Japanese, for every number', () => {
    useLanguage('ja');
    expect(plural('summary.comments', 1)).toBe('コメント1件');
    expect(plural('summary.comments', 12_345)).toBe('コメント12,345件');
  });

  it('writes numbers the way the regional variant of a shipped language does', () => {
    useLanguage('de-CH');
    expect(uiLanguage()).toBe('de-CH');
    // Swiss grouping (an apostrophe in this ICU), not German's point.
    expect(formatNumber(1904)).toBe(new Intl.NumberFormat('de-CH').format(1904));
    expect(formatNumber(1904)).not.toBe('1.904');
  });

  it('falls back to English, numbers included, for a language it does not ship', () => {
    useLanguage('pt-BR');
    expect(uiLanguage()).toBe('en');
    expect(summaryText(counts({ comments: 1904, onPage: 1904, participants: 2 }))).toBe('1,904 comments · 2 participants');
  });
});

describe('a sentence with elements in it', () => {
  it('puts each element where the language put its slot, in any order', () => {
    // "$2 を $1 が引用": the second element first, as a language may order them.
    expect(fill(`${SLOT[1]} を ${SLOT[0]} が引用`, ['A', 'B'])).toEqual(['', 'B', ' を ', 'A', ' が引用']);
    expect(fill('no slot at all', ['A'])).toEqual(['no slot at all']);
  });
});
