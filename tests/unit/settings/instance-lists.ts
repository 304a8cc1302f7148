/**
 * Instance lists for the sync quota tests, measured here on their own terms
 * (the item's key plus its JSON, in UTF-8 bytes, as chrome.storage.sync counts
 * it) so the tests do not take the code's word for what fits.
 */

export const QUOTA = 8192;
export const FULL = 'The instance list is full: sync storage holds 8 KB; remove one to add another.';

const utf8 = new TextEncoder();
export const bytesOf = (list: string[]) => utf8.encode('instances' + JSON.stringify(list)).length;

/** As short as most real instances' origins (https://lemmy.world, https://sh.itjust.works): 22 to 24 characters. */
export const typical = (count: number) => Array.from({ length: count }, (_, i) => `https://lemmy-${i}.social`);

/** Longer ones, 30 to 32 characters. */
export const longer = (count: number) => Array.from({ length: count }, (_, i) => `https://lemmy-${i}.example.social`);

/** The longest origins there are: hosts of 253 characters, DNS's limit. */
export const longest = (count: number) => Array.from({ length: count }, (_, i) => `https://${String(i).padStart(3, '0')}${'a'.repeat(250)}`);

/** An origin whose host has exactly `length` characters. */
export const hostOf = (length: number, mark = 'z') => `https://${mark}${'b'.repeat(length - 1)}`;

/** The longest list `make` gives that still fits one sync item, and the origin that would not. */
export function fullList(make: (count: number) => string[]): { full: string[]; next: string } {
  let count = 0;
  while (bytesOf(make(count + 1)) <= QUOTA) count++;
  const more = make(count + 1);
  return { full: more.slice(0, count), next: more[count]! };
}

/**
 * 30 of the longest origins and one more whose host is just long enough to
 * fill the item to the byte (`over` = 1: one byte past it).
 */
export function longestToTheByte(over: 0 | 1): string[] {
  const thirty = longest(30);
  const room = QUOTA - bytesOf(thirty) - ',""'.length - 'https://'.length;
  return [...thirty, hostOf(room + over)];
}
