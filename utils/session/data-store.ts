import type { IsoData } from '../lemmy/iso-data';
import type { CommentData } from '../thread/types';

/**
 * What the data knows of the thread: isoData while it fits the page, then the
 * API's comments over it (fresher); the post's count from the API, isoData or the page. The joined map is made again only when
 * one of them changed.
 */
export function createDataStore(isoData: () => IsoData | null, pageTotal: () => number | null) {
  const api = new Map<number, CommentData>();
  let apiTotal: number | null = null;
  let joined: { iso: IsoData | null; map: Map<number, CommentData> } | null = null;
  let changed = 0;
  let joinedAt = -1;
  const store = {
    complete: false,
    comments(): ReadonlyMap<number, CommentData> {
      const iso = isoData();
      if (joined && joined.iso === iso && joinedAt === changed) return joined.map;
      const map = new Map(iso?.comments);
      for (const [id, c] of api) map.set(id, c);
      joined = { iso, map };
      joinedAt = changed;
      return map;
    },
    /** The post's comment count; once complete, what is known is the whole thread. */
    total(known: number): number | null {
      if (store.complete) return known;
      return apiTotal ?? isoData()?.postComments ?? pageTotal();
    },
    add(comments: readonly CommentData[], options: { total?: number | null; complete?: boolean }) {
      for (const c of comments) api.set(c.id, c);
      if (options.total != null) apiTotal = options.total;
      if (options.complete) store.complete = true;
      changed++;
    },
  };
  return store;
}
