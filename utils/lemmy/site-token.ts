import type { SiteToken } from '../settings/site-records';

/**
 * A random token kept in the site's own storage (localStorage of the page's
 * origin). Records Threadlens keeps for a site live only as long as this
 * token: when the reader clears the site's data, the token goes with it, and
 * so do the records (utils/settings/site-records). The token is random and
 * per site, so it tells the page nothing it could link elsewhere.
 */
const KEY = 'threadlens:site';

export function siteToken(win: Window): SiteToken {
  return {
    read() {
      try {
        return win.localStorage.getItem(KEY);
      } catch {
        return undefined; // storage blocked for this site (cookies off, sandboxed frame)
      }
    },
    store(token) {
      try {
        win.localStorage.setItem(KEY, token);
        return win.localStorage.getItem(KEY) === token;
      } catch {
        return false;
      }
    },
  };
}
