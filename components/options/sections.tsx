import { t } from '../../utils/i18n';
import { KEEP_DAYS, MAX_VISITS } from '../../utils/settings/new-comments-store';
import { DEFAULT_SETTINGS, LIMITS, WIDTH_MAX, WIDTH_MIN, type Settings } from '../../utils/settings/schema';
import { Choice, OffOrWhole, Section, Toggle, Whole, type Reset } from './fields';

/** One part of the settings and a way to replace it: what every section below receives. */
export interface Part<K extends keyof Settings> {
  value: Settings[K];
  set: (next: Settings[K]) => void;
  key: K;
}

/** A section's reset puts that part's defaults back. */
export const resetOf = <K extends keyof Settings>(part: Part<K>): Reset<Settings[K]> => ({ value: part.value, defaults: DEFAULT_SETTINGS[part.key], set: part.set });

export function SidebarSection(part: Part<'sidebar'>) {
  const { value, set } = part;
  const patch = (p: Partial<Settings['sidebar']>) => set({ ...value, ...p });
  return (
    <Section id="sidebar" title={t('options.sidebar.title')} description={t('options.sidebar.about')} reset={resetOf(part)}>
      <Choice label={t('options.sidebar.side')} value={value.side} options={[['right', t('options.sidebar.right')], ['left', t('options.sidebar.left')]]} onChange={(side) => patch({ side })} />
      <Whole label={t('options.sidebar.width')} hint={t('options.sidebar.widthHint', WIDTH_MIN, WIDTH_MAX)} value={value.width} min={WIDTH_MIN} max={WIDTH_MAX} onChange={(width) => patch({ width })} />
      <Choice
        label={t('options.sidebar.layout')}
        hint={value.layout === 'push' ? t('options.sidebar.pushHint') : t('options.sidebar.overlayHint')}
        value={value.layout}
        options={[['push', t('options.sidebar.push')], ['overlay', t('options.sidebar.overlay')]]}
        onChange={(layout) => patch({ layout })}
      />
    </Section>
  );
}

export function ThemeSection(part: Part<'theme'>) {
  return (
    <Section id="theme" title={t('options.theme.title')} description={t('options.theme.about')} reset={resetOf(part)}>
      <Choice label={t('options.theme.colours')} value={part.value} options={[['auto', t('options.theme.auto')], ['light', t('options.theme.light')], ['dark', t('options.theme.dark')]]} onChange={part.set} />
    </Section>
  );
}

export function CollapseSection(part: Part<'collapse'>) {
  const { value, set } = part;
  const patch = (p: Partial<Settings['collapse']>) => set({ ...value, ...p });
  return (
    <Section id="collapse" title={t('options.collapse.title')} description={t('options.collapse.about')} reset={resetOf(part)}>
      <OffOrWhole label={t('options.collapse.deeper')} value={value.defaultDepth} min={LIMITS.depth[0]} max={LIMITS.depth[1]} initial={2} onChange={(defaultDepth) => patch({ defaultDepth })} />
      <OffOrWhole label={t('options.collapse.below')} value={value.belowScore} min={LIMITS.score[0]} max={LIMITS.score[1]} initial={0} onChange={(belowScore) => patch({ belowScore })} />
      <Toggle label={t('options.collapse.bots')} checked={value.bots} onChange={(bots) => patch({ bots })} />
      <Toggle label={t('options.collapse.deleted')} checked={value.deleted} onChange={(deleted) => patch({ deleted })} />
      <Toggle label={t('options.collapse.withoutNew')} hint={t('options.collapse.withoutNewHint')} checked={value.withoutNew} onChange={(withoutNew) => patch({ withoutNew })} />
      <Toggle label={t('options.collapse.focusLinked')} hint={t('options.collapse.focusLinkedHint')} checked={value.focusLinked} onChange={(focusLinked) => patch({ focusLinked })} />
      <Toggle label={t('options.collapse.remember')} checked={value.rememberPerPost} onChange={(rememberPerPost) => patch({ rememberPerPost })} />
      <Whole label={t('options.collapse.keepPosts')} value={value.keepPosts} min={LIMITS.keepPosts[0]} max={LIMITS.keepPosts[1]} onChange={(keepPosts) => patch({ keepPosts })} />
      <Whole label={t('options.collapse.keepDays')} value={value.keepDays} min={LIMITS.keepDays[0]} max={LIMITS.keepDays[1]} onChange={(keepDays) => patch({ keepDays })} />
    </Section>
  );
}

export function VotesSection(part: Part<'votes'>) {
  const { value, set } = part;
  return (
    <Section id="votes" title={t('options.votes.title')} description={t('options.votes.about')} reset={resetOf(part)}>
      <Toggle label={t('options.votes.histogram')} checked={value.histogram} onChange={(histogram) => set({ ...value, histogram })} />
      <Toggle label={t('options.votes.controversial')} hint={t('options.votes.controversialHint')} checked={value.controversial} onChange={(controversial) => set({ ...value, controversial })} />
    </Section>
  );
}

export function NewCommentsSection(part: Part<'newComments'>) {
  const { value, set } = part;
  return (
    <Section id="new-comments" title={t('options.newComments.title')} description={t('options.newComments.about', MAX_VISITS, KEEP_DAYS)} reset={resetOf(part)}>
      <Toggle label={t('options.newComments.mark')} hint={t('options.newComments.markHint')} checked={value.mark} onChange={(mark) => set({ ...value, mark })} />
    </Section>
  );
}
