import { DEFAULT_SETTINGS, LIMITS, type WholeThreadSettings } from '../../utils/settings/schema';
import { Section, Toggle, Whole } from './fields';
import type { Part } from './sections';

export function WholeThreadSection({ value, set }: Part<'wholeThread'>) {
  const patch = (p: Partial<WholeThreadSettings>) => set({ ...value, ...p });
  const [min, max] = LIMITS.wholeThreadUpTo;
  return (
    <Section legend="Whole thread" onReset={() => set(DEFAULT_SETTINGS.wholeThread)}>
      <Toggle label="Load the whole thread from this instance when a post opens" checked={value.auto} onChange={(auto) => patch({ auto })} />
      {/* Kept while off (only disabled), so turning the load back on brings the reader's size back. */}
      <Whole label="Only for posts with up to this many comments" value={value.upTo} min={min} max={max} disabled={!value.auto} onChange={(upTo) => patch({ upTo })} />
      <p class="tl-hint">Requests go only to the public API of the post's own instance, and only when you ask or this is on.</p>
    </Section>
  );
}
