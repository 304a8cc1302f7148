import { KEEP_DAYS, MAX_VISITS } from '../../utils/settings/new-comments-store';
import { DEFAULT_SETTINGS, LIMITS, WIDTH_MAX, WIDTH_MIN, type Settings } from '../../utils/settings/schema';
import { Choice, OffOrWhole, Section, Toggle, Whole } from './fields';

/** One part of the settings and a way to replace it: what every section below receives. */
export interface Part<K extends keyof Settings> {
  value: Settings[K];
  set: (next: Settings[K]) => void;
}

export function SidebarSection({ value, set }: Part<'sidebar'>) {
  const patch = (p: Partial<Settings['sidebar']>) => set({ ...value, ...p });
  return (
    <Section legend="Sidebar" onReset={() => set(DEFAULT_SETTINGS.sidebar)}>
      <Choice label="Side" value={value.side} options={[['right', 'Right'], ['left', 'Left']]} onChange={(side) => patch({ side })} />
      <Whole label="Width (px)" value={value.width} min={WIDTH_MIN} max={WIDTH_MAX} onChange={(width) => patch({ width })} />
      <Choice
        label="Layout"
        value={value.layout}
        options={[['push', 'Make room (the page moves over)'], ['overlay', 'Overlay the page']]}
        onChange={(layout) => patch({ layout })}
      />
    </Section>
  );
}

export function ThemeSection({ value, set }: Part<'theme'>) {
  return (
    <Section legend="Theme" onReset={() => set(DEFAULT_SETTINGS.theme)}>
      <Choice label="Colours" value={value} options={[['auto', 'Follow the page'], ['light', 'Light'], ['dark', 'Dark']]} onChange={set} />
    </Section>
  );
}

export function CollapseSection({ value, set }: Part<'collapse'>) {
  const patch = (p: Partial<Settings['collapse']>) => set({ ...value, ...p });
  return (
    <Section legend="Collapsing" onReset={() => set(DEFAULT_SETTINGS.collapse)}>
      <p class="tl-hint">When a post opens with nothing remembered for it, collapse the replies of:</p>
      <OffOrWhole label="Comments deeper than level" value={value.defaultDepth} min={LIMITS.depth[0]} max={LIMITS.depth[1]} initial={2} onChange={(defaultDepth) => patch({ defaultDepth })} />
      <OffOrWhole label="Comments scoring below" value={value.belowScore} min={LIMITS.score[0]} max={LIMITS.score[1]} initial={0} onChange={(belowScore) => patch({ belowScore })} />
      <Toggle label="Comments by bots" checked={value.bots} onChange={(bots) => patch({ bots })} />
      <Toggle label="Deleted or removed comments" checked={value.deleted} onChange={(deleted) => patch({ deleted })} />
      <Toggle label="Comments with nothing new below them since my last visit" checked={value.withoutNew} onChange={(withoutNew) => patch({ withoutNew })} />
      <Toggle label="Remember collapsed subthreads for each post" checked={value.rememberPerPost} onChange={(rememberPerPost) => patch({ rememberPerPost })} />
      <Whole label="Remember at most this many posts" value={value.keepPosts} min={LIMITS.keepPosts[0]} max={LIMITS.keepPosts[1]} onChange={(keepPosts) => patch({ keepPosts })} />
      <Whole label="Forget a post after (days)" value={value.keepDays} min={LIMITS.keepDays[0]} max={LIMITS.keepDays[1]} onChange={(keepDays) => patch({ keepDays })} />
    </Section>
  );
}

export function VotesSection({ value, set }: Part<'votes'>) {
  return (
    <Section legend="Votes" onReset={() => set(DEFAULT_SETTINGS.votes)}>
      <Toggle label="Show the vote histogram" checked={value.histogram} onChange={(histogram) => set({ ...value, histogram })} />
      <Toggle label="Mark controversial comments" checked={value.controversial} onChange={(controversial) => set({ ...value, controversial })} />
    </Section>
  );
}

export function NewCommentsSection({ value, set }: Part<'newComments'>) {
  return (
    <Section legend="New comments" onReset={() => set(DEFAULT_SETTINGS.newComments)}>
      <Toggle label="Mark comments that arrived since my last visit" checked={value.mark} onChange={(mark) => set({ ...value, mark })} />
      <p class="tl-hint">
        Remembers, on this device only, the newest comment of each post you open ({MAX_VISITS.toLocaleString('en')} posts at most, for{' '}
        {KEEP_DAYS} days). Turning this off forgets them.
      </p>
    </Section>
  );
}
