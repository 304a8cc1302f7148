import { useSignal } from '@preact/signals';
import { COMMANDS, type Command } from '../../utils/settings/keys';
import { DEFAULT_SETTINGS, parseSettings, WIDTH_MAX, WIDTH_MIN, type Settings } from '../../utils/settings/schema';

export interface OptionsPageProps {
  settings: Settings;
  /** Problems found in stored settings, to tell the user what was reset. */
  errors: string[];
  onChange: (next: Settings) => void;
}

const inputValue = (e: Event) => (e.currentTarget as HTMLInputElement).value;

/** Every setting, reset to default, export and import as JSON (validated on import). */
export function OptionsPage({ settings, errors, onChange }: OptionsPageProps) {
  const importErrors = useSignal<string[] | null>(null);
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => onChange({ ...settings, [key]: value });
  const sidebar = (patch: Partial<Settings['sidebar']>) => set('sidebar', { ...settings.sidebar, ...patch });

  const importJson = async (file: File | undefined) => {
    if (!file) return;
    let raw: unknown;
    try {
      raw = JSON.parse(await file.text());
    } catch {
      importErrors.value = ['The file is not JSON.'];
      return;
    }
    const parsed = parseSettings(raw);
    importErrors.value = parsed.errors;
    onChange(parsed.settings);
  };

  const exportHref = `data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(settings, null, 2))}`;

  return (
    <main class="tl-page tl-options">
      <h1>Threadlens options</h1>
      {errors.length ? (
        <div role="alert" class="tl-warn">
          <p>Some stored settings were invalid and use their defaults:</p>
          <ul>{errors.map((e) => <li key={e}>{e}</li>)}</ul>
        </div>
      ) : null}

      <fieldset>
        <legend>Sidebar</legend>
        <label>
          Side{' '}
          <select value={settings.sidebar.side} onChange={(e) => sidebar({ side: inputValue(e) as 'left' | 'right' })}>
            <option value="right">Right</option>
            <option value="left">Left</option>
          </select>
        </label>
        <label>
          Width (px){' '}
          <input
            type="number"
            min={WIDTH_MIN}
            max={WIDTH_MAX}
            value={settings.sidebar.width}
            onChange={(e) => sidebar({ width: Math.min(WIDTH_MAX, Math.max(WIDTH_MIN, Number(inputValue(e)) || WIDTH_MIN)) })}
          />
        </label>
        <label>
          Layout{' '}
          <select value={settings.sidebar.layout} onChange={(e) => sidebar({ layout: inputValue(e) as 'push' | 'overlay' })}>
            <option value="push">Make room (the page moves over)</option>
            <option value="overlay">Overlay the page</option>
          </select>
        </label>
        <label>
          Theme{' '}
          <select value={settings.theme} onChange={(e) => set('theme', inputValue(e) as Settings['theme'])}>
            <option value="auto">Follow the page</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
      </fieldset>

      <fieldset>
        <legend>Collapsing</legend>
        <label>
          <input
            type="checkbox"
            checked={settings.collapse.rememberPerPost}
            onChange={(e) => set('collapse', { rememberPerPost: (e.currentTarget as HTMLInputElement).checked })}
          />{' '}
          Remember collapsed subthreads for each post
        </label>
      </fieldset>

      <fieldset>
        <legend>Keys</legend>
        {(Object.keys(COMMANDS) as Command[]).map((command) => (
          <label key={command} class="tl-key">
            <input
              value={settings.keys[command]}
              maxLength={2}
              aria-label={`Key for ${COMMANDS[command]}`}
              onChange={(e) => onChange(parseSettings({ ...settings, keys: { ...settings.keys, [command]: inputValue(e) } }).settings)}
            />{' '}
            {COMMANDS[command]}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Quotes</legend>
        <label>
          Highlight colour{' '}
          <input
            value={settings.quotes.color}
            aria-label="Highlight colour (#hex)"
            onChange={(e) => onChange(parseSettings({ ...settings, quotes: { ...settings.quotes, color: inputValue(e) } }).settings)}
          />
        </label>
        <label>
          Shortest quote linked (words){' '}
          <input
            type="number"
            min={1}
            max={20}
            value={settings.quotes.minWords}
            onChange={(e) => onChange(parseSettings({ ...settings, quotes: { ...settings.quotes, minWords: Number(inputValue(e)) } }).settings)}
          />
        </label>
      </fieldset>

      <p class="tl-actions">
        <button type="button" onClick={() => onChange(DEFAULT_SETTINGS)}>
          Reset to defaults
        </button>
        <a href={exportHref} download="threadlens-settings.json">
          Export as JSON
        </a>
        <label>
          Import JSON <input type="file" accept="application/json,.json" onChange={(e) => void importJson((e.currentTarget as HTMLInputElement).files?.[0])} />
        </label>
      </p>
      {importErrors.value ? (
        <p role="status">{importErrors.value.length ? `Imported; ${importErrors.value.length} invalid value(s) were set to defaults: ${importErrors.value.join('; ')}` : 'Imported.'}</p>
      ) : null}
    </main>
  );
}
