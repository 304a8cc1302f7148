import { browser } from '#imports';
import { signal, type ReadonlySignal } from '@preact/signals';
import { logOnce } from '../../log';
import { noteShown, pendingNote } from '../../settings/whats-new-store';
import { notesBetween, type NoteLine } from './notes';

export interface WhatsNewFeature {
  /** The note's lines for this version, while it shows; null when there is none. */
  lines: ReadonlySignal<readonly NoteLine[] | null>;
  /** The version it is about ("" where it cannot be read). */
  version: string;
  dismiss(): void;
}

/** This build's version, or null: a content script outlives its extension's reload, and then the runtime throws. */
function currentVersion(): string | null {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return null;
  }
}

/**
 * The "what's new" note after an update: shown by the first sidebar that opens
 * with it pending (utils/settings/whats-new-store), which clears it, so it shows
 * once; × hides it here. Nothing waits for it: the sidebar draws without it first.
 */
export function startWhatsNew(): WhatsNewFeature {
  const lines = signal<readonly NoteLine[] | null>(null);
  const version = currentVersion();
  if (version)
    pendingNote()
      .then(async (pending) => {
        if (!pending) return;
        // A note left by an update to another version (a downgrade since, say) is not this one's: dropped unseen.
        const found = pending.to === version ? notesBetween(pending.from, pending.to) : [];
        if (found.length) lines.value = found;
        await noteShown();
      })
      .catch((error: unknown) => logOnce("reading the what's new note", error));
  return { lines, version: version ?? '', dismiss: () => (lines.value = null) };
}
