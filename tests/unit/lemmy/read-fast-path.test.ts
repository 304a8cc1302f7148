import { describe, expect, it } from 'vitest';
import { readIsoData } from '../../../utils/lemmy/iso-data';
import { sameText } from '../../../utils/lemmy/read-comment';
import { readComments } from '../../../utils/lemmy/read-thread';
import { buildThread } from '../../../utils/thread/build';
import { mergeWithData } from '../../../utils/thread/merge';
import type { CommentData, Thread } from '../../../utils/thread/types';
import { generateThread, renderPage } from '../../fixtures/build-thread';
import { demoThread } from '../../fixtures/demo-thread';
import type { ThreadSpec, Version, View } from '../../fixtures/thread-spec';
import { shownFields as shown } from '../../support/shown-fields';

/**
 * The reader's fast path (read-comment.ts readFromData): a comment the page's data holds is read
 * from its article only for its text, "more replies" and lemmy-ui's collapse. Joined with the
 * data, the thread must be the one the whole reader gives.
 */
function page(spec: ThreadSpec, version: Version, view: View): Document {
  const path = `/post/${spec.post.id}`;
  return new DOMParser().parseFromString(renderPage(spec, { version, view, theme: 'light', path, isoData: true }), 'text/html');
}

function joined(doc: Document, data: ReadonlyMap<number, CommentData>, fast: boolean, host: string): Thread {
  const read = readComments(doc, fast ? { host, data: () => data } : { host });
  return buildThread(null, mergeWithData(read.comments, data));
}

const generated = generateThread({ comments: 120, maxDepth: 6, quoteEvery: 4, seed: 19, host: 'lemmy.test' });

describe('the fast path gives the thread the whole reader gives', () => {
  const cases = (['A', 'B', 'C'] as const).flatMap((v) => (['tree', 'flat'] as const).flatMap((view) => [[v, view, 'demo'] as const, [v, view, 'generated'] as const]));
  it.each(cases)('lemmy-ui %s, %s view, %s thread', (version, view, which) => {
    const spec = which === 'demo' ? demoThread : generated;
    const doc = page(spec, version, view);
    const iso = readIsoData(doc, spec.host)!;
    expect(iso.comments.size).toBeGreaterThan(0);
    const fast = readComments(doc, { host: spec.host, data: () => iso.comments });
    expect(fast.comments.every((c) => c.fromData)).toBe(true);
    expect(shown(joined(doc, iso.comments, true, spec.host))).toEqual(shown(joined(doc, iso.comments, false, spec.host)));
  });

  it('reads a comment the data lacks in full, beside those it holds', () => {
    const doc = page(generated, 'B', 'tree');
    const iso = readIsoData(doc, generated.host)!;
    const some = new Map([...iso.comments].filter(([id]) => id % 3 !== 0));
    const read = readComments(doc, { host: generated.host, data: () => some });
    expect(read.comments.filter((c) => !c.fromData).map((c) => c.id)).toEqual(read.comments.map((c) => c.id).filter((id) => id % 3 === 0));
    expect(shown(joined(doc, some, true, generated.host))).toEqual(shown(joined(doc, some, false, generated.host)));
  });
});

describe('what wins when page and data differ', () => {
  const doc = () => page(demoThread, 'B', 'tree');

  it('an article lemmy-ui changed after it was read is read whole: its exact count is newer than the data', () => {
    const d = doc();
    const iso = readIsoData(d, demoThread.host)!;
    const [id, data] = [...iso.comments].find(([, c]) => c.votes.up && !c.deleted && !c.removed)!;
    const article = d.getElementById(`comment-${id}`)!;
    const up = article.querySelector('[aria-label$="Upvotes"]')!;
    const voted = data.votes.up!.value + 1;
    up.setAttribute('aria-label', `${voted} Upvotes`);
    up.setAttribute('data-tippy-content', `${voted} Upvotes`);
    up.lastChild!.textContent = String(voted);
    const ctx = { host: demoThread.host, data: () => iso.comments, changed: new WeakSet<Element>() };
    const before = buildThread(null, mergeWithData(readComments(d, ctx).comments, iso.comments));
    expect(before.byId.get(id)!.votes.up!.value).toBe(data.votes.up!.value); // not changed since read: the data's
    ctx.changed.add(article);
    const after = buildThread(null, mergeWithData(readComments(d, ctx).comments, iso.comments));
    expect(after.byId.get(id)!.votes.up).toEqual({ value: voted, approx: false });
    expect(after.byId.get(id)!.fromData).toBeUndefined();
  });

  it("fresher data (the API's over isoData) replaces what the fast path took from isoData", () => {
    const d = doc();
    const iso = readIsoData(d, demoThread.host)!;
    const read = readComments(d, { host: demoThread.host, data: () => iso.comments });
    const [id, old] = [...iso.comments].find(([, c]) => c.votes.up && !c.deleted && !c.removed)!;
    const api = new Map(iso.comments);
    api.set(id, { ...old, votes: { ...old.votes, up: { value: old.votes.up!.value + 40, approx: false } }, deleted: true, text: '', quotes: [] });
    const c = buildThread(null, mergeWithData(read.comments, api)).byId.get(id)!;
    expect(c.votes.up!.value).toBe(old.votes.up!.value + 40);
    expect([c.deleted, c.text, c.offPage]).toEqual([true, '', undefined]);
  });
});

describe("sameText: the data's text stands for the page's only when they have the same characters at the same offsets", () => {
  it.each([
    ['One.\nTwo.', 'One.\nTwo.', true],
    ['\n  One.  \n\n Two. ', 'One.\nTwo.', true],
    ['One.\u00a0Two.', 'One. Two.', true],
    ['One. Two.', 'One.\nTwo.', true], // the kind of separator: find and quotes ignore it
    ['One.Two.', 'One.\nTwo.', false], // a block without whitespace around it: the walk decides
    ['arrow-upOne.', 'One.', false], // an icon's name in the page
    ['One.', 'One. ', false],
    ['One.', 'One.  Two.', false],
    ['', '', true],
  ])('%j vs %j', (raw, text, same) => {
    expect(sameText(raw, text)).toBe(same);
  });
});
