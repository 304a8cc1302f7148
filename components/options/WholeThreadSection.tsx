import { t } from '../../utils/i18n';
import { LIMITS, type WholeThreadSettings } from '../../utils/settings/schema';
import { Section, Toggle, Whole } from './fields';
import { resetOf, type Part } from './sections';

export function WholeThreadSection(part: Part<'wholeThread'>) {
  const { value, set } = part;
  const patch = (p: Partial<WholeThreadSettings>) => set({ ...value, ...p });
  const [min, max] = LIMITS.wholeThreadUpTo;
  return (
    <Section id="whole-thread" title={t('options.wholeThread.title')} description={t('options.wholeThread.about')} reset={resetOf(part)}>
      <Toggle label={t('options.wholeThread.auto')} hint={t('options.wholeThread.autoHint')} checked={value.auto} onChange={(auto) => patch({ auto })} />
      {/* Kept while off (only disabled), so turning the load back on brings the reader's size back. */}
      <Whole label={t('options.wholeThread.upTo')} value={value.upTo} min={min} max={max} disabled={!value.auto} onChange={(upTo) => patch({ upTo })} />
    </Section>
  );
}
