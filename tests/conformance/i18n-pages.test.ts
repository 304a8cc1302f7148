import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCount } from '../../utils/lemmy/counts';
import { readIsoData } from '../../utils/lemmy/iso-data';
import { shownCommentCount } from '../../utils/lemmy/read-post';
import { readThread } from '../../utils/lemmy/read-thread';
import { placeholderKind } from '../../utils/lemmy/ui-words';
import { preorder } from '../../utils/thread/build';
import { visibleRows } from '../../utils/thread/outline';
import type { CommentData, Thread } from '../../utils/thread/types';
import { renderPage } from '../fixtures/build-thread';
import { uiStrings, type UiLang } from '../fixtures/ui-language';
import { SEED, SHARED_FIXTURES } from './shared-fixtures';

/**
 * Real lemmy-ui 0.19.20 pages of the seed thread with the interface in German,
 * French and Japanese (../shared/fixtures/lemmy-ui-0.19.20-i18n), read with
 * their isoData taken out: the page alone must give the English page's thread.
 */
const I18N = resolve(SHARED_FIXTURES, '../lemmy-ui-0.19.20-i18n');
const have = existsSync(I18N);
if (!have) console.warn(`[conformance] skipped: ${I18N} not found (it exists in CI beside the clone).`);

const LANGS = ['de', 'fr', 'ja'] as const;
const load = (file: string) => new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');

/** The page without `window.isoData`, so that only the DOM speaks. */
function withoutIsoData(doc: Document): Document {
  for (const s of doc.querySelectorAll('script:not([src])')) if (s.textContent?.includes('window.isoData')) s.remove();
  return doc;
}

/** Everything read from a comment but its date, which is written out in the interface's language. */
function comparable(c: CommentData) {
  const { published: _, ...rest } = c;
  return rest;
}

function outline(thread: Thread) {
  return visibleRows(thread, new Set()).map((r) => [r.id, r.depth, r.hasChildren, thread.byId.get(r.id)!.text.slice(0, 40)]);
}

/** The README's table of strings: its row for `key` in `lang` (columns en, de, fr, ja). */
function readmeString(key: string, lang: UiLang): string {
  const readme = readFileSync(join(I18N, 'README.md'), 'utf8');
  const row = readme.split('\n').find((line) => line.startsWith('|') && line.includes(`(\`${key}\``))!;
  const cells = row.split('|').map((c) => c.trim());
  return cells[2 + ['en', 'de', 'fr', 'ja'].indexOf(lang)]!;
}

describe.skipIf(!have)('real lemmy-ui 0.19.20 pages in German, French and Japanese, without isoData', () => {
  const english = have ? readThread(withoutIsoData(load(join(SHARED_FIXTURES, 'seed-thread.hydrated.html'))), { host: SEED.host }) : null;

  describe.each(LANGS.flatMap((lang) => (['ssr', 'hydrated'] as const).map((kind) => ({ lang, kind }))))('$lang, $kind', ({ lang, kind }) => {
    const doc = have ? withoutIsoData(load(join(I18N, `seed-thread.${lang}.${kind}.html`))) : null!;
    const thread = have ? readThread(doc, { host: SEED.host }) : null!;

    it('is in that language and has no isoData left', () => {
      expect(doc.documentElement.lang).toBe(lang);
      expect(readIsoData(doc)).toBeNull();
    });

    it("reads the English page's outline: the same rows, depths and words", () => {
      expect(thread.skipped).toEqual([]);
      expect(preorder(thread)).toEqual(SEED.comments.map((c) => c.id));
      expect(outline(thread)).toEqual(outline(english!));
    });

    it('reads every comment as on the English page but for its written-out date', () => {
      for (const id of preorder(english!)) expect(comparable(thread.byId.get(id)!)).toEqual(comparable(english!.byId.get(id)!));
    });

    it('reads counts right: exact upvotes, no downvotes, no "more replies", the post’s 6 comments', () => {
      for (const c of SEED.comments) {
        const got = thread.byId.get(c.id)!;
        expect(got.votes).toEqual({ up: { value: c.up, approx: false }, down: { value: 0, approx: false }, score: { value: c.up, approx: false } });
        expect(got.moreReplies).toBe(0);
      }
      expect(shownCommentCount(doc)).toBe(6);
    });

    it('takes no comment for deleted or removed: none is, and the page shows no placeholder', () => {
      expect([...thread.byId.values()].filter((c) => c.deleted || c.removed)).toEqual([]);
      for (const em of doc.querySelectorAll('.comment-content em')) expect(placeholderKind(em.textContent ?? '')).toBeNull();
    });

    it("reads the edited comment's published date without the tooltip's label", () => {
      const edited = thread.byId.get(5912460)!;
      expect(edited.edited).toBe(true);
      expect(edited.published).toMatch(/^(Samstag|samedi|2023年).*GMT\+00:00$/);
      expect(edited.published).not.toContain(uiStrings(lang).created);
    });
  });

  describe.each(LANGS)('%s: the placeholders and counts the README lists (from the large thread)', (lang) => {
    it('are recognised: deleted, removed, "N more replies"', () => {
      expect(placeholderKind(readmeString('deleted', lang))).toBe('deleted');
      expect(placeholderKind(readmeString('removed', lang))).toBe('removed');
      const more = readmeString('x_more_replies', lang).replace(/^1(?=\D)/, '3');
      expect(parseCount(more)?.value).toBe(3);
    });

    it('are the strings the fixture builder writes, as are the labels the real page shows', () => {
      const s = uiStrings(lang);
      expect([s.deleted, s.removed, s.moreReplies('1', 1)]).toEqual([readmeString('deleted', lang), readmeString('removed', lang), readmeString('x_more_replies', lang)]);
      const real = load(join(I18N, `seed-thread.${lang}.hydrated.html`));
      const built = new DOMParser().parseFromString(renderPage({ ...demoSeed(), comments: [demoSeedComment()] }, { version: 'B', view: 'tree', theme: 'light', lang }), 'text/html');
      const labels = (d: Document) => {
        const article = d.querySelector('article[id^="comment-"]')!;
        return {
          collapse: article.querySelector('button[aria-label]')!.getAttribute('aria-label'),
          link: article.querySelector('a.btn[title]')!.getAttribute('title'),
          upvotes: article.querySelector('span[aria-label][data-tippy-content]')!.getAttribute('aria-label'),
          ago: article.querySelector('.moment-time')!.textContent,
          date: article.querySelector('.moment-time')!.getAttribute('data-tippy-content'),
        };
      };
      expect(labels(built)).toEqual(labels(real));
      const edited = real.querySelector('#comment-5912460 .moment-time')!.getAttribute('data-tippy-content')!;
      expect(edited.startsWith(`${s.created}: `) && edited.includes(`\n\n\n${s.modified} `)).toBe(true);
    });
  });
});

/** The seed's first comment as a builder spec: the builder's default date is its own (14:06:08 UTC). */
function demoSeed() {
  return { host: SEED.host, post: { id: SEED.postId, title: 't', author: { name: 'newsposter' }, community: 'news', body: 'b', up: 97, down: 0 }, comments: [] };
}
function demoSeedComment() {
  return { id: 5912377, parentId: null, author: { name: 'panopticon' }, body: 'What', up: 30, down: 0 };
}
