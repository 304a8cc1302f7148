import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../utils/settings/schema';
import { $, change, lastChange, mount, page, unmount } from './options-harness';

afterEach(unmount);

const keyField = (command: string) => $<HTMLInputElement>(`input[aria-label="Key for ${command}"]`);
/** The message tied to a field through aria-describedby, or null when it has none. */
const messageFor = (input: HTMLInputElement) => {
  const id = input.getAttribute('aria-describedby');
  return id ? page().querySelector(`[id="${id}"]`)?.textContent ?? null : null;
};

describe('the key fields of the options page', () => {
  it('refuses a key another command already has, says so next to the field, and saves nothing', async () => {
    const props = mount();
    const next = keyField('Next comment');
    change(next, 'k');
    expect(props.onChange).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(next.getAttribute('aria-invalid')).toBe('true'));
    expect(messageFor(next)).toBe('k is already Previous comment.');
    expect(page().querySelector('[role=alert]')?.textContent).toBe('k is already Previous comment.');
    expect(next.value).toBe('j');
  });

  it.each([' ', '\0', '\n', '', 'ab'])('refuses %j as a key and saves nothing', async (typed) => {
    const props = mount();
    const help = keyField('Show the keys');
    change(help, typed);
    expect(props.onChange).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(help.getAttribute('aria-invalid')).toBe('true'));
    expect(messageFor(help)).toMatch(/one visible character/);
  });

  it('saves a free key, and clears the message of a refused one', async () => {
    const props = mount();
    const next = keyField('Next comment');
    change(next, 'k');
    await vi.waitFor(() => expect(page().querySelector('[role=alert]')).not.toBeNull());
    change(next, 'h');
    await vi.waitFor(() => expect(page().querySelector('[role=alert]')).toBeNull());
    expect(lastChange(props)).toEqual({ ...DEFAULT_SETTINGS, keys: { ...DEFAULT_SETTINGS.keys, next: 'h' } });
    expect(next.hasAttribute('aria-invalid')).toBe(false);
    expect(messageFor(next)).toBeNull();
  });
});
