import { syncItemsOf } from './items';
import { parsePeople, unpackForExport, type Person } from './people';
import { fileInstancesTooMany, importInstancesTooMany, instancesFit, overQuota, QUOTA_BYTES_PER_ITEM } from './quota';
import { DEFAULT_SETTINGS, parseInstances, parseSettings, type Settings } from './schema';
import { obj } from './validate';

/** Export format: a marker and the schema version around the settings, so a file says what it is. */
const MARKER = 'threadlens-settings';
export const EXPORT_VERSION = 2;

/** Far above any real export (a few KB of settings, about 90 bytes a person); checked on the file's size, before it is read. */
export const IMPORT_MAX_BYTES = 2560 * 1024;
const NOT_SETTINGS = 'This is not a Threadlens settings file.';
const KNOWN = Object.keys(DEFAULT_SETTINGS);

/** The settings, and the reader's people when given (one person a line: 10,000 stay under 1 MB). */
export function exportSettings(settings: Settings, people?: Iterable<Person>): string {
  const head = JSON.stringify({ format: MARKER, version: EXPORT_VERSION, settings }, null, 2);
  if (!people) return head;
  const lines = [...people].map((p) => `    ${JSON.stringify(unpackForExport(p))}`);
  return `${head.slice(0, -2)},\n  "people": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]\n}`;
}

/** Why a file of this size is not read, or null. */
export function importTooBig(size: number): string | null {
  return size > IMPORT_MAX_BYTES ? `The file is too big (over ${IMPORT_MAX_BYTES / 1024} KB); a settings export is a few KB, about 1 MB with 10,000 people.` : null;
}

type Imported = { settings: Settings; errors: string[] } | { settings: null; errors: string[] };
const refuse = (why: string): Imported => ({ settings: null, errors: [why] });

/** Settings, or a 0.1.0 bare export: an object with at least one setting of ours. */
const looksLikeSettings = (v: unknown) => obj(v) === v && Object.keys(v as object).some((key) => KNOWN.includes(key));

/**
 * Reads an exported file, or a bare settings object. Refuses (null settings)
 * what is not JSON, not our settings, or lists more instances than can be
 * kept; otherwise every valid field is kept and every invalid one is reported
 * and replaced by its default. Never throws.
 */
export function importSettings(text: string): Imported {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse('The file is not JSON.');
  }
  const file = obj(raw);
  const marked = file.format === MARKER;
  const src = marked ? file.settings : raw;
  if (!looksLikeSettings(src)) return refuse(NOT_SETTINGS);
  const listed = parseInstances(obj(src).instances, []);
  if (!instancesFit(listed)) return refuse(fileInstancesTooMany(listed.length));
  const parsed = parseSettings(src);
  // A file from another version is still read field by field; say so, since some fields may be lost.
  const note = !marked || file.version === EXPORT_VERSION ? [] : [`file version ${JSON.stringify(file.version)} read as version ${EXPORT_VERSION}`];
  return { settings: parsed.settings, errors: [...note, ...parsed.errors] };
}

/**
 * The people in an exported file: null when it lists none (the reader's
 * people are then left as they are). Each entry is checked as stored ones
 * are (./people); unknown fields and invalid entries are dropped and reported.
 */
export function importPeople(text: string): { people: Person[] | null; errors: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { people: null, errors: [] };
  }
  const file = obj(raw);
  if (file.format !== MARKER || file.people === undefined) return { people: null, errors: [] };
  const errors: string[] = [];
  return { people: [...parsePeople(file.people, errors).values()], errors };
}

/**
 * What an import will store: the file's settings, its instances added to those
 * listed now (an import never drops one this browser has enabled). Refused,
 * whole, when that would not fit sync storage: an import is all or nothing.
 */
export function planImport(current: Settings, imported: Settings): { settings: Settings } | { refused: string } {
  const instances = [...new Set([...current.instances, ...imported.instances])];
  if (!instancesFit(instances)) return { refused: importInstancesTooMany(current.instances.length, instances.length) };
  const settings = { ...imported, instances };
  const over = overQuota(syncItemsOf(settings));
  return over.length ? { refused: `Too big for sync storage (${over.join(', ')} over ${QUOTA_BYTES_PER_ITEM} bytes).` } : { settings };
}

/** A report a person can read: the first `lines` problems, each cut to `width` characters, then how many more. */
export function shortReport(errors: string[], lines = 5, width = 80): string[] {
  const shown = errors.slice(0, lines).map((e) => (e.length > width ? `${e.slice(0, width)}…` : e));
  return errors.length > lines ? [...shown, `and ${errors.length - lines} more`] : shown;
}
