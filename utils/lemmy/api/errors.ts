/**
 * What can go wrong asking an instance for data, one kind per cause the reader
 * may be told about. The message is one English sentence, ready to show.
 */
export type ApiErrorKind = 'http' | 'rate-limited' | 'not-json' | 'malformed' | 'network' | 'timeout' | 'cancelled' | 'gave-up';

export interface ApiErrorDetail {
  /** The HTTP status, for 'http' and 'rate-limited'. */
  status?: number;
  /** For 'gave-up': how many tries were made, and why the last one failed. */
  tries?: number;
  last?: ApiError;
  /** What the instance asked for in `Retry-After`, in milliseconds. */
  retryAfterMs?: number;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status?: number;
  readonly tries?: number;
  readonly last?: ApiError;
  readonly retryAfterMs?: number;

  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    detail: ApiErrorDetail = {},
  ) {
    super(message);
    Object.assign(this, detail);
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export const statusLine = (status: number) => `${status}${STATUS_TEXT[status] ? ` ${STATUS_TEXT[status]}` : ''}`;

export function httpError(status: number, retryAfterMs: number | null = null): ApiError {
  const kind = status === 429 ? 'rate-limited' : 'http';
  const detail = retryAfterMs === null ? { status } : { status, retryAfterMs };
  return new ApiError(kind, `The instance answered ${statusLine(status)}.`, detail);
}

export const notJson = () => new ApiError('not-json', 'The instance answered with a web page instead of data (an error or a browser check).');
export const malformed = () => new ApiError('malformed', 'The instance sent data that could not be read.');
export const networkError = () => new ApiError('network', 'The instance could not be reached.');
export const timedOut = (ms: number) => new ApiError('timeout', `The instance did not answer within ${Math.round(ms / 1000)} seconds.`);
export const cancelled = () => new ApiError('cancelled', 'Loading was cancelled.');

/** The last failure, repeated until the runner stopped trying. */
export function gaveUp(last: ApiError, tries: number): ApiError {
  const why =
    last.status !== undefined
      ? `kept answering ${statusLine(last.status)}`
      : last.kind === 'timeout'
        ? 'kept not answering in time'
        : 'could not be reached';
  return new ApiError('gave-up', `The instance ${why}; stopped after ${tries} tries.`, { tries, last });
}
