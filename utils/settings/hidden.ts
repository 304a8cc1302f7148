import { effect, signal, type Signal } from '@preact/signals';
import { logOnce } from '../log';
import { asBoolean, sidebarHidden } from './items';

export interface HiddenSidebar {
  /** Whether the reader hid the sidebar; set it to change the stored choice. */
  hidden: Signal<boolean>;
  /** Settles once the stored choice was read (or reading it failed). */
  loaded: Promise<void>;
  stop(): void;
}

/**
 * The one follower of "sidebar hidden", the reader's choice shared by every
 * open tab and the popup: read once, kept current by storage changes, and
 * stored when set (not before it was read, which would overwrite the stored
 * choice with the default).
 */
export function followHiddenSidebar(): HiddenSidebar {
  const hidden = signal(false);
  let loaded = false;
  let stored = false;
  const read = sidebarHidden
    .getValue()
    .then((v) => void (stored = hidden.value = asBoolean(v, false)))
    .catch((error: unknown) => logOnce('reading settings', error))
    .finally(() => (loaded = true));
  const unwatch = sidebarHidden.watch((v) => (stored = hidden.value = asBoolean(v, false)));
  const unsave = effect(() => {
    const value = hidden.value;
    if (loaded && value !== stored) {
      stored = value;
      sidebarHidden.setValue(value).catch((error: unknown) => logOnce('saving settings', error));
    }
  });
  return {
    hidden,
    loaded: read,
    stop() {
      unwatch();
      unsave();
    },
  };
}
