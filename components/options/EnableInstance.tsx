import { useSignal } from '@preact/signals';
import { useId } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { displayOrigin, isDefaultInstance, originFromInput } from '../../utils/instances/origins';
import { INSTANCE_LIST_FULL, instancesFit } from '../../utils/settings/quota';
import { why } from '../../utils/settings/write';

/** Why the typed text cannot be enabled, or its origin. Checked before asking the browser: a grant the synced list cannot hold would be taken back. */
export function enableCheck(text: string, listed: string[]): { origin: string } | { refusal: string } {
  const origin = originFromInput(text);
  if (!origin) return { refusal: t('options.instances.notAddress') };
  if (isDefaultInstance(origin)) return { refusal: t('options.instances.builtIn', displayOrigin(origin)) };
  if (!instancesFit([...new Set([...listed, origin])])) return { refusal: INSTANCE_LIST_FULL };
  return { origin };
}

/** What enabling said: granted, declined, or why it failed. */
export function enableReport(origins: string[], outcome: boolean | { error: unknown }): string {
  if (typeof outcome === 'object') return t('options.instances.failed', why(outcome.error));
  return outcome ? t('options.instances.enabled', origins.map(displayOrigin).join(', ')) : t('options.instances.declined');
}

/**
 * A field for an instance's address and a button that enables it: the
 * browser's permission prompt for that one site follows the click (the
 * request needs the gesture, so nothing is awaited before it).
 */
export function EnableInstance(props: { listed: string[]; onEnable: (origins: string[]) => Promise<boolean>; label: string; primary?: boolean }) {
  const message = useSignal('');
  const id = useId();
  const submit = (form: HTMLFormElement) => {
    const checked = enableCheck(new FormData(form).get('instance')?.toString() ?? '', props.listed);
    if ('refusal' in checked) return void (message.value = checked.refusal);
    void props.onEnable([checked.origin]).then(
      (ok) => (message.value = enableReport([checked.origin], ok)),
      (error: unknown) => (message.value = enableReport([checked.origin], { error })),
    );
  };
  return (
    <form class="tl-enable" onSubmit={(e) => (e.preventDefault(), submit(e.currentTarget))}>
      <label for={id}>{props.label}</label>
      <span class="tl-enable-row">
        <input id={id} name="instance" placeholder={t('options.instances.placeholder')} autocomplete="url" spellcheck={false} />
        <button type="submit" class={`tl-button${props.primary ? ' tl-primary' : ''}`}>
          {t('options.instances.enable')}
        </button>
      </span>
      <p role="status" class="tl-hint">
        {message.value}
      </p>
    </form>
  );
}
