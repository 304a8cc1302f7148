import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { t } from '../../utils/i18n';

/** Small labelled controls; every change hands back a value of the right type, never raw text. */

const target = (e: Event) => e.currentTarget as HTMLInputElement;
const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(n)));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A section's reset: its value, its defaults and how to store one. */
export interface Reset<T> {
  value: T;
  defaults: T;
  set: (next: T) => void;
}

/**
 * One section of the options page: a heading the section list links to, what it is for, its
 * settings, and a quiet Reset. Resetting takes effect at once and offers Undo, which puts the
 * values from before back; Reset is dimmed while everything is at its default.
 */
export function Section<T>(props: { id: string; title: string; description: ComponentChildren; reset?: Reset<T>; children: ComponentChildren }) {
  const undo = useSignal<{ value: T } | null>(null);
  const { reset } = props;
  const atDefaults = reset ? same(reset.value, reset.defaults) : true;
  return (
    <section id={props.id} class="tl-section" aria-labelledby={`${props.id}-title`}>
      <div class="tl-section-head">
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        {reset ? (
          <button
            type="button"
            class="tl-text-button tl-reset"
            aria-label={t('options.reset.label', props.title)}
            aria-disabled={atDefaults ? true : undefined}
            onClick={() => {
              if (atDefaults) return;
              undo.value = { value: reset.value };
              reset.set(reset.defaults);
            }}
          >
            {t('options.reset.button')}
          </button>
        ) : null}
      </div>
      <p class="tl-hint tl-section-about">{props.description}</p>
      <div class="tl-undo" aria-live="polite">
        {undo.value && reset ? (
          <>
            {t('options.reset.done', props.title)}{' '}
            <button
              type="button"
              class="tl-text-button"
              onClick={() => {
                reset.set(undo.value!.value);
                undo.value = null;
              }}
            >
              {t('options.reset.undo')}
            </button>
          </>
        ) : null}
      </div>
      <div class="tl-settings">{props.children}</div>
    </section>
  );
}

/** A setting's row: its label (and a hint under it) on the left, the control on the right. */
function Row(props: { label: ComponentChildren; hint?: string; hintId?: string; children: ComponentChildren }) {
  return (
    <div class="tl-setting">
      <div class="tl-setting-text">
        {props.label}
        {props.hint ? (
          <span class="tl-hint tl-setting-hint" id={props.hintId}>
            {props.hint}
          </span>
        ) : null}
      </div>
      <div class="tl-setting-control">{props.children}</div>
    </div>
  );
}

export function Choice<V extends string>(props: { label: string; hint?: string; value: V; options: [V, string][]; onChange: (v: V) => void }) {
  // Labelled by id, not by wrapping: a wrapping label would add the option texts to the select's name.
  const id = useId();
  return (
    <Row label={<label for={id}>{props.label}</label>} hint={props.hint} hintId={`${id}-hint`}>
      <select id={id} value={props.value} aria-describedby={props.hint ? `${id}-hint` : undefined} onChange={(e) => props.onChange(target(e).value as V)}>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Row>
  );
}

export function Toggle(props: { label: string; hint?: string; checked: boolean; onChange: (v: boolean) => void }) {
  const id = useId();
  return (
    <div class="tl-setting tl-check">
      <input id={id} type="checkbox" checked={props.checked} aria-describedby={props.hint ? `${id}-hint` : undefined} onChange={(e) => props.onChange(target(e).checked)} />
      <div class="tl-setting-text">
        <label for={id}>{props.label}</label>
        {props.hint ? (
          <span class="tl-hint tl-setting-hint" id={`${id}-hint`}>
            {props.hint}
          </span>
        ) : null}
      </div>
    </div>
  );
}

export function Whole(props: { label: string; hint?: string; value: number; min: number; max: number; disabled?: boolean; onChange: (v: number) => void }) {
  const { min, max } = props;
  const id = useId();
  return (
    <Row label={<label for={id}>{props.label}</label>} hint={props.hint} hintId={`${id}-hint`}>
      <input
        id={id}
        type="number"
        class="tl-number"
        min={min}
        max={max}
        disabled={props.disabled}
        value={props.value}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(e) => props.onChange(clamp(Number(target(e).value) || min, min, max))}
      />
    </Row>
  );
}

/** A rule that is either off (null) or set to a whole number. */
export function OffOrWhole(props: { label: string; value: number | null; min: number; max: number; initial: number; onChange: (v: number | null) => void }) {
  const { min, max, value } = props;
  const id = useId();
  return (
    <div class="tl-setting tl-check">
      <input id={id} type="checkbox" checked={value !== null} onChange={(e) => props.onChange(target(e).checked ? props.initial : null)} />
      <div class="tl-setting-text">
        <label for={id}>{props.label}</label>
      </div>
      <div class="tl-setting-control">
        <input
          type="number"
          class="tl-number"
          min={min}
          max={max}
          aria-label={props.label}
          disabled={value === null}
          value={value ?? props.initial}
          onChange={(e) => props.onChange(clamp(Number(target(e).value) || 0, min, max))}
        />
      </div>
    </div>
  );
}
