/**
 * Field readers for values of unknown origin (storage written by another
 * version, a synced device, an imported file). Each returns the value when it
 * is valid, else the fallback, and records why. None throws.
 */

export type Errors = string[];
export type Obj = Record<string, unknown>;

export const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});

/** Notes a field that is present but not an object (its defaults are used). */
export function section(v: unknown, name: string, errors: Errors): Obj {
  if (v !== undefined && obj(v) !== v) errors.push(`${name}: ${JSON.stringify(v)} is not an object; defaults used`);
  return obj(v);
}

export function oneOf<T extends string>(v: unknown, allowed: readonly T[], fallback: T, name: string, errors: Errors): T {
  if (v === undefined) return fallback;
  if (allowed.includes(v as T)) return v as T;
  errors.push(`${name}: ${JSON.stringify(v)} is not one of ${allowed.join(', ')}`);
  return fallback;
}

const isIntIn = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

export function int(v: unknown, min: number, max: number, fallback: number, name: string, errors: Errors): number {
  if (v === undefined) return fallback;
  if (isIntIn(v, min, max)) return v;
  errors.push(`${name}: ${JSON.stringify(v)} is not a whole number from ${min} to ${max}`);
  return fallback;
}

/** A whole number in range, or null for "off". */
export function intOrOff(v: unknown, min: number, max: number, fallback: number | null, name: string, errors: Errors): number | null {
  if (v === undefined) return fallback;
  if (v === null || isIntIn(v, min, max)) return v;
  errors.push(`${name}: ${JSON.stringify(v)} is not off (null) or a whole number from ${min} to ${max}`);
  return fallback;
}

export function bool(v: unknown, fallback: boolean, name: string, errors: Errors): boolean {
  if (v === undefined) return fallback;
  if (typeof v === 'boolean') return v;
  errors.push(`${name}: ${JSON.stringify(v)} is not true or false`);
  return fallback;
}

const COLOR = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
export const isHexColor = (v: unknown): v is string => typeof v === 'string' && COLOR.test(v);

/** Only #hex: the colour ends up in a stylesheet, so nothing else may get through. */
export function hexColor(v: unknown, fallback: string, name: string, errors: Errors): string {
  if (v === undefined) return fallback;
  if (isHexColor(v)) return v;
  errors.push(`${name}: ${JSON.stringify(v)} is not a #hex colour`);
  return fallback;
}
