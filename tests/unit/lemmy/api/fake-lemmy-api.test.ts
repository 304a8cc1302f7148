// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { generateThread } from '../../../fixtures/generate';
import { fakeLemmyApi } from '../../../support/fake-lemmy-api';

/** The fake API answers as Lemmy does where loadComments relies on it (docs/lemmy-api.md). */
const spec = generateThread({ comments: 75, maxDepth: 4, seed: 2 });
const ask = async (api: ReturnType<typeof fakeLemmyApi>, path: string) => {
  const reply = await api.answer(new URL(path, 'http://127.0.0.1'));
  return { ...reply, json: reply.headers?.['content-type'] === 'application/json' ? JSON.parse(reply.body) : null };
};

describe('fakeLemmyApi', () => {
  it('pages v3 by number and v4 by an opaque cursor, to the same comments', async () => {
    const api = fakeLemmyApi(spec);
    const p = spec.post.id;
    const v3 = [(await ask(api, `/api/v3/comment/list?post_id=${p}&limit=50&page=1`)).json, (await ask(api, `/api/v3/comment/list?post_id=${p}&limit=50&page=2`)).json];
    expect(v3.map((b) => b.comments.length)).toEqual([50, 25]);
    const first = (await ask(api, `/api/v4/comment/list?post_id=${p}&limit=50`)).json;
    expect(first.items).toHaveLength(50);
    expect(first.next_page).toMatch(/^[A-Za-z0-9+/=]+$/);
    const second = (await ask(api, `/api/v4/comment/list?post_id=${p}&limit=50&page_cursor=${encodeURIComponent(first.next_page)}`)).json;
    expect(second.items).toHaveLength(25);
    expect(second.next_page).toBeUndefined();
    const ids = (views: { comment: { id: number } }[]) => views.map((v) => v.comment.id);
    expect(ids([...first.items, ...second.items])).toEqual(ids([...v3[0].comments, ...v3[1].comments]));
  });

  it('refuses a limit over 50 and a cursor it did not make; lists nothing for another post', async () => {
    const api = fakeLemmyApi(spec);
    expect((await ask(api, `/api/v3/comment/list?post_id=${spec.post.id}&limit=51`)).status).toBe(400);
    expect((await ask(api, `/api/v4/comment/list?post_id=${spec.post.id}&limit=5&page_cursor=42`)).status).toBe(400);
    expect((await ask(api, `/api/v3/comment/list?post_id=${spec.post.id + 1}&limit=50`)).json).toEqual({ comments: [] });
    expect((await ask(api, `/api/v3/post?id=${spec.post.id + 1}`)).status).toBe(404);
  });

  it('answers every Nth request 429, and fails chosen pages a chosen number of times', async () => {
    const limited = fakeLemmyApi(spec, { rateLimitEvery: 2 });
    const replies = [];
    for (let i = 0; i < 4; i++) replies.push(await ask(limited, `/api/v3/post?id=${spec.post.id}`));
    expect(replies.map((r) => [r.status ?? 200, r.headers?.['retry-after']])).toEqual([[200, undefined], [429, '1'], [200, undefined], [429, '1']]);

    const failing = fakeLemmyApi(spec, { failPages: new Set([2]), failWith: 503, failTimes: 1 });
    const page2 = `/api/v3/comment/list?post_id=${spec.post.id}&limit=50&page=2`;
    expect((await ask(failing, page2)).status).toBe(503);
    expect((await ask(failing, page2)).json.comments).toHaveLength(25);
  });
});
