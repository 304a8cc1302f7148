import { storage } from '#imports';
import { collapsedByPost, parseCollapsed } from './collapse-store';
import { parseVisits, visitsItem } from './new-comments-store';
import { forgetReadOn, readPosts } from './reading-store';

/**
 * What Threadlens records about a site (the last visit to each post, the
 * collapsed subthreads, what was read) comes from that site's pages, and a page can read it
 * back through the marks it causes. So such records must not outlive the
 * site's own data: a record that survived "clear site data" would be a
 * tracking identifier the page wrote and can read again. Each site's records
 * are tied to a random token in the site's own storage (../lemmy/site-token):
 * no token there, or another one, and the site's records are forgotten first.
 * Private windows record nothing: extension storage outlives them.
 */
export const siteTokens = storage.defineItem<Record<string, string> | null>('local:siteTokens', { fallback: null, version: 1 });

/**
 * Records made by a version before the tokens are adopted by the site's next
 * token, once, instead of being lost on update.
 */
const EARLIER = 'recorded-before-tokens';

/** A token kept in the site's own storage (the page side: ../lemmy/site-token). */
export interface SiteToken {
  /** The token; null when there is none; undefined when the site's storage cannot be used. */
  read(): string | null | undefined;
  /** False when the site's storage refused it. */
  store(token: string): boolean;
}

/** More sites than anyone reads; the oldest binding goes first. */
const MAX_SITES = 1000;

const ofHost = (host: string) => (post: string) => post.startsWith(`${host}/`);

/** Forgets every record kept for `host`. */
export async function forgetSite(host: string): Promise<void> {
  const mine = ofHost(host);
  const visits = parseVisits(await visitsItem.getValue());
  if (visits.some((v) => mine(v.post))) await visitsItem.setValue(visits.filter((v) => !mine(v.post)));
  const collapsed = parseCollapsed(await collapsedByPost.getValue());
  if (collapsed.some((c) => mine(c.post))) await collapsedByPost.setValue(collapsed.filter((c) => !mine(c.post)));
  await forgetReadOn(mine);
}

/** Every site with records made before there were tokens. */
async function earlierSites(): Promise<Record<string, string>> {
  const posts = [...parseVisits(await visitsItem.getValue()), ...parseCollapsed(await collapsedByPost.getValue())].map((e) => e.post);
  posts.push(...(await readPosts()));
  return Object.fromEntries(posts.map((post) => [post.slice(0, post.indexOf('/')), EARLIER]));
}

/**
 * Whether the site is bound already: the token in its storage is the one kept for it. Reads only
 * (no token is made, nothing forgotten), so it may be asked before the page is known to be
 * lemmy-ui's; false means "ask `bindSite`".
 */
export async function siteBound(host: string, token: SiteToken, privateWindow: boolean): Promise<boolean> {
  if (privateWindow) return false;
  const inPage = token.read();
  return !!inPage && (await siteTokens.getValue())?.[host] === inPage;
}

/**
 * Whether records for `host` may be read and written now; forgets them first
 * when the site's data was cleared since they were made.
 */
export async function bindSite(host: string, token: SiteToken, privateWindow: boolean): Promise<boolean> {
  if (privateWindow) return false;
  const inPage = token.read();
  if (inPage === undefined) return false;
  const tokens = (await siteTokens.getValue()) ?? (await earlierSites());
  if (inPage !== null && tokens[host] === inPage) return true;
  if (tokens[host] !== EARLIER) await forgetSite(host);
  const fresh = crypto.randomUUID();
  if (!token.store(fresh)) return false;
  const kept = Object.entries(tokens).filter(([h]) => h !== host).slice(-(MAX_SITES - 1));
  await siteTokens.setValue(Object.fromEntries([...kept, [host, fresh]]));
  return true;
}
