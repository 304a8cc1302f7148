import { MAX_ORIGIN_LENGTH } from '../instances/origins';

/**
 * storage.sync's per-item limit (chrome.storage.sync.QUOTA_BYTES_PER_ITEM;
 * Firefox has the same): an item is measured as its key plus its value's JSON.
 * A write over it fails, so what is written is checked against it first.
 */
export const QUOTA_BYTES_PER_ITEM = 8192;

const bytes = new TextEncoder();

export function itemBytes(key: string, value: unknown): number {
  return bytes.encode(key + JSON.stringify(value)).length;
}

/**
 * How many instances the synced list may hold: as many of the longest allowed
 * origins as fit one item, `instances` + `[` + quoted origins with commas + `]`.
 * A count (not a byte budget) so the limit can be said in one number.
 */
export const MAX_INSTANCES = Math.floor((QUOTA_BYTES_PER_ITEM - 'instances[]'.length + 1) / (MAX_ORIGIN_LENGTH + '"",'.length));

/** The keys of the sync items (key → value) that would not fit. */
export function overQuota(items: Record<string, unknown>): string[] {
  return Object.entries(items)
    .filter(([key, value]) => itemBytes(key, value) > QUOTA_BYTES_PER_ITEM)
    .map(([key]) => key);
}
