import { asOrigin } from '../settings/origin';
import { DEFAULT_INSTANCES } from './defaults';

/**
 * Instance origins ("https://lemmy.example") and the host permission patterns
 * that grant them. An instance is a scheme and a host, never a port: Firefox's
 * match patterns cannot name one, and Chrome's match every port when none is
 * given. Pure: no browser APIs.
 */

/** The patterns we request and the browser reports back: a whole origin. */
const PATTERN = /^(https?|\*):\/\/([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?\/\*$/i;

/**
 * What the user typed ("lemmy.example", "https://lemmy.example/post/1") as an
 * origin; a bare host means https.
 */
export function originFromInput(text: string): string | null {
  const trimmed = text.trim();
  const withScheme = /^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'http:' || url.protocol === 'https:' ? asOrigin(url.origin) : null;
  } catch {
    return null;
  }
}

/** The origin of a page URL (the popup's tab), or null for non-web pages. */
export function originOfUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return asOrigin(new URL(url).origin);
  } catch {
    return null;
  }
}

export function patternFor(origin: string): string {
  return `${origin}/*`;
}

/** The origin a granted pattern covers; `*://host/*` counts as https. Others (paths, wildcards) → null. */
export function originFromPattern(pattern: string): string | null {
  const m = PATTERN.exec(pattern);
  if (!m) return null;
  return asOrigin(`${m[1] === '*' ? 'https' : m[1]}://${m[2]}`);
}

export function isDefaultInstance(origin: string): boolean {
  return origin.startsWith('https://') && DEFAULT_INSTANCES.includes(origin.slice('https://'.length));
}

/** Shown to people: the host, with the scheme only when it is not https. */
export function displayOrigin(origin: string): string {
  return origin.startsWith('https://') ? origin.slice('https://'.length) : origin;
}
