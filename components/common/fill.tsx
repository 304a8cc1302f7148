import type { ComponentChildren } from 'preact';

/** Stand-ins for elements inside a message: private-use characters no message or name holds. */
export const SLOT = ['\uE001', '\uE002', '\uE003'] as const;

/**
 * A translated sentence with elements in it ("@ana quotes @bo", both buttons):
 * the message is asked for with `SLOT[i]` as its substitutions, and each slot
 * is replaced by `parts[i]` wherever the language put it.
 */
export function fill(message: string, parts: readonly ComponentChildren[]): ComponentChildren[] {
  return message.split(/([\uE001-\uE003])/).map((piece) => {
    const slot = SLOT.indexOf(piece as (typeof SLOT)[number]);
    return slot >= 0 ? parts[slot] : piece;
  });
}
