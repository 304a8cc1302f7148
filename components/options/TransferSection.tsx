import { useSignal } from '@preact/signals';
import type { Settings } from '../../utils/settings/schema';
import { why } from '../../utils/settings/write';
import { exportSettings, importSettings, importTooBig, planImport, shortReport } from '../../utils/settings/transfer';

/**
 * Reads, checks and stores an imported file, all or nothing: the file's size
 * before reading it, then every field and the storage quota, then one save.
 * Resolves to the report shown to the reader.
 */
async function importFile(file: File, current: Settings, store: (next: Settings) => Promise<void>): Promise<string> {
  const tooBig = importTooBig(file.size);
  if (tooBig) return `Not imported: ${tooBig}`;
  const { settings, errors } = importSettings(await file.text());
  if (!settings) return `Not imported: ${errors.join(' ')}`;
  const plan = planImport(current, settings);
  if ('refused' in plan) return `Not imported: ${plan.refused}`;
  try {
    await store(plan.settings);
  } catch (error) {
    return `Not imported: ${why(error)}`;
  }
  return errors.length ? `Imported; ${errors.length} invalid value(s) were set to defaults: ${shortReport(errors).join('; ')}` : 'Imported.';
}

export function TransferSection(props: { settings: Settings; onImport: (next: Settings) => Promise<void>; onResetAll: () => void }) {
  const report = useSignal('');
  const load = async (file: File | undefined) => {
    if (file) report.value = await importFile(file, props.settings, props.onImport);
  };
  const href = `data:application/json;charset=utf-8,${encodeURIComponent(exportSettings(props.settings))}`;
  return (
    <fieldset>
      <legend>All settings</legend>
      <p class="tl-actions">
        <button type="button" onClick={props.onResetAll}>
          Reset everything to defaults
        </button>
        <a href={href} download="threadlens-settings.json">
          Export as JSON
        </a>
        <label>
          Import JSON <input type="file" accept="application/json,.json" onChange={(e) => void load((e.currentTarget as HTMLInputElement).files?.[0])} />
        </label>
      </p>
      <p role="status">{report.value}</p>
    </fieldset>
  );
}
