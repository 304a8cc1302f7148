import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/schema';
import { shortReport } from '../../utils/settings/transfer';
import { InstancesSection, type InstancesProps } from './InstancesSection';
import { QuotesSection } from './QuotesSection';
import { KeysSection } from './KeysSection';
import { CollapseSection, NewCommentsSection, SidebarSection, ThemeSection, VotesSection, type Part } from './sections';
import { TransferSection } from './TransferSection';
import { WholeThreadSection } from './WholeThreadSection';

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

/** Every setting, each section with its reset; export and import as JSON (validated on import). */
export function OptionsPage({ settings, errors, ready, onChange, instances }: OptionsPageProps) {
  if (!ready) return <main class="tl-page tl-options"><h1>Threadlens options</h1><p>Loading…</p></main>;
  const part = <K extends keyof Settings>(key: K): Part<K> => ({ value: settings[key], set: (value) => onChange({ ...settings, [key]: value }) });
  // Instances are grants, not preferences: "reset everything" leaves them; the Instances section removes them.
  const resetAll = () => onChange({ ...DEFAULT_SETTINGS, instances: settings.instances });
  // The import has already added its instances to those listed (planImport).
  const imported = async (next: Settings) => onChange(next);
  const forget = (origin: string) => onChange({ ...settings, instances: settings.instances.filter((o) => o !== origin) });
  return (
    <main class="tl-page tl-options">
      <h1>Threadlens options</h1>
      {errors.length ? (
        <div role="alert" class="tl-warn">
          <p>Some stored settings were invalid and use their defaults:</p>
          <ul>{shortReport(errors).map((e) => <li key={e}>{e}</li>)}</ul>
        </div>
      ) : null}
      <SidebarSection {...part('sidebar')} />
      <ThemeSection {...part('theme')} />
      <CollapseSection {...part('collapse')} />
      <NewCommentsSection {...part('newComments')} />
      <KeysSection {...part('keys')} />
      <QuotesSection {...part('quotes')} />
      <VotesSection {...part('votes')} />
      <WholeThreadSection {...part('wholeThread')} />
      <InstancesSection {...instances} listed={settings.instances} onForget={forget} />
      <TransferSection settings={settings} onImport={imported} onResetAll={resetAll} />
    </main>
  );
}
