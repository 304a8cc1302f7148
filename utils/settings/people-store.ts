import { storage } from '#imports';
import { pack, parsePeople, type Packed, type Person } from './people';
import { itemBytes, QUOTA_BYTES_PER_ITEM } from './quota';

/**
 * Where the reader's people are kept (./people validates them).
 *
 * Sync storage, so tags, follows and mutes follow the reader: split into at
 * most SYNC_CHUNKS items (`people0`, `people1`, …) of at most 8 KB each, the
 * per-item limit, which leaves about 20 KB of sync's 100 KB for the settings
 * (a few KB) and the instance list (8 KB at most). Each person is stored as
 * [id, tag, colour, flags], about 60 bytes, so some 1,300 people fit.
 *
 * A longer list (10,000 people is about 600 KB) cannot be synced: it is kept
 * whole in this browser's local storage (`local:people`) and the synced
 * chunks are removed, so no other device keeps editing an outdated copy. The
 * options page says so. When the list is short enough again it moves back.
 * A list in local storage wins over the chunks when loading: it is written
 * first and removed last, so it is never the older of the two.
 */
export const SYNC_CHUNKS = 10;
export type Where = 'sync' | 'local';

const chunkKey = (i: number) => `people${i}`;
const SYNC_KEYS = Array.from({ length: SYNC_CHUNKS }, (_, i) => `sync:${chunkKey(i)}` as const);
const LOCAL_KEY = 'local:people' as const;

export interface StoredPeople {
  people: Map<string, Person>;
  where: Where;
  /** Stored values that were not valid (dropped or replaced), for the options page. */
  errors: string[];
}

/** What one context changed: applied to what is stored now, in order, so two tabs lose nothing. */
export type PeopleChange = { set: Person } | { remove: string };

const bytes = new TextEncoder();

/** The people split into sync items that each fit QUOTA_BYTES_PER_ITEM, or null when they need more than SYNC_CHUNKS. Pure. */
export function chunked(people: Iterable<Person>): Packed[][] | null {
  const chunks: Packed[][] = [[]];
  let used = itemBytes(chunkKey(0), []);
  for (const person of people) {
    const packed = pack(person);
    const size = bytes.encode(JSON.stringify(packed)).length + 1;
    if (used + size > QUOTA_BYTES_PER_ITEM) {
      if (chunks.length === SYNC_CHUNKS) return null;
      chunks.push([]);
      used = itemBytes(chunkKey(chunks.length - 1), []);
    }
    chunks[chunks.length - 1]!.push(packed);
    used += size;
  }
  return chunks;
}

/** The changes applied to `people`, in order. Pure. */
export function applyChanges(people: ReadonlyMap<string, Person>, changes: readonly PeopleChange[]): Map<string, Person> {
  const next = new Map(people);
  for (const change of changes) {
    if ('set' in change) next.set(change.set.id, change.set);
    else next.delete(change.remove);
  }
  return next;
}

/** Reads the stored people: the local list when there is one, else the synced chunks. Invalid entries are dropped and reported. */
export async function loadPeople(): Promise<StoredPeople> {
  const [local, ...chunks] = await storage.getItems([LOCAL_KEY, ...SYNC_KEYS]);
  const errors: string[] = [];
  if (Array.isArray(local?.value)) return { people: parsePeople(local.value, errors, 'people (this browser)'), where: 'local', errors };
  if (local?.value !== null && local?.value !== undefined) errors.push('people (this browser): not a list; ignored');
  const all: unknown[] = [];
  chunks.forEach((chunk, i) => {
    if (chunk?.value === null || chunk?.value === undefined) return;
    if (Array.isArray(chunk.value)) all.push(...(chunk.value as unknown[]));
    else errors.push(`${chunkKey(i)}: not a list; ignored`);
  });
  return { people: parsePeople(all, errors, 'people'), where: 'sync', errors };
}

async function storeLocally(people: ReadonlyMap<string, Person>): Promise<Where> {
  await storage.setItem(LOCAL_KEY, [...people.values()].map(pack));
  await storage.removeItems(SYNC_KEYS).catch(() => undefined);
  return 'local';
}

/**
 * Stores the whole list where it fits (see above); says where. Sync refusing
 * the write (its 100 KB shared with the settings, or its write rate) also
 * keeps the list locally: it is never lost for want of sync room.
 */
export async function storePeople(people: ReadonlyMap<string, Person>): Promise<Where> {
  const chunks = chunked(people.values());
  if (!chunks) return storeLocally(people);
  try {
    // One write for every chunk (unused ones emptied): a reader never sees half a list.
    await storage.setItems(SYNC_KEYS.map((key, i) => ({ key, value: chunks[i] ?? [] })));
  } catch {
    return storeLocally(people);
  }
  await storage.removeItem(LOCAL_KEY);
  return 'sync';
}

/** Forgets every person, synced and local ("reset everything" on the options page). */
export async function clearPeople(): Promise<void> {
  await storage.removeItems([LOCAL_KEY, ...SYNC_KEYS]);
}

const same = (a: Person | undefined, b: Person) => !!a && a.tag === b.tag && a.color === b.color && a.follow === b.follow && a.mute === b.mute;
const applied = (people: ReadonlyMap<string, Person>, c: PeopleChange) => ('set' in c ? same(people.get(c.set.id), c.set) : !people.has(c.remove));
const pause = () => new Promise((r) => setTimeout(r, 5 + Math.random() * 25));

/**
 * Applies `changes` to what is stored now and stores the result. Storage has
 * no transactions: another tab may write between this read and write, so the
 * result is read back after a short random pause and written again while a
 * change of ours is missing from it (a change applies twice harmlessly).
 */
export async function savePeople(changes: readonly PeopleChange[]): Promise<StoredPeople> {
  for (let attempt = 0; ; attempt++) {
    const stored = await loadPeople();
    if (attempt > 0 && changes.every((c) => applied(stored.people, c))) return stored;
    const next = applyChanges(stored.people, changes);
    const where = await storePeople(next);
    if (attempt === 3) return { people: next, where, errors: stored.errors };
    await pause();
  }
}

/** Calls `fn` with the stored people whenever any context changes them (once for a write of several items). */
export function watchPeople(fn: (stored: StoredPeople) => void): () => void {
  let queued = false;
  const reload = () => {
    if (queued) return;
    queued = true;
    setTimeout(() => {
      queued = false;
      loadPeople().then(fn, () => undefined);
    }, 0);
  };
  const stops = [LOCAL_KEY, ...SYNC_KEYS].map((key) => storage.watch(key, reload));
  return () => stops.forEach((stop) => stop());
}
