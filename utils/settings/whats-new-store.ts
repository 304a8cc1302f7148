import { storage } from '#imports';

/**
 * The update whose "what's new" note the sidebar still has to show once, or
 * nothing. Local: set by this browser's update, cleared by the first sidebar
 * that shows it. Only the background and the sidebar write it, never a page.
 */
export const whatsNewItem = storage.defineItem<unknown>('local:whatsNew', { fallback: null, version: 1 });

export interface Update {
  from: string;
  to: string;
}

const VERSION = /^\d+(\.\d+){0,3}$/;
const isVersion = (v: unknown): v is string => typeof v === 'string' && VERSION.test(v);

/** The update waiting for its note; anything else stored there counts as none. */
export async function pendingNote(): Promise<Update | null> {
  const v = (await whatsNewItem.getValue()) as Partial<Update> | null;
  return v && isVersion(v.from) && isVersion(v.to) ? { from: v.from, to: v.to } : null;
}

export const notePending = (update: Update) => whatsNewItem.setValue(update);
export const noteShown = () => whatsNewItem.removeValue();
