import { collapsedByPost, loadCollapsed, type Retention } from './collapse-store';
import { loadVisit, visitsItem, type Visit } from './new-comments-store';
import { loadRead, readItem, type Loaded } from './reading-store';
import { bindSite, siteBound, type SiteToken } from './site-records';

export interface Site {
  host: string;
  token: SiteToken;
  privateWindow: boolean;
}

/** A post's records, as the features ask for them once the site's records are allowed. */
export interface Remembered {
  /** The last visit to `post`. */
  visit(post: string): Promise<Visit | null>;
  /** The subthreads collapsed on `post`, as remembered under `keep`. */
  collapsed(post: string, keep: Retention & { rememberPerPost: boolean }): Promise<number[]>;
  /** What was read on `post`, kept `keepDays`. */
  read(post: string, keepDays: number): Promise<Loaded>;
}

/**
 * What a post page's session asks storage first, asked while the page is parsed. Started once
 * the page was lemmy-ui's, these reads came after the first rows on a revisit: the "new since"
 * bar resized the outline under them, and a remembered subthread showed expanded for a frame in
 * the outline and the page, and so did what was read (docs/performance.md, "The sidebar's size").
 */
export interface ReadAhead extends Remembered {
  /** Whether this site's records may be kept: read ahead, and the site bound (`bindSite`) only if that says no. */
  records(): Promise<boolean>;
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
  const visits = servedOnce(post, bound, () => visitsItem.getValue());
  const collapsed = servedOnce(post, bound, () => collapsedByPost.getValue());
  const reading = servedOnce(post, bound, () => readItem.getValue());
  let records: Promise<boolean> | undefined;
  return {
    records: () => (records ??= bound.then((known) => known || bindSite(site.host, site.token, site.privateWindow))),
    visit: (key) => visits(key).then((stored) => loadVisit(key, Date.now(), stored)),
    collapsed: (key, keep) => collapsed(key).then((stored) => loadCollapsed(key, keep, stored)),
    read: (key, keepDays) => reading(key).then((stored) => loadRead(key, keepDays, Date.now(), stored)),
  };
}

/**
 * One item's value read ahead for `post`, given once when asked for that post. Read only once
 * the site is known to be bound: a private window or a site whose data was cleared has its
 * records read by no one before binding (which may forget them). Undefined otherwise: read it
 * now. A read ahead that failed is read again too.
 */
function servedOnce(post: string | null, bound: Promise<boolean>, read: () => Promise<unknown>): (key: string) => Promise<unknown> {
  let early = post === null ? null : bound.then((known) => (known ? quiet(read(), undefined) : undefined));
  return (key) => {
    const mine = key === post ? early : null;
    early = null;
    return mine ?? Promise.resolve(undefined);
  };
}

/** A read that may never be asked for: no unhandled failure, the fallback instead. */
function quiet<T>(read: Promise<T>, fallback: T): Promise<T> {
  return read.catch(() => fallback);
}
