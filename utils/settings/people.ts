import { obj, show, type Errors } from './validate';

/**
 * People the reader tagged, follows or mutes, validated wherever they come
 * from (sync or local storage, an imported file). A person is their identity,
 * `name@instance` (never a display name, which anyone can copy), normalised
 * into a key: the name in Unicode NFC and lower case (Lemmy's names are not
 * case-sensitive), the instance as a URL host (lower case, punycode). Nothing
 * else is folded: a name with a zero-width or bidi character is another
 * account than the one without, so it stays another person, and it is shown
 * with those characters made visible (showIdentity).
 */
export interface Person {
  /** `name@instance`, normalised (personKey). */
  id: string;
  /** A short note shown beside their name; "" for none. */
  tag: string;
  /** The tag's colour, #rrggbb. */
  color: string;
  follow: boolean;
  mute: boolean;
}

export type PersonPatch = Omit<Person, 'id'>;

export const TAG_MAX = 40;
export const NAME_MAX = 100;
/** Far above any reader's list; a file or store listing more is cut here and the rest reported. */
export const MAX_PEOPLE = 20_000;
export const DEFAULT_TAG_COLOR = '#5c6bc0';

const RRGGBB = /^#[0-9a-f]{6}$/;
/** Control characters and separators that break a line: never in a name or a tag. */
const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/gu;
const NAME_BAD = /[\s@/?#\p{Cc}]/u;

/** The instance as a URL host, or null. */
function hostOf(instance: string): string | null {
  if (!instance || instance.length > 253 || /[\s/@?#\\]/.test(instance)) return null;
  try {
    const url = new URL(`https://${instance}`);
    const named = url.hostname.includes('.') || url.hostname === 'localhost';
    return url.host && named ? url.host : null;
  } catch {
    return null;
  }
}

/** The key for `name` on `instance`, or null when either cannot be an identity. */
export function personKey(name: string, instance: string): string | null {
  const n = name.normalize('NFC').toLowerCase();
  if (!n || [...n].length > NAME_MAX || NAME_BAD.test(n)) return null;
  const host = hostOf(instance);
  return host ? `${n}@${host}` : null;
}

/** A stored or imported id, normalised again, or null when it is not one. */
export function asPersonKey(v: unknown): string | null {
  if (typeof v !== 'string' || v.length > NAME_MAX * 4 + 260) return null;
  const at = v.indexOf('@');
  return at > 0 ? personKey(v.slice(0, at), v.slice(at + 1)) : null;
}

/** A tag as stored: control characters removed, trimmed, at most TAG_MAX characters. */
export function cleanTag(tag: string): string {
  return [...tag.replace(CONTROL, '').trim()].slice(0, TAG_MAX).join('').trim();
}

export const isTagColor = (v: unknown): v is string => typeof v === 'string' && RRGGBB.test(v.toLowerCase());

/** Nothing left to remember: no tag, not followed, not muted. */
export const isEmpty = (p: PersonPatch): boolean => !p.tag && !p.follow && !p.mute;

/** Invisible characters (format, zero-width, bidi controls) shown as their code point. */
const INVISIBLE = /[\p{Cf}\u115f\u1160\u3164\uffa0]/gu;

/**
 * An identity for display: invisible characters made visible (`⟨U+200B⟩`), and
 * cut to `max` characters with "…". Shown isolated from the text around it
 * (a <bdi>, or `unicode-bidi: isolate` in the page), so a right-to-left name
 * cannot reorder the words beside it.
 */
export function showIdentity(id: string, max = 48): string {
  const visible = id.replace(INVISIBLE, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
  const chars = [...visible];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : visible;
}

/** One person from anything: the fields it has, each checked; null (and a report) when it is not one. */
export function readPerson(raw: unknown, where: string, errors: Errors): Person | null {
  // Stored compactly as [id, tag, color, flags]; exported as an object.
  const src = Array.isArray(raw) ? { id: raw[0], tag: raw[1], color: raw[2], follow: (raw[3] & 1) === 1, mute: (raw[3] & 2) === 2 } : obj(raw);
  const id = asPersonKey(src.id);
  if (!id) {
    errors.push(`${where}: ${show(src.id ?? raw)} is not a name@instance; dropped`);
    return null;
  }
  const tag = typeof src.tag === 'string' ? cleanTag(src.tag) : '';
  if (src.tag !== undefined && typeof src.tag !== 'string') errors.push(`${where}.tag: ${show(src.tag)} is not text; dropped`);
  const color = isTagColor(src.color) ? src.color.toLowerCase() : DEFAULT_TAG_COLOR;
  if (src.color !== undefined && !isTagColor(src.color)) errors.push(`${where}.color: ${show(src.color)} is not a #rrggbb colour; default used`);
  const person = { id, tag, color, follow: src.follow === true, mute: src.mute === true };
  return isEmpty(person) ? null : person;
}

/**
 * Every person in a list, by id: invalid entries dropped and reported, a
 * second entry for the same person ignored, and no more than MAX_PEOPLE kept.
 * Never throws.
 */
export function parsePeople(raw: unknown, errors: Errors, name = 'people'): Map<string, Person> {
  const people = new Map<string, Person>();
  if (raw === undefined || raw === null) return people;
  if (!Array.isArray(raw)) {
    errors.push(`${name}: ${show(raw)} is not a list; none kept`);
    return people;
  }
  if (raw.length > MAX_PEOPLE) errors.push(`${name}: ${raw.length} listed, more than ${MAX_PEOPLE}; the first ${MAX_PEOPLE} kept`);
  raw.slice(0, MAX_PEOPLE).forEach((entry, i) => {
    const person = readPerson(entry, `${name}[${i}]`, errors);
    if (person && !people.has(person.id)) people.set(person.id, person);
  });
  return people;
}

/** A person as stored: [id, tag, color, flags] (follow 1, mute 2), about a third of the object's bytes. */
export type Packed = [string, string, string, number];

export const pack = (p: Person): Packed => [p.id, p.tag, p.color, (p.follow ? 1 : 0) | (p.mute ? 2 : 0)];

/** A person as exported: named fields, for a file a person may read. */
export const unpackForExport = (p: Person): Person => ({ id: p.id, tag: p.tag, color: p.color, follow: p.follow, mute: p.mute });

/** Black or white text, whichever reads better on `color` (#rrggbb). */
export function textOn(color: string): '#000000' | '#ffffff' {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! > 0.179 ? '#000000' : '#ffffff';
}
