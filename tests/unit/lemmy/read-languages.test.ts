import { describe, expect, it } from 'vitest';
import { readComments, readThread } from '../../../utils/lemmy/read-thread';
import { matchQuotes } from '../../../utils/quotes';
import { parseQuery, searchThread } from '../../../utils/thread/find';
import { isCollapsed } from '../../../utils/lemmy/tree-state';
import type { CommentData } from '../../../utils/thread/types';
import { generateThread, renderPage } from '../../fixtures/build-thread';
import { demoThread } from '../../fixtures/demo-thread';
import type { CommentSpec, RenderOptions, ThreadSpec, Version } from '../../fixtures/thread-spec';
import { UI_LANGS, uiStrings, type UiLang } from '../../fixtures/ui-language';

/**
 * The reader's scenarios with lemmy-ui in another interface language, no
 * isoData: the page alone must give what the English page gives.
 */
function read(spec: ThreadSpec, opts: RenderOptions): { doc: Document; comments: CommentData[] } {
  const doc = new DOMParser().parseFromString(renderPage(spec, opts), 'text/html');
  return { doc, comments: readComments(doc, { host: spec.host }).comments };
}

/** Everything the reader takes from a comment but the date it was written, which is written out in the interface's language. */
function comparable(c: CommentData) {
  const { published: _, ...rest } = c;
  return rest;
}

/** The demo thread with every badge, an abbreviated "more replies" count, lemmy-ui's collapse and big vote counts. */
function scenario(): ThreadSpec {
  const comments: CommentSpec[] = demoThread.comments.map((c) => ({ ...c }));
  const at = (i: number) => comments[i]!;
  at(1).badges = { mod: true };
  at(2).badges = { admin: true, banned: false };
  at(3).badges = { bot: true };
  at(4).badges = { banned: true };
  at(6).up = 12_345;
  const leaves = comments.filter((c) => !comments.some((d) => d.parentId === c.id));
  leaves[0]!.moreReplies = 1;
  leaves[1]!.moreReplies = 1_500;
  comments.find((c) => c.body.startsWith('Does anyone know if the vans will take bicycles'))!.collapsed = true;
  return { ...demoThread, comments };
}

const spec = scenario();
const VERSIONS: Version[] = ['A', 'B', 'C'];
const others = UI_LANGS.filter((l) => l !== 'en');

describe.each(others)('lemmy-ui in %s, read from the page alone', (lang: UiLang) => {
  for (const version of VERSIONS) {
    for (const view of version === 'C' ? (['tree'] as const) : (['tree', 'flat'] as const)) {
      it(`version ${version}, ${view} view: every comment reads as on the English page`, () => {
        const opts: RenderOptions = { version, view, theme: 'light' };
        const english = read(spec, { ...opts, lang: 'en' }).comments;
        const other = read(spec, { ...opts, lang }).comments;
        expect(other.length).toBe(english.length);
        expect(other.map(comparable)).toEqual(english.map(comparable));
      });
    }
  }

  it('recognises deleted and removed comments by the placeholder in its language, and takes none of it as text', () => {
    const { doc, comments } = read(spec, { version: 'B', view: 'tree', theme: 'light', lang });
    const s = uiStrings(lang);
    expect(doc.body.textContent).toContain(s.deleted); // the page does show it
    for (const want of spec.comments.filter((c) => c.deleted || c.removed)) {
      const got = comments.find((c) => c.id === want.id)!;
      expect({ deleted: got.deleted, removed: got.removed, text: got.text }).toEqual({ deleted: !!want.deleted, removed: !!want.removed, text: '' });
    }
    for (const c of comments) expect(c.text).not.toContain(s.deleted), expect(c.text).not.toContain(s.removed);
  });

  it('reads "N more replies" counts, abbreviated or not', () => {
    for (const version of VERSIONS) {
      const { comments } = read(spec, { version, view: 'tree', theme: 'dark', lang });
      const got = new Map(comments.map((c) => [c.id, c.moreReplies]));
      for (const c of spec.comments.filter((x) => x.moreReplies)) expect(got.get(c.id), `${version} ${c.id}`).toBe(c.moreReplies);
    }
  });

  it('reads badges by their shape in any language', () => {
    const { comments } = read(spec, { version: 'B', view: 'tree', theme: 'light', lang });
    const byId = new Map(spec.comments.map((c) => [c.id, c]));
    expect(comments.filter((c) => Object.values(c.badges).some(Boolean)).length).toBeGreaterThanOrEqual(5);
    for (const c of comments) {
      const want = { op: false, mod: false, admin: false, bot: false, banned: false, ...byId.get(c.id)!.badges };
      expect(c.badges, `comment ${c.id}`).toEqual(want);
    }
  });

  it('sees lemmy-ui collapse a comment without reading its toggle’s words', () => {
    for (const version of VERSIONS) {
      const { doc, comments } = read(spec, { version, view: 'tree', theme: 'light', lang });
      const collapsed = spec.comments.filter((c) => c.collapsed).map((c) => c.id);
      expect(comments.filter((c) => c.collapsedInPage).map((c) => c.id)).toEqual(collapsed);
      for (const id of collapsed) expect(isCollapsed(doc.getElementById(`comment-${id}`)!)).toBe(true);
    }
  });

  it('reads exact counts from a logged-in reader’s vote tooltips, labelled in its language', () => {
    const big = generateThread({ comments: 30, maxDepth: 3, seed: 2, maxVotes: 40_000 });
    expect(big.comments.some((c) => c.up >= 1000)).toBe(true);
    const { comments } = read(big, { version: 'B', view: 'tree', theme: 'light', loggedIn: true, lang });
    for (const c of big.comments) {
      const { up, down, score } = comments.find((x) => x.id === c.id)!.votes;
      expect({ up, down, score }).toEqual({ up: { value: c.up, approx: false }, down: { value: c.down, approx: false }, score: { value: c.up - c.down, approx: false } });
    }
  });
});

