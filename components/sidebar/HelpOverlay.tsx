import { COMMANDS, type Command, type KeyBindings } from '../../utils/settings/keys';

export interface HelpOverlayProps {
  keys: KeyBindings;
  onClose: () => void;
}

const label = (key: string) => (key === ' ' ? 'Space' : key);

/** The keys, as a dialog listing each command. */
export function HelpOverlay({ keys, onClose }: HelpOverlayProps) {
  return (
    <div class="tl-help" role="dialog" aria-modal="false" aria-labelledby="tl-help-title">
      <h3 id="tl-help-title">Keyboard</h3>
      <dl>
        {(Object.keys(COMMANDS) as Command[]).map((c) => (
          <div key={c} class="tl-help-row">
            <dt>
              <kbd>{label(keys[c])}</kbd>
            </dt>
            <dd>{COMMANDS[c]}</dd>
          </div>
        ))}
      </dl>
      <p>In the outline: arrow keys move, Left/Right collapse and expand, Enter shows the comment.</p>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
