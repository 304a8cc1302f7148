import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { t } from '../../utils/i18n';
import { DEFAULT_INSTANCES } from '../../utils/instances/defaults';
import { displayOrigin } from '../../utils/instances/origins';
import { why } from '../../utils/settings/write';
import { EnableInstance, enableReport } from './EnableInstance';
import { Section } from './fields';

export interface InstancesProps {
  /** Origins granted in this browser. */
  granted: string[];
  /** Origins in the synced list (enabled here or in the reader's other browsers). */
  listed: string[];
  /** Called straight from a click or submit: the permission request needs that gesture. */
  onEnable: (origins: string[]) => Promise<boolean>;
  onRemove: (origin: string) => Promise<void>;
  onForget: (origin: string) => void;
}

function OriginList(props: { label: string; origins: string[]; actions: (origin: string) => ComponentChildren }) {
  return (
    <ul aria-label={props.label} class="tl-origins">
      {props.origins.map((origin) => (
        <li key={origin}>
          <span>{displayOrigin(origin)}</span> <span class="tl-origin-actions">{props.actions(origin)}</span>
        </li>
      ))}
    </ul>
  );
}

export function InstancesSection({ granted, listed, onEnable, onRemove, onForget }: InstancesProps) {
  const message = useSignal('');
  const elsewhere = listed.filter((o) => !granted.includes(o));
  const enable = (origins: string[]) =>
    void onEnable(origins).then(
      (ok) => (message.value = enableReport(origins, ok)),
      (error: unknown) => (message.value = enableReport(origins, { error })),
    );
  const remove = (origin: string) =>
    void onRemove(origin).then(
      () => (message.value = t('options.instances.removed', displayOrigin(origin))),
      (error: unknown) => (message.value = t('options.instances.notRemoved', why(error))),
    );
  const button = (label: string, text: string, onClick: () => void) => (
    <button type="button" class="tl-text-button" aria-label={label} onClick={onClick}>
      {text}
    </button>
  );
  return (
    <Section id="instances" title={t('options.instances.title')} description={t('options.instances.about', DEFAULT_INSTANCES.length)}>
      <details class="tl-builtin">
        <summary>{t('options.instances.builtInList', DEFAULT_INSTANCES.length)}</summary>
        <p class="tl-hint">{DEFAULT_INSTANCES.join(', ')}</p>
      </details>
      <EnableInstance listed={listed} onEnable={onEnable} label={t('options.instances.add')} />
      <h3>{t('options.instances.here')}</h3>
      {granted.length ? (
        <OriginList label={t('options.instances.hereLabel')} origins={granted} actions={(o) => button(t('options.instances.removeLabel', displayOrigin(o)), t('options.instances.remove'), () => remove(o))} />
      ) : (
        <p class="tl-hint">{t('options.instances.none')}</p>
      )}
      {elsewhere.length ? (
        <>
          <h3>{t('options.instances.elsewhere')}</h3>
          <OriginList
            label={t('options.instances.elsewhereLabel')}
            origins={elsewhere}
            actions={(o) => (
              <>
                {button(t('options.instances.allowLabel', displayOrigin(o)), t('options.instances.allow'), () => enable([o]))}
                {button(t('options.instances.forgetLabel', displayOrigin(o)), t('options.instances.forget'), () => onForget(o))}
              </>
            )}
          />
          <button type="button" class="tl-button" onClick={() => enable(elsewhere)}>
            {t('options.instances.allowAll')}
          </button>
        </>
      ) : null}
      <p role="status" class="tl-hint">
        {message.value}
      </p>
    </Section>
  );
}
