import type { MessageKey } from '../../i18n';

/** A line of a note: a message of the `whatsNew` group named after its version. */
export type NoteLine = Extract<MessageKey, `whatsNew.v${string}`>;

/**
 * Versions whose changes are worth a note in the sidebar, once, after the
 * update (docs/CHANGELOG.md has every change; this has the few a reader would
 * want to hear of). Each line is a message of the `whatsNew` group.
 */
export const NOTES: Readonly<Record<string, readonly NoteLine[]>> = {
  '0.2.0': ['whatsNew.v0_2_0.wholeThread', 'whatsNew.v0_2_0.languages', 'whatsNew.v0_2_0.options'],
};

/** -1, 0, 1 as version a is older, the same, newer than b (numeric parts; missing ones are 0). */
export function compareVersions(a: string, b: string): number {
  const [pa, pb] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return Math.sign(d);
  }
  return 0;
}

/** The note's lines for an update from `previous` to `current`: those of every version in between, current included, oldest first. */
export function notesBetween(previous: string, current: string): NoteLine[] {
  return Object.keys(NOTES)
    .filter((v) => compareVersions(v, previous) > 0 && compareVersions(v, current) <= 0)
    .sort(compareVersions)
    .flatMap((v) => NOTES[v]!);
}
