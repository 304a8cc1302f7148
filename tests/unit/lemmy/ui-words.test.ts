import { describe, expect, it } from 'vitest';
import { parseCount, parseVoteTooltip } from '../../../utils/lemmy/counts';
import { LEMMY_UI_STRINGS } from '../../../utils/lemmy/lemmy-ui-strings';
import { placeholderKind, voteLabelKind } from '../../../utils/lemmy/ui-words';

describe("lemmy-ui's placeholders in any language", () => {
  it.each([
    ['deleted by creator', 'deleted'],
    ['Removed by mod', 'removed'],
    ['removed by mod', 'removed'], // 0.18
    ['gelöscht vom Ersteller', 'deleted'],
    ['Durch Moderator entfernt', 'removed'],
    ['supprimé par le créateur', 'deleted'],
    ['Supprimé par le modérateur', 'removed'],
    ['投稿者によって削除済', 'deleted'],
    ['モデレーターによって強制削除済み', 'removed'],
    ['удалено автором', 'deleted'],
    ['已被版主移除', 'removed'],
    ['izbrisao kreator', 'deleted'], // hr, 1.0 only: 0.19 shows the English
  ])('%s → %s', (text, kind) => {
    expect(placeholderKind(text)).toBe(kind);
  });

  it('matches them however markdown and the page wrote the spaces, case and quote marks', () => {
    expect(placeholderKind('  Gelöscht  vom\nErsteller ')).toBe('deleted');
    expect(placeholderKind('נמחק ע״י היוצר'.replace('״', '"'))).toBe('deleted');
    expect(placeholderKind('נמחק ע”י היוצר')).toBe('deleted');
  });

  it('takes nothing else for one', () => {
    for (const text of ['', 'deleted by', 'gelöscht', 'I deleted by creator mistake', 'x'.repeat(5000)]) expect(placeholderKind(text)).toBeNull();
  });

  it('holds every language lemmy-ui 0.19.20 translates the placeholders into (de, fr, ja among them) and English', () => {
    expect(LEMMY_UI_STRINGS.deleted.length).toBeGreaterThan(40);
    expect(LEMMY_UI_STRINGS.removed.length).toBeGreaterThan(40);
    for (const list of [LEMMY_UI_STRINGS.deleted, LEMMY_UI_STRINGS.removed]) for (const [text] of list) expect(placeholderKind(text)).not.toBeNull();
  });
});

describe('vote tooltips in any language', () => {
  it.each([
    ['15 points · 17 Upvotes · 2 Downvotes', { score: 15, up: 17, down: 2 }],
    ['1 point · 1 Upvote · 0 Downvotes', { score: 1, up: 1, down: 0 }],
    ['-3 Punkte · 4 Upvotes · 7 Downvotes', { score: -3, up: 4, down: 7 }],
    ['12345 Votes pour · 45 Votes contre', { up: 12345, down: 45 }],
    ['12300ポイント · 12345票の賛成 · 45票の反対', { score: 12300, up: 12345, down: 45 }],
    ['85%% upvoted · 12345 upvotes', { up: 12345 }],
    ['85% ont voté pour · 7 Votes pour', { up: 7 }],
    ['7 голосов за · 2 голоса против', { up: 7, down: 2 }],
  ])('%s', (tip, want) => {
    expect(parseVoteTooltip(tip)).toEqual(want);
  });

  it('ignores parts whose label is not a vote count', () => {
    expect(parseVoteTooltip('17 bananas · 3 Kommentare')).toEqual({});
    expect(voteLabelKind('Upvotes')).toBe('up');
  });
});

describe('counts inside a label in any language', () => {
  it.each([
    ['3 weitere Antworten ➔', 3],
    ['3 plus de réponses ➔', 3],
    ['3件以上の返信 ➔', 3],
    ['1.2K件以上の返信 ➔', 1200],
    ['6件のコメント', 6],
    ['Ещё 1.5K ответов', 1500],
  ])('%s → %d', (text, value) => {
    expect(parseCount(text)?.value).toBe(value);
  });
});
