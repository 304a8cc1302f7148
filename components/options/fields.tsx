import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** Small labelled controls; every change hands back a value of the right type, never raw text. */

const target = (e: Event) => e.currentTarget as HTMLInputElement;
const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(n)));

export function Section(props: { legend: string; onReset: () => void; children: ComponentChildren }) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.children}
      <button type="button" class="tl-reset" onClick={props.onReset}>
        Reset {props.legend.toLowerCase()} to defaults
      </button>
    </fieldset>
  );
}

export function Choice<T extends string>(props: { label: string; value: T; options: [T, string][]; onChange: (v: T) => void }) {
  // Labelled by id, not by wrapping: a wrapping label would add the option texts to the select's name.
  const id = useId();
  return (
    <span class="tl-choice">
      <label for={id}>{props.label}</label>{' '}
      <select id={id} value={props.value} onChange={(e) => props.onChange(target(e).value as T)}>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </span>
  );
}

export function Toggle(props: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label>
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(target(e).checked)} /> {props.label}
    </label>
  );
}

export function Whole(props: { label: string; value: number; min: number; max: number; disabled?: boolean; onChange: (v: number) => void }) {
  const { min, max } = props;
  return (
    <label>
      {props.label}{' '}
      <input
        type="number"
        min={min}
        max={max}
        disabled={props.disabled}
        value={props.value}
        onChange={(e) => props.onChange(clamp(Number(target(e).value) || min, min, max))}
      />
    </label>
  );
}

/** A rule that is either off (null) or set to a whole number. */
export function OffOrWhole(props: { label: string; value: number | null; min: number; max: number; initial: number; onChange: (v: number | null) => void }) {
  const { min, max, value } = props;
  return (
    <span class="tl-rule">
      <label>
        <input type="checkbox" checked={value !== null} onChange={(e) => props.onChange(target(e).checked ? props.initial : null)} /> {props.label}
      </label>{' '}
      <input
        type="number"
        min={min}
        max={max}
        aria-label={props.label}
        disabled={value === null}
        value={value ?? props.initial}
        onChange={(e) => props.onChange(clamp(Number(target(e).value) || 0, min, max))}
      />
    </span>
  );
}
