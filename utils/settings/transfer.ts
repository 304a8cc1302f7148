import { parseSettings, type Settings } from './schema';
import { obj } from './validate';

/** Export format: a marker and the schema version around the settings, so a file says what it is. */
const MARKER = 'threadlens-settings';
export const EXPORT_VERSION = 2;

export function exportSettings(settings: Settings): string {
  return JSON.stringify({ format: MARKER, version: EXPORT_VERSION, settings }, null, 2);
}

/**
 * Reads an exported file, or a bare settings object. Not JSON gives null
 * settings; otherwise every valid field is kept and every invalid one is
 * reported and replaced by its default. Never throws.
 */
export function importSettings(text: string): { settings: Settings | null; errors: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { settings: null, errors: ['The file is not JSON.'] };
  }
  const file = obj(raw);
  if (file.format !== MARKER) return parseSettings(raw);
  const parsed = parseSettings(file.settings);
  // A file from another version is still read field by field; say so, since some fields may be lost.
  const note = file.version === EXPORT_VERSION ? [] : [`file version ${JSON.stringify(file.version)} read as version ${EXPORT_VERSION}`];
  return { settings: parsed.settings, errors: [...note, ...parsed.errors] };
}
