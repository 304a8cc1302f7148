import { t } from '../../utils/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/schema';
import { shortReport } from '../../utils/settings/transfer';
import { InstancesSection, type InstancesProps } from './InstancesSection';
import { KeysSection } from './KeysSection';
import { QuotesSection } from './QuotesSection';
import { CollapseSection, NewCommentsSection, SidebarSection, ThemeSection, VotesSection, type Part } from './sections';
import { TransferSection } from './TransferSection';
import { WholeThreadSection } from './WholeThreadSection';
import { ReadingSection } from './ReadingSection';
import { PeopleSection } from './PeopleSection';

export interface OptionsPageProps {
  settings: Settings;
  /** Problems found in stored settings, to tell the user what was reset. */
  errors: string[];
  /** False until storage was read: nothing is editable before, so defaults never overwrite it. */
  ready: boolean;
  /** Stores the settings; an import waits for it and reports a rejection (nothing, or what was there before, is stored then). */
  onChange: (next: Settings) => void | Promise<void>;
  instances: Omit<InstancesProps, 'listed' | 'onForget'>;
}

/** The section list: everyday settings, then sites and data, apart. Ids are the sections' own. */
const EVERYDAY = [
  ['sidebar', 'options.sidebar.title'],
  ['theme', 'options.theme.title'],
  ['collapse', 'options.collapse.title'],
  ['new-comments', 'options.newComments.title'],
  ['reading', 'reading.options.title'],
  ['keys', 'options.keys.title'],
  ['quotes', 'options.quotes.title'],
  ['votes', 'options.votes.title'],
  ['whole-thread', 'options.wholeThread.title'],
] as const;
const DATA = [
  ['instances', 'options.instances.title'],
  ['people', 'options.people.title'],
  ['transfer', 'options.transfer.title'],
] as const;

function Toc() {
  const list = (items: typeof EVERYDAY | typeof DATA) => (
    <ul>
      {items.map(([id, title]) => (
        <li key={id}>
          <a href={`#${id}`}>{t(title)}</a>
        </li>
      ))}
    </ul>
  );
  return (
    <nav class="tl-toc" aria-label={t('options.toc')}>
      {list(EVERYDAY)}
      <p class="tl-toc-group">{t('options.dataGroup')}</p>
      {list(DATA)}
    </nav>
  );
}

/** Every setting, each section with its reset; sites and data (instances, export, import) apart below. */
export function OptionsPage({ settings, errors, ready, onChange, instances }: OptionsPageProps) {
  if (!ready)
    return (
      <main class="tl-page tl-column tl-options">
        <h1>{t('options.title')}</h1>
        <p>{t('options.loading')}</p>
      </main>
    );
  const part = <K extends keyof Settings>(key: K): Part<K> => ({ key, value: settings[key], set: (value) => onChange({ ...settings, [key]: value }) });
  // Instances are grants, not preferences: "reset everything" leaves them; the Instances section removes them.
  const resetAll = () => onChange({ ...DEFAULT_SETTINGS, instances: settings.instances });
  // The import has already added its instances to those listed (planImport).
  const imported = async (next: Settings) => onChange(next);
  const forget = (origin: string) => onChange({ ...settings, instances: settings.instances.filter((o) => o !== origin) });
  return (
    <div class="tl-page tl-column tl-options">
      <header class="tl-head">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <h1>{t('options.title')}</h1>
      </header>
      <div class="tl-options-body">
        <Toc />
        <main class="tl-options-main">
          {errors.length ? (
            <div role="alert" class="tl-warn">
              <p>{t('options.invalidStored')}</p>
              <ul>{shortReport(errors).map((e) => <li key={e}>{e}</li>)}</ul>
            </div>
          ) : null}
          <SidebarSection {...part('sidebar')} />
          <ThemeSection {...part('theme')} />
          <CollapseSection {...part('collapse')} />
          <NewCommentsSection {...part('newComments')} />
          <ReadingSection {...part('reading')} />
          <KeysSection {...part('keys')} />
          <QuotesSection {...part('quotes')} theme={settings.theme} />
          <VotesSection {...part('votes')} />
          <WholeThreadSection {...part('wholeThread')} />
          <div class="tl-data" role="group" aria-labelledby="tl-data-title">
            <h2 id="tl-data-title" class="tl-data-title">
              {t('options.dataGroup')}
            </h2>
            <InstancesSection {...instances} listed={settings.instances} onForget={forget} />
            <PeopleSection />
            <TransferSection settings={settings} onImport={imported} onResetAll={resetAll} />
          </div>
        </main>
      </div>
    </div>
  );
}
