import { httpError, malformed, notJson } from './errors';
import { retryAfterMs } from './retry-after';

const JSON_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/**
 * The body of an API answer as parsed JSON. An HTML page where data should be
 * (an error page, a bot check in front of the instance) is 'not-json', even
 * when it claims to be JSON; JSON that does not parse is 'malformed'.
 */
export async function readJson(res: Response, now: number): Promise<unknown> {
  if (!res.ok) {
    // The body of a failure is not needed: let the connection go.
    void res.body?.cancel().catch(() => {});
    throw httpError(res.status, retryAfterMs(res.headers.get('retry-after'), now));
  }
  const type = (res.headers.get('content-type') ?? '').trim();
  const text = await res.text();
  if (!JSON_TYPE.test(type) || /^\s*</.test(text)) throw notJson();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw malformed();
  }
}
