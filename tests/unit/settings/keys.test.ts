import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMANDS, DEFAULT_KEYS, isKeyAllowed, type Command, type KeyBindings } from '../../../utils/settings/keys';
import { parseSettings } from '../../../utils/settings/schema';

/** The keys bound to more than one command: what must never come out of the validator. */
function shared(keys: KeyBindings): string[] {
  const all = Object.values(keys);
  return [...new Set(all.filter((k, i) => all.indexOf(k) !== i))];
}

const readKeys = (keys: unknown) => parseSettings({ keys });

describe('key bindings', () => {
  it('the default keymap is valid: allowed keys, none shared', () => {
    expect(Object.values(DEFAULT_KEYS).every(isKeyAllowed)).toBe(true);
    expect(shared(DEFAULT_KEYS)).toEqual([]);
    expect(readKeys(DEFAULT_KEYS)).toEqual({ settings: expect.objectContaining({ keys: DEFAULT_KEYS }), errors: [] });
  });

  it.each([' ', '\0', '\n', '\t', '\u00a0', '\u200b', '\u0301', '', 'ab', 'Enter', 7, null])('refuses %j as a key', (key) => {
    expect(isKeyAllowed(key)).toBe(false);
    const { settings, errors } = readKeys({ help: key });
    expect(settings.keys).toEqual(DEFAULT_KEYS);
    expect(errors.map((e) => e.split(':')[0])).toEqual(['keys.help']);
  });

  it.each(['a', 'Z', '/', '\\', 'é', 'ж', '😀'])('accepts %j as a key (one printable character, as KeyboardEvent.key gives it)', (key) => {
    expect(isKeyAllowed(key)).toBe(true);
  });

  it('never leaves two commands on one key when a stored key takes another command default', () => {
    // "k" is prev's default: the old reader gave prev its default back, which was "k" again.
    const { settings, errors } = readKeys({ next: 'k' });
    expect(shared(settings.keys)).toEqual([]);
    expect(settings.keys).toEqual(DEFAULT_KEYS);
    expect(errors).toEqual([expect.stringMatching(/^keys\.next: "k" is also Previous comment/)]);
  });

  it('gives the commands on a shared key their defaults back when those are free', () => {
    const { settings, errors } = readKeys({ next: 'k', prev: 'k', help: 'h' });
    expect(settings.keys).toEqual({ ...DEFAULT_KEYS, help: 'h' });
    expect(errors).toHaveLength(1);
  });

  it('falls back to the whole default keymap when a per-command default would clash again', () => {
    // next and prev share "k"; next's default "j" is nextSibling's now, so per-command defaults would clash.
    const { settings, errors } = readKeys({ next: 'k', prev: 'k', nextSibling: 'j', help: 'h' });
    expect(settings.keys).toEqual(DEFAULT_KEYS);
    expect(errors.at(-1)).toMatch(/^keys: .*default keys restored/);
  });

  it('never produces a shared key, whatever is stored', () => {
    const commands = Object.keys(COMMANDS) as Command[];
    const key = fc.oneof(fc.constantFrom('j', 'k', 'n', 'N', 'J', 'x', '?', ' ', '\n'), fc.string({ maxLength: 2 }));
    const stored = fc.dictionary(fc.constantFrom(...commands), key);
    fc.assert(fc.property(stored, (keys) => shared(readKeys(keys).settings.keys).length === 0));
  });
});
