import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { objectLiteralAt, oneLineObject, readIsoData } from '../../../../utils/lemmy/iso-data';
import { renderPage, visibleComments } from '../../../fixtures/build-thread';
import { demoThread } from '../../../fixtures/demo-thread';
import { generateThread } from '../../../fixtures/generate';
import type { ThreadSpec, Version } from '../../../fixtures/thread-spec';

/**
 * The fixture builder's `window.isoData`: each version's shape as real lemmy-ui
 * writes it (../shared, when present), full CommentViews read back by the page's
 * reader, the post's comment count, and lemmy-ui's cap on how many it holds.
 */
// Deep reads of JSON: any keeps them short.
type Json = Record<string, any>;

const SHARED = resolve(import.meta.dirname, '../../../../../shared/fixtures');
const REAL: Record<Version, string> = { A: 'lemmy-ui-0.18.5', B: 'lemmy-ui', C: 'lemmy-ui-1.0.0-beta.1' };
const have = existsSync(SHARED);

const html = (spec: ThreadSpec, version: Version, extra = {}) =>
  renderPage(spec, { version, view: 'tree', theme: 'light', isoData: true, path: `/post/${spec.post.id}`, ...extra });

/** The isoData object of a page's text, as a reader of the page text sees it. */
function iso(page: string): Json {
  const raw = objectLiteralAt(page, page.indexOf('{', page.indexOf('window.isoData')))!;
  return JSON.parse(raw) as Json;
}

const shape = (o: Json) => ({
  top: Object.keys(o),
  route: Object.keys(o.routeData),
  postRes: Object.keys(o.routeData.postRes).sort(),
  comments: Object.keys(o.routeData.commentsRes.data),
  view: Object.keys(o.routeData.postRes.data).sort(),
});

describe('the fixture builder’s isoData', () => {
  const doc = (page: string) => new DOMParser().parseFromString(page, 'text/html');

  describe.skipIf(!have)('in each version’s real shape', () => {
    it.each(['A', 'B', 'C'] as const)('%s', (version) => {
      const real = iso(readFileSync(resolve(SHARED, REAL[version], 'seed-thread.ssr.html'), 'utf8'));
      const ours = iso(html(demoThread, version));
      expect(shape(ours)).toEqual(shape(real));
      const list = version === 'C' ? 'items' : 'comments';
      const [realView, ourView] = [real.routeData.commentsRes.data[list][0], ours.routeData.commentsRes.data[list][0]];
      expect(Object.keys(ourView).filter((k) => !(k in realView))).toEqual([]);
    });
  });

  /** The object as the fast way reads it: on its own line, or undefined when that does not hold. */
  const fast = (page: string) => oneLineObject(page, page.indexOf('{', page.indexOf('window.isoData')));

  describe.skipIf(!have)('read the fast way, as real lemmy-ui writes it', () => {
    it.each(['A', 'B', 'C'] as const)('%s', (version) => {
      const page = readFileSync(resolve(SHARED, REAL[version], 'seed-thread.ssr.html'), 'utf8');
      expect(fast(page)).toEqual(iso(page));
    });
  });

  it.each(['A', 'B', 'C'] as const)('%s: the builder’s isoData is read the fast way too', (version) => {
    const page = html(demoThread, version);
    expect(fast(page)).toEqual(iso(page));
  });

  it.each(['A', 'B', 'C'] as const)('%s: read back whole by the page’s reader, with the post’s count', (version) => {
    const data = readIsoData(doc(html(demoThread, version, { postComments: 40 })), '127.0.0.1')!;
    const shown = visibleComments(demoThread);
    expect([...data.comments.keys()]).toEqual(shown.map((c) => c.id));
    expect(data.postComments).toBe(40);
    const first = shown.find((c) => !c.deleted && !c.removed && !c.body.startsWith('>'))!;
    expect(data.comments.get(first.id)!.text).toContain(first.body.split(' ').slice(0, 3).join(' '));
    expect(data.comments.get(first.id)!.votes.up).toEqual({ value: first.up, approx: false });
  });

  it('holds only the first isoLimit comments in page order, as lemmy-ui holds its first fetch', () => {
    const spec = generateThread({ comments: 400, maxDepth: 5, seed: 8, host: '127.0.0.1' });
    const data = readIsoData(doc(html(spec, 'B', { isoLimit: 300 })), '127.0.0.1')!;
    expect([...data.comments.keys()]).toEqual(spec.comments.slice(0, 300).map((c) => c.id));
    expect(data.postComments).toBe(400);
  });

  it('writes serialize-javascript’s escapes and bare undefined', () => {
    const page = html(demoThread, 'B');
    const script = page.slice(page.indexOf('window.isoData'), page.indexOf('</script>', page.indexOf('window.isoData')));
    expect(script).toContain('"errorPageData":undefined');
    expect(script).not.toMatch(/[<>]/);
    expect(script).toContain('\\u003E');
  });
});
