import { COMMANDS, commandOn, isKeyAllowed, type Command, type KeyBindings } from './keys';
import { section, show, type Field } from './validate';

const commands = Object.keys(COMMANDS) as Command[];

/** The commands whose key another command has too. */
export function sharedKeys(keys: KeyBindings): Command[] {
  return commands.filter((command) => commandOn(keys, keys[command], command) !== null);
}

/**
 * Each key one allowed character (isKeyAllowed), no two commands on one key.
 * A command whose key is invalid or shared gets its default back; if that
 * default is taken in turn, the whole default keymap is used. Either way no
 * clash can come out of here (the defaults share no key: a test checks).
 */
export const readKeys: Field<KeyBindings> = (raw, defaults, name, errors) => {
  const given = section(raw, name, errors);
  const keys = { ...defaults };
  for (const command of commands) {
    const v = given[command];
    if (v === undefined) continue;
    if (isKeyAllowed(v)) keys[command] = v;
    else errors.push(`${name}.${command}: ${show(v)} is not a single printable key; default restored`);
  }
  const shared = sharedKeys(keys);
  for (const command of shared) {
    // Each clash is reported once, on the command that moved onto a key not its own.
    const other = commandOn(keys, keys[command], command)!;
    if (keys[command] !== defaults[command]) errors.push(`${name}.${command}: ${show(keys[command])} is also ${COMMANDS[other]}; default restored`);
  }
  shared.forEach((command) => (keys[command] = defaults[command]));
  if (!sharedKeys(keys).length) return keys;
  errors.push(`${name}: the keys given back would be shared again; all default keys restored`);
  return { ...defaults };
};
