import { useSignal } from '@preact/signals';
import type { Settings } from '../../utils/settings/schema';
import { exportSettings, importSettings } from '../../utils/settings/transfer';

export function TransferSection(props: { settings: Settings; onImport: (next: Settings) => void; onResetAll: () => void }) {
  const report = useSignal('');
  const load = async (file: File | undefined) => {
    if (!file) return;
    const { settings, errors } = importSettings(await file.text());
    if (settings) props.onImport(settings);
    report.value = !settings
      ? `Not imported: ${errors.join(' ')}`
      : errors.length
        ? `Imported; ${errors.length} invalid value(s) were set to defaults: ${errors.join('; ')}`
        : 'Imported.';
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
