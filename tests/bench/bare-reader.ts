/**
 * Not a reader: a lower bound for one. The fewest DOM reads that reach each field
 * the thread model needs on the bench page's shape (lemmy-ui B, tree view, logged
 * out), with no checks, no fallbacks and no parsing. It leaves out what a real
 * reader also has to find (edited, deleted/removed, the blockquotes' own text, the
 * "more replies" stub, collapsed state, text without icons and with block breaks),
 * so any reader of these fields costs at least this much. `reader.ts --bare` times it
 * against the floor (querySelectorAll + textContent), as the issue's parse target
 * does (README, "Performance").
 */
export interface BareComment {
  id: string;
  parent: string | null;
  author: string | null;
  display: string | null;
  badge: string | null;
  up: string | null;
  down: string | null;
  time: string | null;
  body: string | null;
}

export function bareRead(doc: Document): BareComment[] {
  const out: BareComment[] = [];
  const articles = doc.querySelectorAll('article[id^="comment-"]');
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i]!;
    // article > div.ms-2 > header div: a fixed path, where a reader walks and checks.
    const header = article.firstElementChild?.firstElementChild ?? null;
    const parentLi = article.parentElement?.parentElement?.parentElement ?? null;
    const person = header?.querySelector('a.person-listing') ?? null;
    out.push({
      id: article.id,
      parent: parentLi?.localName === 'li' ? (parentLi.firstElementChild?.id ?? null) : null,
      author: person?.getAttribute('href') ?? null,
      display: person?.getAttribute('title') ?? null,
      badge: header?.querySelector('.badge[aria-label]')?.getAttribute('aria-label') ?? null,
      up: header?.querySelector('[aria-label$="Upvotes"]')?.textContent ?? null,
      down: header?.querySelector('[aria-label$="Downvotes"]')?.textContent ?? null,
      time: header?.querySelector('.moment-time')?.getAttribute('data-tippy-content') ?? null,
      body: article.querySelector('.md-div')?.textContent ?? null,
    });
  }
  return out;
}
