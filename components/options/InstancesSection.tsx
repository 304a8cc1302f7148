import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { DEFAULT_INSTANCES } from '../../utils/instances/defaults';
import { displayOrigin, isDefaultInstance, originFromInput } from '../../utils/instances/origins';
import { INSTANCE_LIST_FULL, instancesFit } from '../../utils/settings/quota';
import { why } from '../../utils/settings/write';

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
          <span>{displayOrigin(origin)}</span> {props.actions(origin)}
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
      (ok) => (message.value = ok ? `Enabled on ${origins.map(displayOrigin).join(', ')}.` : 'Not enabled: the browser did not grant access.'),
      (error: unknown) => (message.value = `Not enabled: ${why(error)}`),
    );
  const remove = (origin: string) =>
    void onRemove(origin).then(
      () => (message.value = `Removed ${displayOrigin(origin)}.`),
      (error: unknown) => (message.value = `Not removed: ${why(error)}`),
    );
  const add = (form: HTMLFormElement) => {
    const origin = originFromInput(new FormData(form).get('instance')?.toString() ?? '');
    if (!origin) message.value = 'That is not a web address.';
    else if (isDefaultInstance(origin)) message.value = `${displayOrigin(origin)} is built in: nothing to enable.`;
    // Checked before asking the browser: a grant the synced list cannot hold would be taken back.
    else if (!instancesFit([...new Set([...listed, origin])])) message.value = INSTANCE_LIST_FULL;
    else enable([origin]);
  };
  return (
    <fieldset>
      <legend>Instances</legend>
      <p class="tl-hint">Built in: {DEFAULT_INSTANCES.join(', ')}.</p>
      <form onSubmit={(e) => (e.preventDefault(), add(e.currentTarget))}>
        <label>
          Enable another instance <input name="instance" placeholder="lemmy.example" autocomplete="url" />
        </label>{' '}
        <button type="submit">Enable</button>
      </form>
      <h2>Enabled in this browser</h2>
      {granted.length ? <OriginList label="Enabled instances" origins={granted} actions={(o) => <button type="button" aria-label={`Remove ${displayOrigin(o)}`} onClick={() => remove(o)}>Remove</button>} /> : <p>None yet.</p>}
      {elsewhere.length ? (
        <>
          <h2>Enabled in your other browsers</h2>
          <OriginList
            label="Instances from other browsers"
            origins={elsewhere}
            actions={(o) => (
              <>
                <button type="button" aria-label={`Allow ${displayOrigin(o)} here`} onClick={() => enable([o])}>Allow here</button>{' '}
                <button type="button" aria-label={`Forget ${displayOrigin(o)}`} onClick={() => onForget(o)}>Forget</button>
              </>
            )}
          />
          <button type="button" onClick={() => enable(elsewhere)}>Allow all here</button>
        </>
      ) : null}
      <p role="status">{message.value}</p>
    </fieldset>
  );
}
