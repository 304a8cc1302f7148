import { isKeyAllowed } from './keys';
import { sharedKeys } from './keymap';
import { syncItemsOf, type settingsItem } from './items';
import { INSTANCES_UNSTORABLE, instancesFit, overQuota } from './quota';
import type { Settings } from './schema';

/** One storage item to set, with what it held before (put back if a later write fails). */
export interface Write {
  item: Pick<typeof settingsItem, 'setValue'>;
  before: unknown;
  after: unknown;
}

/**
 * Why these settings must not be stored, or null. The options page already
 * refuses all of this where it is typed or imported; this is the last guard,
 * so that no caller can store what the reader would have to repair.
 */
export function unstorable(s: Settings): string | null {
  if (!Object.values(s.keys).every(isKeyAllowed) || sharedKeys(s.keys).length) return 'a key is invalid or on two commands';
  if (!instancesFit(s.instances)) return INSTANCES_UNSTORABLE;
  const over = overQuota(syncItemsOf(s));
  return over.length ? `${over.join(', ')} would not fit sync storage` : null;
}

/** An error as words for a report. */
export const why = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Writes one item after another. If one fails, those already written get
 * their old values back (best effort: storage may be failing) and the error
 * says whether that worked.
 */
export async function writeAll(writes: Write[]): Promise<void> {
  const done: Write[] = [];
  for (const write of writes) {
    try {
      await write.item.setValue(write.after);
      done.push(write);
    } catch (error) {
      if (!done.length) throw new Error(`storage refused it (${why(error)}); nothing was changed`);
      const back = await Promise.allSettled(done.map((w) => w.item.setValue(w.before)));
      const restored = back.every((r) => r.status === 'fulfilled');
      throw new Error(`storage refused it (${why(error)}); ${restored ? 'what was there before is back' : 'what was there before could not all be put back'}`);
    }
  }
}
