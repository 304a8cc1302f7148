import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { plural, t } from '../../utils/i18n';
import type { Settings } from '../../utils/settings/schema';
import { why } from '../../utils/settings/write';
import type { Person } from '../../utils/settings/people';
import { clearPeople, loadPeople, savePeople, storePeople, watchPeople } from '../../utils/settings/people-store';
import { exportSettings, importPeople, importSettings, importTooBig, planImport, shortReport } from '../../utils/settings/transfer';
import { Section } from './fields';

/**
 * Reads, checks and stores an imported file, all or nothing: the file's size
 * before reading it, then every field and the storage quota, then one save.
 * Resolves to the report shown to the reader.
 */
async function importFile(file: File, current: Settings, store: (next: Settings) => Promise<void>): Promise<string> {
  const tooBig = importTooBig(file.size);
  if (tooBig) return t('options.transfer.refused', tooBig);
  const text = await file.text();
  const { settings, errors: settingErrors } = importSettings(text);
  const people = importPeople(text);
  const errors = [...settingErrors, ...people.errors];
  if (!settings) return t('options.transfer.refused', errors.join(' '));
  const plan = planImport(current, settings);
  if ('refused' in plan) return t('options.transfer.refused', plan.refused);
  try {
    await store(plan.settings);
  } catch (error) {
    return t('options.transfer.refused', why(error));
  }
  // The file's people join the reader's (the file's entry wins for the same person); none listed leaves them.
  // Storage refusing them puts the settings back: an import is stored whole or not at all.
  if (people.people) {
    try {
      await savePeople(people.people.map((p) => ({ set: p })));
    } catch (error) {
      const back = await store(current).then(() => true, () => false);
      return t('options.transfer.refused', `${why(error)}; ${back ? 'the settings before it are back' : 'the settings before it could not be put back'}`);
    }
  }
  return errors.length ? plural('options.transfer.importedWithErrors', errors.length, shortReport(errors).join('; ')) : t('options.transfer.imported');
}

export function TransferSection(props: { settings: Settings; onImport: (next: Settings) => Promise<void>; onResetAll: () => void }) {
  const report = useSignal('');
  const undo = useSignal<Settings | null>(null);
  const people = useSignal<Person[]>([]);
  useEffect(() => {
    const take = ({ people: all }: { people: ReadonlyMap<string, Person> }) => (people.value = [...all.values()]);
    loadPeople().then(take, () => undefined);
    return watchPeople(take);
  }, []);
  const load = async (file: File | undefined) => {
    undo.value = null;
    if (file) report.value = await importFile(file, props.settings, props.onImport);
  };
  const href = `data:application/json;charset=utf-8,${encodeURIComponent(exportSettings(props.settings, people.value))}`;
  // "Everything" includes the reader's people; undo brings them back with the settings.
  const undoPeople = useSignal<Person[]>([]);
  const resetAll = () => {
    undo.value = props.settings;
    undoPeople.value = people.value;
    report.value = t('options.transfer.resetDone');
    props.onResetAll();
    if (people.value.length) clearPeople().then(() => (report.value = t('options.transfer.resetDonePeople')), () => undefined);
  };
  const undoReset = () => {
    void props.onImport(undo.value!);
    if (undoPeople.value.length) void storePeople(new Map(undoPeople.value.map((p) => [p.id, p]))).catch(() => undefined);
    undo.value = null;
    undoPeople.value = [];
    report.value = '';
  };
  return (
    <Section id="transfer" title={t('options.transfer.title')} description={t('options.transfer.about')}>
      <div class="tl-actions">
        <a class="tl-button" href={href} download="threadlens-settings.json">
          {t('options.transfer.export')}
        </a>
        {/* The browser's own file field ("Choose file · No file chosen") hidden behind a button of ours; it keeps the focus and the name. */}
        <label class="tl-button tl-file">
          {t('options.transfer.import')}
          <input type="file" class="tl-sr-only" accept="application/json,.json" onChange={(e) => void load((e.currentTarget as HTMLInputElement).files?.[0])} />
        </label>
        <button type="button" class="tl-text-button tl-danger" onClick={resetAll}>
          {t('options.transfer.resetAll')}
        </button>
      </div>
      <p role="status" class="tl-hint tl-transfer-report">
        {report.value}
        {undo.value ? (
          <>
            {' '}
            <button
              type="button"
              class="tl-text-button"
              onClick={undoReset}
            >
              {t('options.reset.undo')}
            </button>
          </>
        ) : null}
      </p>
    </Section>
  );
}
