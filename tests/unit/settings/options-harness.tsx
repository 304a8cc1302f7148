import { render } from 'preact';
import { vi } from 'vitest';
import { OptionsPage, type OptionsPageProps } from '../../../components/options/OptionsPage';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/schema';

/** The options page rendered into the test document with spies for its callbacks (call unmount after each test). */

let host: HTMLElement;

export function mount(patch: Partial<OptionsPageProps> = {}): OptionsPageProps {
  host = document.createElement('div');
  document.body.append(host);
  const props: OptionsPageProps = {
    settings: DEFAULT_SETTINGS,
    errors: [],
    ready: true,
    onChange: vi.fn(),
    instances: { granted: [], onEnable: vi.fn(async () => true), onRemove: vi.fn(async () => {}) },
    ...patch,
  };
  render(<OptionsPage {...props} />, host);
  return props;
}

export function unmount() {
  render(null, host);
  host.remove();
}

export const page = () => host;
export const $ = <T extends Element>(selector: string) => host.querySelector<T>(selector)!;
/** A button by its accessible name: its aria-label, else its text. */
export const button = (name: string) => [...host.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;
export const change = (el: HTMLInputElement | HTMLSelectElement, value: string) => {
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
};
export const lastChange = (props: OptionsPageProps) => vi.mocked(props.onChange).mock.calls.at(-1)![0] as Settings;
export const tick = () => new Promise((r) => setTimeout(r, 0));

/** Picks a file in the import field, as a reader would. */
export function importFile(file: File) {
  const input = $<HTMLInputElement>('input[type=file]');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
}

/** The import's report line. */
export const importReport = () => $('.tl-transfer-report').textContent ?? '';
