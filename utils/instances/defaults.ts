/**
 * Lemmy instances Threadlens runs on out of the box: large, live, general
 * instances (lemm.ee closed in 2025 and is left out). Any other instance is one
 * click away (popup, toolbar-icon menu or options page), through an optional
 * host permission, so the extension never asks to read every website.
 */
export const DEFAULT_INSTANCES: readonly string[] = [
  'lemmy.world',
  'lemmy.ml',
  'sh.itjust.works',
  'lemmy.dbzer0.com',
  'hexbear.net',
  'lemmy.blahaj.zone',
  'programming.dev',
  'feddit.org',
  'lemmy.ca',
  'beehaw.org',
  'discuss.tchncs.de',
  'sopuli.xyz',
  'lemmy.zip',
  'startrek.website',
  'slrpnk.net',
];

/**
 * The whole instance, not only /post/ pages: lemmy-ui navigates client-side, so a
 * reader who opens the front page and then a post never loads a post URL. On
 * other pages the script only listens for navigation; detection keeps it silent.
 */
export const DEFAULT_MATCHES: string[] = DEFAULT_INSTANCES.map((host) => `https://${host}/*`);
