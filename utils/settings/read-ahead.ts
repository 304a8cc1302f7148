import { loadVisit, type Visit } from './new-comments-store';
import { bindSite, siteBound, type SiteToken } from './site-records';

export interface Site {
  host: string;
  token: SiteToken;
  privateWindow: boolean;
}

/**
 * What a post page's session asks storage first, asked while the page is parsed. Started once
 * the page was lemmy-ui's, the two reads came after the first rows on a revisit, and the "new
 * since" bar resized the outline under them (docs/performance.md, "The sidebar's size").
 */
export interface ReadAhead {
  /** Whether this site's records may be kept: read ahead, and the site bound (`bindSite`) only if that says no. */
  records(): Promise<boolean>;
  /** The last visit to `post`: the one read ahead for the post of the URL (once, and only on a site bound then); else read now. */
  visit(post: string): Promise<Visit | null>;
}

/**
 * Reads only (nothing is written to the site or to storage), so it may run before the page is
 * known to be lemmy-ui's; what it read is used only as the session would have used it, once
 * the site's records are allowed. `post`: the session key of the URL, null when it is not a
 * post's (then nothing is read ahead).
 */
export function readAhead(site: Site, post: string | null): ReadAhead {
  // Only on a post's URL: elsewhere the script may never start a session, and reads nothing.
  const bound = post === null ? Promise.resolve(false) : quiet(siteBound(site.host, site.token, site.privateWindow), false);
  let early = post === null ? null : { post, visit: loadVisit(post) };
  if (early) void quiet(early.visit, null);
  let records: Promise<boolean> | undefined;
  return {
    records: () => (records ??= bound.then((known) => known || bindSite(site.host, site.token, site.privateWindow))),
    visit(key) {
      const ahead = early?.post === key ? early.visit : null;
      early = null;
      // Only where the site was bound when it was read: binding it may forget its records (its
      // data cleared), and a visit read before that must not come back.
      return bound.then((known) => (known && ahead) || loadVisit(key));
    },
  };
}

/** A read that may never be asked for: its failure is left to whoever asks (or to the fallback). */
function quiet<T>(read: Promise<T>, fallback: T): Promise<T> {
  return read.catch(() => fallback);
}
