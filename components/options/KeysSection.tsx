import { useSignal } from '@preact/signals';
import { useId } from 'preact/hooks';
import { t, type MessageKey } from '../../utils/i18n';
import { commandOn, COMMANDS, isKeyAllowed, type Command, type KeyBindings } from '../../utils/settings/keys';
import { show } from '../../utils/settings/validate';
import { Section } from './fields';
import { resetOf, type Part } from './sections';

/** A command's name as the reader reads it (the keys' own names in utils/settings/keys are English, for logs). */
export const commandName = (command: Command) => t(`options.commands.${command}` as Extract<MessageKey, `options.commands.${string}`>);

/** Why `key` cannot be bound to `command`, or null when it can (the rules are utils/settings/keys'). */
export function keyRefusal(keys: KeyBindings, command: Command, key: string): string | null {
  if (!isKeyAllowed(key)) return t('options.keys.notAKey', key ? show(key) : t('options.keys.nothing'));
  const other = commandOn(keys, key, command);
  return other ? t('options.keys.taken', key, commandName(other)) : null;
}

/** Keys that move focus or leave the field, and modifiers pressed on their own: not recorded. */
const PASS = new Set(['Tab', 'Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'Escape', 'Dead', 'Process', 'Unidentified']);

/**
 * One command's key: focus the field and press a key. A key that is refused is
 * never handed on: the field keeps the key in use, marked invalid, with the
 * reason right under it. Typing cannot put text in it; Tab moves on.
 */
function KeyField({ keys, command, onKey }: { keys: KeyBindings; command: Command; onKey: (key: string) => void }) {
  const refusal = useSignal<string | null>(null);
  const id = useId();
  const record = (e: KeyboardEvent) => {
    if (PASS.has(e.key)) return;
    e.preventDefault();
    // Threadlens's keys fire without Ctrl, Alt or ⌘ (utils/settings/keys' commandFor): a chord would never fire.
    const why = e.ctrlKey || e.altKey || e.metaKey ? t('options.keys.noChords') : keyRefusal(keys, command, e.key);
    refusal.value = why;
    if (why === null && e.key !== keys[command]) onKey(e.key);
  };
  return (
    <div class="tl-setting tl-key-setting">
      <label class="tl-setting-text" for={id}>
        {commandName(command)}
      </label>
      <div class="tl-setting-control">
        <input
          id={id}
          class="tl-key"
          value={keys[command]}
          readOnly
          aria-label={t('options.keys.fieldLabel', commandName(command))}
          aria-invalid={refusal.value ? true : undefined}
          aria-describedby={refusal.value ? `${id}-error` : undefined}
          onKeyDown={record}
        />
      </div>
      {refusal.value ? (
        <span id={`${id}-error`} role="alert" class="tl-field-error tl-setting-error">
          {refusal.value}
        </span>
      ) : null}
    </div>
  );
}

export function KeysSection(part: Part<'keys'>) {
  const { value, set } = part;
  return (
    <Section id="keys" title={t('options.keys.title')} description={t('options.keys.about')} reset={resetOf(part)}>
      {(Object.keys(COMMANDS) as Command[]).map((command) => (
        <KeyField key={command} keys={value} command={command} onKey={(key) => set({ ...value, [command]: key })} />
      ))}
    </Section>
  );
}
