/**
 * Field readers for values of unknown origin (storage written by another
 * version, a synced device, an imported file). Each returns the value when it
 * is valid, else the fallback, and records why. None throws.
 */

export type Errors = string[];
export type Obj = Record<string, unknown>;

/** Reads one field: `value` when it is valid, else `fallback`; a value present but invalid is reported as `name`. */
export type Field<T> = (value: unknown, fallback: T, name: string, errors: Errors) => T;

/** A field reader for each property of T. */
export type Fields<T> = { [K in keyof T]-?: Field<T[K]> };

export const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});

/** How a value is quoted in a report: cut short, so a huge value never makes a huge report. */
export function show(v: unknown, max = 40): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Notes a field that is present but not an object (its defaults are used). */
export function section(v: unknown, name: string, errors: Errors): Obj {
  if (v !== undefined && obj(v) !== v) errors.push(`${name}: ${show(v)} is not an object; defaults used`);
  return obj(v);
}

/** A field valid when `ok` says so; `is` completes "… is not" in the report. Absent means the fallback, silently. */
function check<T>(ok: (v: unknown) => boolean, is: string): Field<T> {
  return (v, fallback, name, errors) => {
    if (v === undefined) return fallback;
    if (ok(v)) return v as T;
    errors.push(`${name}: ${show(v)} is not ${is}`);
    return fallback;
  };
}

/** An object read property by property, each with its own reader; the result has exactly `fields`' keys, in their order. */
export function group<T>(fields: Fields<T>): Field<T> {
  return (v, fallback, name, errors) => {
    const given = section(v, name, errors);
    const out = {} as T;
    for (const key in fields) out[key] = fields[key](given[key], fallback[key], name ? `${name}.${key}` : key, errors);
    return out;
  };
}

export const oneOf = <T extends string>(...allowed: T[]): Field<T> => check((v) => allowed.includes(v as T), `one of ${allowed.join(', ')}`);

const isIntIn = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

export const int = (min: number, max: number): Field<number> =>
  check((v) => isIntIn(v, min, max), `a whole number from ${min} to ${max}`);

/** A whole number in range, or null for "off". */
export const intOrOff = (min: number, max: number): Field<number | null> =>
  check((v) => v === null || isIntIn(v, min, max), `off (null) or a whole number from ${min} to ${max}`);

export const bool: Field<boolean> = check((v) => typeof v === 'boolean', 'true or false');

const COLOR = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
export const isHexColor = (v: unknown): v is string => typeof v === 'string' && COLOR.test(v);

/** Only #hex: the colour ends up in a stylesheet, so nothing else may get through. */
export const hexColor: Field<string> = check(isHexColor, 'a #hex colour');
