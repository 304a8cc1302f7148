import { useSignal } from '@preact/signals';
import { useId } from 'preact/hooks';
import { COMMANDS, commandOn, isKeyAllowed, type Command, type KeyBindings } from '../../utils/settings/keys';
import { DEFAULT_SETTINGS } from '../../utils/settings/schema';
import { show } from '../../utils/settings/validate';
import { Section } from './fields';
import type { Part } from './sections';

/** Why `key` cannot be bound to `command`, or null when it can. */
export function keyRefusal(keys: KeyBindings, command: Command, key: string): string | null {
  if (!isKeyAllowed(key)) return `${key ? show(key) : 'Nothing'} cannot be a key: type one visible character (no space or control character).`;
  const other = commandOn(keys, key, command);
  return other ? `${key} is already ${COMMANDS[other]}.` : null;
}

/**
 * One command's key. A key that is refused is never handed on: the field
 * shows the key in use again, marked invalid, with the reason beside it.
 */
function KeyField({ keys, command, onKey }: { keys: KeyBindings; command: Command; onKey: (key: string) => void }) {
  const refusal = useSignal<string | null>(null);
  const id = useId();
  const bind = (input: HTMLInputElement) => {
    refusal.value = keyRefusal(keys, command, input.value);
    if (refusal.value === null) onKey(input.value);
    else input.value = keys[command];
  };
  return (
    <span class="tl-key">
      <label>
        <input
          value={keys[command]}
          maxLength={2}
          aria-label={`Key for ${COMMANDS[command]}`}
          aria-invalid={refusal.value ? true : undefined}
          aria-describedby={refusal.value ? id : undefined}
          onChange={(e) => bind(e.currentTarget as HTMLInputElement)}
        />{' '}
        {COMMANDS[command]}
      </label>
      {refusal.value ? (
        <span id={id} role="alert" class="tl-field-error">
          {refusal.value}
        </span>
      ) : null}
    </span>
  );
}

export function KeysSection({ value, set }: Part<'keys'>) {
  return (
    <Section legend="Keys" onReset={() => set(DEFAULT_SETTINGS.keys)}>
      {(Object.keys(COMMANDS) as Command[]).map((command) => (
        <KeyField key={command} keys={value} command={command} onKey={(key) => set({ ...value, [command]: key })} />
      ))}
    </Section>
  );
}
