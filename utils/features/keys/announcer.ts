import { signal, type ReadonlySignal } from '@preact/signals';

export interface Announcement {
  text: string;
  /** Counts up with each announcement, so the same words twice are announced twice. */
  n: number;
}

export interface Announcer {
  message: ReadonlySignal<Announcement>;
  say(text: string): void;
}

/**
 * What a screen reader should hear after a jump made from the page (keys,
 * quote headers): the sidebar renders it in a polite live region. Jumps made
 * inside the outline need none: focus moves to the row, which is read.
 */
export function createAnnouncer(): Announcer {
  const message = signal<Announcement>({ text: '', n: 0 });
  return {
    message,
    say: (text) => (message.value = { text, n: message.peek().n + 1 }),
  };
}
