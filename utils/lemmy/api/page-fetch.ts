/**
 * The fetch that asks the instance as the page itself would. In Firefox a
 * content script's global fetch is the extension's (its requests carry the
 * extension's origin); the page's own is `content.fetch` (MDN, "Content script
 * environment": XHR and Fetch). Chromium's content scripts fetch as the page already.
 */
interface FirefoxContent {
  content?: { fetch?: typeof fetch };
}

export function pageFetch(): typeof fetch {
  const content = (globalThis as FirefoxContent).content;
  if (content && typeof content.fetch === 'function') return content.fetch.bind(content);
  return globalThis.fetch.bind(globalThis);
}

/**
 * Anonymous (no cookie, so never the reader's session: only the public listing), JSON only, and no redirect
 * followed (one to another origin must not be).
 */
export function requestInit(signal: AbortSignal): RequestInit {
  return { credentials: 'omit', headers: { accept: 'application/json' }, redirect: 'error', signal };
}
