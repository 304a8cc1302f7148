/**
 * storage.sync's per-item limit (chrome.storage.sync.QUOTA_BYTES_PER_ITEM;
 * Firefox has the same): an item is measured as its key plus its value's JSON.
 * A write over it fails, so what is written is checked against it first.
 */
export const QUOTA_BYTES_PER_ITEM = 8192;

/** The instance list's key in sync storage (items.ts defines the item under it). */
export const INSTANCES_KEY = 'instances';

const bytes = new TextEncoder();

export function itemBytes(key: string, value: unknown): number {
  return bytes.encode(key + JSON.stringify(value)).length;
}

const HOLDS = `sync storage holds ${QUOTA_BYTES_PER_ITEM / 1024} KB`;

/** Said wherever an instance is refused because the list has no room for it. */
export const INSTANCE_LIST_FULL = `The instance list is full: ${HOLDS}; remove one to add another.`;

/** The instances in a file do not fit, even in an empty list. */
export const fileInstancesTooMany = (count: number) => `The file's ${count} instances do not fit the instance list: ${HOLDS}.`;

/** The instances listed now and a file's do not fit together. */
export const importInstancesTooMany = (listed: number, together: number) =>
  `The instance list is full: ${HOLDS}, and the ${listed} listed now with the file's make ${together}; remove some to import these.`;

/** Storing settings whose instance list does not fit (the last guard, settings/write.ts). */
export const INSTANCES_UNSTORABLE = `the instance list does not fit: ${HOLDS}`;

/** Thrown where an instance is added to a list that has no room for it. */
export class InstanceListFull extends Error {
  constructor() {
    super(INSTANCE_LIST_FULL);
    this.name = 'InstanceListFull';
  }
}

/**
 * The limit on the instance list is its bytes, not a count: origins differ in
 * length (lemmy.world and a 253-character host), so any count is either too
 * strict for real hosts or too loose for long ones. About 300 origins of 25
 * characters fit, 30 of the longest. No count cap besides: the bytes bound it.
 */
export function instancesFit(origins: readonly string[]): boolean {
  return itemBytes(INSTANCES_KEY, origins) <= QUOTA_BYTES_PER_ITEM;
}

/**
 * How many of these origins, from the first, fit one item. Adds up what
 * itemBytes would measure (`instances[`, each quoted origin, commas, `]`)
 * one origin at a time, so a long list is measured once, not once per length.
 */
export function instancesThatFit(origins: readonly string[]): number {
  let used = itemBytes(INSTANCES_KEY, []);
  for (const [i, origin] of origins.entries()) {
    used += bytes.encode(JSON.stringify(origin)).length + (i > 0 ? ','.length : 0);
    if (used > QUOTA_BYTES_PER_ITEM) return i;
  }
  return origins.length;
}

/** The keys of the sync items (key → value) that would not fit. */
export function overQuota(items: Record<string, unknown>): string[] {
  return Object.entries(items)
    .filter(([key, value]) => itemBytes(key, value) > QUOTA_BYTES_PER_ITEM)
    .map(([key]) => key);
}
