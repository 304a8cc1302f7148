/**
 * What an instance's origin may be ("https://lemmy.example"): a scheme and a
 * host, never a port. Settings store origins and validate them here; the
 * instances' permissions (../instances/origins) build on it. Pure.
 */

/** DNS's limit on a host name: longer is not a host, whatever the pattern would match. */
export const MAX_HOST_LENGTH = 253;

const ORIGIN = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?$/i;

/** A canonical origin (lower case, port dropped), or null for anything that is not a plain http(s) origin. */
export function asOrigin(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = ORIGIN.exec(value.trim());
  if (!m || m[2]!.length > MAX_HOST_LENGTH) return null;
  return `${m[1]!.toLowerCase()}://${m[2]!.toLowerCase()}`;
}
