import { useEffect, useState } from 'preact/hooks';
import { plural, t } from '../../utils/i18n';
import { parseRead, readItem } from '../../utils/settings/reading-store';
import { LIMITS, type ReadingSettings } from '../../utils/settings/schema';
import { Choice, Section, Toggle, Whole } from './fields';
import { resetOf, type Part } from './sections';

/** Read state on the options page: on or off, marks in the page, the rule on reopening, the age limit. */
export function ReadingSection(part: Part<'reading'>) {
  const { value, set } = part;
  const patch = (p: Partial<ReadingSettings>) => set({ ...value, ...p });
  const dropped = useDropped();
  const [min, max] = LIMITS.readKeepDays;
  return (
    <Section id="reading" title={t('reading.options.title')} description={t('reading.options.about')} reset={resetOf(part)}>
      <Toggle label={t('reading.options.track')} hint={t('reading.options.stored')} checked={value.track} onChange={(track) => patch({ track })} />
      <Toggle label={t('reading.options.markInPage')} checked={value.markInPage} onChange={(markInPage) => patch({ markInPage })} />
      <Choice
        label={t('reading.options.collapseOnOpen')}
        value={value.collapseOnOpen}
        options={[['none', t('reading.options.collapseNone')], ['read', t('reading.options.collapseRead')], ['unread', t('reading.options.collapseUnread')]]}
        onChange={(collapseOnOpen) => patch({ collapseOnOpen })}
      />
      <Whole label={t('reading.options.keepDays')} value={value.keepDays} min={min} max={max} onChange={(keepDays) => patch({ keepDays })} />
      {dropped ? <p role="status">{plural('reading.options.dropped', dropped)}</p> : null}
    </Section>
  );
}

/** How many stored read-state records could not be read (the content script drops them). */
function useDropped(): number {
  const [dropped, setDropped] = useState(0);
  useEffect(() => {
    readItem.getValue().then((raw) => setDropped(parseRead(raw).dropped), () => setDropped(0));
  }, []);
  return dropped;
}
