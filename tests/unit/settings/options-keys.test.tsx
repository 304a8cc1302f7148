import { afterEach, describe, expect, it, vi } from 'vitest';
import { commandName } from '../../../components/options/KeysSection';
import { COMMANDS, type Command } from '../../../utils/settings/keys';
import { DEFAULT_SETTINGS } from '../../../utils/settings/schema';
import { $, lastChange, mount, page, unmount } from './options-harness';

afterEach(unmount);

const keyField = (command: string) => $<HTMLInputElement>(`input[aria-label="Key for ${command}"]`);
/** The message tied to a field through aria-describedby, or null when it has none. */
const messageFor = (input: HTMLInputElement) => {
  const id = input.getAttribute('aria-describedby');
  return id ? page().querySelector(`[id="${id}"]`)?.textContent ?? null : null;
};
/** The reader presses a key in the field; whether the page took it (preventDefault) is returned. */
const press = (input: HTMLInputElement, key: string, mods: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...mods });
  input.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('the key fields of the options page', () => {
  it('names every command in the messages (a command added to utils/settings/keys needs its options.commands entry)', () => {
    mount();
    for (const command of Object.keys(COMMANDS) as Command[]) expect(keyField(commandName(command)).value, command).toBe(DEFAULT_SETTINGS.keys[command]);
    expect(new Set((Object.keys(COMMANDS) as Command[]).map(commandName)).size).toBe(Object.keys(COMMANDS).length);
  });

  it('records the key pressed, not text typed', () => {
    const props = mount();
    const next = keyField('Next comment');
    expect(next.readOnly).toBe(true);
    expect(press(next, 'h')).toBe(true);
    expect(lastChange(props)).toEqual({ ...DEFAULT_SETTINGS, keys: { ...DEFAULT_SETTINGS.keys, next: 'h' } });
  });

  it('refuses a key another command already has, says so right there, and saves nothing', async () => {
    const props = mount();
    const next = keyField('Next comment');
    press(next, 'k');
    expect(props.onChange).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(next.getAttribute('aria-invalid')).toBe('true'));
    expect(messageFor(next)).toBe('k is already Previous comment.');
    expect(page().querySelector('[role=alert]')?.textContent).toBe('k is already Previous comment.');
    expect(next.value).toBe('j');
  });

  it.each([' ', '\0', 'Enter', 'ArrowDown'])('refuses %j as a key and saves nothing', async (key) => {
    const props = mount();
    const help = keyField('Show the keys');
    press(help, key);
    expect(props.onChange).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(help.getAttribute('aria-invalid')).toBe('true'));
    expect(messageFor(help)).toMatch(/one visible character/);
  });

  it('refuses a key with Ctrl, Alt or ⌘, which Threadlens keys never fire with', async () => {
    const props = mount();
    const help = keyField('Show the keys');
    press(help, 'm', { ctrlKey: true });
    press(help, 'm', { altKey: true });
    expect(props.onChange).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(messageFor(help)).toMatch(/without Ctrl, Alt or ⌘/));
  });

  it('lets Tab and a lone Shift through, so the field can be left and capitals typed', () => {
    const props = mount();
    const next = keyField('Next comment');
    expect(press(next, 'Tab')).toBe(false);
    expect(press(next, 'Shift', { shiftKey: true })).toBe(false);
    expect(props.onChange).not.toHaveBeenCalled();
    press(next, 'H', { shiftKey: true });
    expect(lastChange(props).keys.next).toBe('H');
  });

  it('clears the message of a refused key once a free one is pressed', async () => {
    const props = mount();
    const next = keyField('Next comment');
    press(next, 'k');
    await vi.waitFor(() => expect(page().querySelector('[role=alert]')).not.toBeNull());
    press(next, 'h');
    await vi.waitFor(() => expect(page().querySelector('[role=alert]')).toBeNull());
    expect(lastChange(props)).toEqual({ ...DEFAULT_SETTINGS, keys: { ...DEFAULT_SETTINGS.keys, next: 'h' } });
    expect(next.hasAttribute('aria-invalid')).toBe(false);
    expect(messageFor(next)).toBeNull();
  });
});
