import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { isUiWordsRequest } from '../../../utils/messages';
import { addUiWords, forgetUiWords, placeholderKind, voteLabelKind } from '../../../utils/lemmy/ui-words';
import { forgetAskedUiWords, uiWordsPending } from '../../../utils/lemmy/ui-words-load';
import { uiWordsFor } from '../../../utils/lemmy/ui-words-table';

function pageIn(lang: string): Document {
  const doc = document.implementation.createHTMLDocument('post');
  doc.documentElement.lang = lang;
  return doc;
}

describe("the background's table: the words of one language", () => {
  it('gives the language and its variants, not the others', () => {
    const pt = uiWordsFor('pt-BR');
    expect(pt.deleted).toEqual(expect.arrayContaining(['apagado pelo autor', 'apagado por quem criou']));
    expect(pt.deleted).not.toContain('gelöscht vom Ersteller');
    expect(uiWordsFor('de').removed).toContain('Durch Moderator entfernt');
    expect(uiWordsFor('de').removed).not.toContain('Supprimé par le modérateur');
  });

  it('gives every language for a page whose language lemmy-ui has no words in', () => {
    for (const lang of ['', 'tlh', 'x-unknown']) {
      const all = uiWordsFor(lang);
      expect(all.deleted).toEqual(expect.arrayContaining(['gelöscht vom Ersteller', '投稿者によって削除済', 'deleted by creator']));
    }
  });
});

describe("lemmy-ui's words in the content script", () => {
  const everything = uiWordsFor('');
  let asked: string[] = [];
  beforeEach(() => {
    forgetUiWords();
    forgetAskedUiWords();
    asked = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      if (!isUiWordsRequest(message)) return undefined;
      asked.push(message.lang);
      return Promise.resolve(uiWordsFor(message.lang));
    });
  });
  afterEach(() => {
    fakeBrowser.reset();
    forgetUiWords();
    forgetAskedUiWords();
    addUiWords(everything);
  });

  it('knows English alone at first, and an English page asks for nothing', () => {
    expect(placeholderKind('deleted by creator')).toBe('deleted');
    expect(voteLabelKind('Upvotes')).toBe('up');
    expect(placeholderKind('gelöscht vom Ersteller')).toBeNull();
    expect(uiWordsPending(pageIn('en-US'))).toBeNull();
    expect(asked).toEqual([]);
  });

  it("asks once for the page's language and then knows its words", async () => {
    const page = pageIn('de-DE');
    const pending = uiWordsPending(page);
    expect(pending).not.toBeNull();
    expect(uiWordsPending(page)).toBe(pending);
    await pending;
    expect(asked).toEqual(['de']);
    expect(placeholderKind('gelöscht vom Ersteller')).toBe('deleted');
    expect(placeholderKind('supprimé par le créateur')).toBeNull();
    expect(uiWordsPending(page)).toBeNull();
  });

  it('reads with English when the background does not answer, and does not wait again', async () => {
    fakeBrowser.reset();
    const page = pageIn('fr');
    await uiWordsPending(page);
    expect(uiWordsPending(page)).toBeNull();
    expect(placeholderKind('deleted by creator')).toBe('deleted');
    expect(placeholderKind('supprimé par le créateur')).toBeNull();
  });
});
