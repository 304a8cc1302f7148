import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDataObject, objectLiteralAt, readIsoData } from '../../../utils/lemmy/iso-data';

const script = (body: string) =>
  new DOMParser().parseFromString(`<head><script>${body}</script></head><body></body>`, 'text/html');

describe('readIsoData', () => {
  it("reads serialize-javascript's output, with undefined and trailing code", () => {
    const doc = script(
      'window.isoData = {"path":"\\u002Fpost\\u002F7","errorPageData":undefined,"site_res":{"site_view":{"local_site":{"enable_downvotes":false}}},' +
        '"routeData":{"commentsRes":{"state":"success","data":{"comments":[' +
        '{"comment":{"id":11,"path":"0.11","deleted":false,"removed":false,"content":"a } { \\"undefined\\""},"counts":{"upvotes":1234,"downvotes":5,"score":1229}},' +
        '{"comment":{"id":12,"path":"0.11.12","deleted":true,"removed":false},"counts":{"upvotes":0,"downvotes":0,"score":0}}]}}}};\n' +
        'if (!document.documentElement.hasAttribute("data-bs-theme")) {}',
    );
    const iso = readIsoData(doc)!;
    expect(iso.path).toBe('/post/7');
    expect(iso.downvotes).toBe(false);
    expect(iso.comments.get(11)).toMatchObject({ id: 11, parentId: null, deleted: false, removed: false, offPage: true, text: 'a } { "undefined"' });
    expect(iso.comments.get(11)!.votes).toEqual({ up: { value: 1234, approx: false }, down: { value: 5, approx: false }, score: { value: 1229, approx: false } });
    expect(iso.comments.get(12)).toMatchObject({ parentId: 11, deleted: true, text: '' });
  });

  it('reads 1.0 (C) items with counts on the comment', () => {
    const doc = script(
      'window.isoData = {"path":"/post/1","routeData":{"commentsRes":{"data":{"items":[{"comment":{"id":3,"path":"0.3","upvotes":2,"downvotes":1,"score":1}}]}}}};',
    );
    expect(readIsoData(doc)!.comments.get(3)!.votes).toEqual({ up: { value: 2, approx: false }, down: { value: 1, approx: false }, score: { value: 1, approx: false } });
  });

  it('returns null for missing or broken data', () => {
    expect(readIsoData(script('var x = 1;'))).toBeNull();
    expect(readIsoData(script('window.isoData = {"path": '))).toBeNull();
    expect(objectLiteralAt('no brace', 0)).toBeNull();
  });
});

describe('objectLiteralAt', () => {
  // A value serialize-javascript would write as a bare `undefined`.
  const UNDEFINED = '\u0000undefined\u0000';
  const leaf = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(UNDEFINED), fc.constantFrom('}', '{"', '\\', '\\"', 'undefined', '"undefined":1'));
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string(), tie('node'), { maxKeys: 4 })),
  })).node;

  it('cuts the object out of the script, whatever its strings hold, with bare undefined as null', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), value, { maxKeys: 5 }), fc.constantFrom('', ';', ';\nif (a) { b("}") }'), (object, after) => {
        const json = JSON.stringify(object);
        const written = json.replaceAll(JSON.stringify(UNDEFINED), 'undefined');
        const text = `window.isoData = ${written}${after}`;
        const cut = objectLiteralAt(text, text.indexOf('{'));
        expect(cut).toBe(json.replaceAll(JSON.stringify(UNDEFINED), 'null'));
        expect(() => JSON.parse(cut!)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('reads the same object on its own line (the fast way) as cut out with care, one line or pretty-printed', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), value, { maxKeys: 5 }), fc.boolean(), fc.constantFrom('', ';', ';\nif (a) { b("}") }', '; f({"x":1})'), (object, pretty, after) => {
        const json = JSON.stringify(object, null, pretty ? 1 : undefined);
        const text = `window.isoData = ${json.replaceAll(JSON.stringify(UNDEFINED), 'undefined')}${after}`;
        expect(isoDataObject(text, text.indexOf('{'))).toEqual(JSON.parse(json.replaceAll(JSON.stringify(UNDEFINED), 'null')));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves text that looks like a bare undefined inside strings as it is', () => {
    const text = String.raw`window.isoData = {"a":"x\":undefined,","b":undefined,"c":[":undefined}"]};`;
    expect(isoDataObject(text, text.indexOf('{'))).toEqual({ a: 'x":undefined,', b: null, c: [':undefined}'] });
    expect(isoDataObject('window.isoData = {"a":', 17)).toBeUndefined();
  });

  it('gives null for an object that never closes, or a string that never ends', () => {
    expect(objectLiteralAt('{"a":{"b":1}', 0)).toBeNull();
    expect(objectLiteralAt('{"a":"open}', 0)).toBeNull();
    // A string ending in an escaped backslash closes; an escaped quote does not.
    expect(objectLiteralAt(String.raw`{"a":"\\"}`, 0)).toBe(String.raw`{"a":"\\"}`);
    expect(objectLiteralAt(String.raw`{"a":"\"}`, 0)).toBeNull();
    expect(objectLiteralAt(String.raw`{"a":"\\\"}`, 0)).toBeNull();
  });
});
