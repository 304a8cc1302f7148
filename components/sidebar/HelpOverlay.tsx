import { t } from '../../utils/i18n';
import { COMMANDS, type Command, type KeyBindings } from '../../utils/settings/keys';

export interface HelpOverlayProps {
  keys: KeyBindings;
  onClose: () => void;
}

const label = (key: string) => (key === ' ' ? t('help.space') : key);

/** The keys, as a dialog listing each command. */
export function HelpOverlay({ keys, onClose }: HelpOverlayProps) {
  return (
    <div class="tl-help" role="dialog" aria-modal="false" aria-labelledby="tl-help-title">
      <h3 id="tl-help-title">{t('help.title')}</h3>
      <dl>
        {(Object.keys(COMMANDS) as Command[]).map((c) => (
          <div key={c} class="tl-help-row">
            <dt>
              <kbd>{label(keys[c])}</kbd>
            </dt>
            <dd>{t(`keys.${c}`)}</dd>
          </div>
        ))}
      </dl>
      <p>{t('help.outline')}</p>
      <button type="button" onClick={onClose}>
        {t('help.close')}
      </button>
    </div>
  );
}