describe('a comment whose text only looks like a placeholder', () => {
  it('is not taken for deleted unless the whole body is the italic placeholder', () => {
    const comments: CommentSpec[] = [
      { id: 1, parentId: null, author: { name: 'a' }, body: 'gelöscht vom Ersteller', up: 1, down: 0 },
      { id: 2, parentId: null, author: { name: 'b' }, body: '*Durch Moderator entfernt* war die Antwort', up: 1, down: 0 },
      { id: 3, parentId: null, author: { name: 'c' }, body: '*投稿者によって削除済*', up: 1, down: 0 },
    ];
    const { comments: got } = read({ ...demoThread, comments }, { version: 'B', view: 'tree', theme: 'light', lang: 'de' });
    // A user's own italic line that happens to be a placeholder cannot be told from lemmy-ui's: the data decides then (merge.ts).
    expect(got.map((c) => [c.deleted, c.removed])).toEqual([[false, false], [false, false], [true, false]]);
  });
});

/** Bad input: a thread in several languages and scripts, on a lemmy-ui page in another language again. */
describe('a mixed-language thread on a German or untranslated (Croatian) lemmy-ui page', () => {
  const person = (name: string) => ({ name, instance: demoThread.host });
  const comments: CommentSpec[] = [
    { id: 1, parentId: null, author: person('jun'), body: '東京の終電は早すぎると思います。深夜バスがもっと必要です。', up: 5, down: 0 },
    { id: 2, parentId: 1, author: person('lena'), body: '> 深夜バスがもっと必要です。\n\nGenau so ist es bei uns auch: die letzte Straßenbahn fährt um halb eins.', up: 3, down: 0 },
    { id: 3, parentId: 2, author: person('samir'), body: '> die letzte Straßenbahn fährt um halb eins\n\nعندنا آخر حافلة تغادر عند منتصف الليل، وهذا متأخر بما يكفي.', up: 2, down: 1 },
    { id: 4, parentId: 3, author: person('noa'), body: '> آخر حافلة تغادر عند منتصف الليل\n\nIn our town the last bus leaves at eleven, which is far too early.', up: 4, down: 0 },
    { id: 5, parentId: 1, author: person('gone'), body: '', up: 0, down: 0, deleted: true },
    { id: 6, parentId: 5, author: person('mina'), body: '> 投稿者によって削除済\n\n削除されたコメントへの返信です。', up: 1, down: 0 },
    { id: 7, parentId: null, author: person('ivo'), body: '', up: 0, down: 3, removed: true },
  ];
  const spec: ThreadSpec = { ...demoThread, comments };

  it.each(['de', 'hr'] as const)('%s: every quote links its source across scripts, none links a placeholder, find sees every script but no placeholder', (lang) => {
    const doc = new DOMParser().parseFromString(renderPage(spec, { version: 'B', view: 'tree', theme: 'light', lang }), 'text/html');
    const thread = readThread(doc, { host: spec.host });
    expect([...thread.byId.values()].filter((c) => c.deleted || c.removed).map((c) => c.id)).toEqual([5, 7]);
    const links = matchQuotes(thread).map((l) => [l.quoteOf, l.source.kind === 'comment' ? l.source.id : l.source.kind, l.gone ?? null]);
    // 6 quotes its deleted parent: the link says the parent is gone, it does not match lemmy-ui's placeholder.
    expect(links).toEqual([[2, 1, null], [3, 2, null], [4, 3, null], [6, 5, 'deleted']]);
    const found = (q: string) => searchThread(thread, parseQuery(q)!).map((h) => h.id);
    expect(found('深夜バス')).toEqual([1, 2]);
    expect(found('straßenbahn')).toEqual([2, 3]);
    expect(found('منتصف الليل')).toEqual([3, 4]);
    expect(found(uiStrings(lang).deleted)).toEqual([]);
    expect(found(uiStrings(lang).removed)).toEqual([]);
  });
});
