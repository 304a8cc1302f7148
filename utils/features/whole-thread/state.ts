import { plural, t } from '../../i18n';
import { statusLine, type ApiError } from '../../lemmy/api/errors';
import type { LoadOutcome } from '../../lemmy/api/load-comments';

/** Where loading the whole thread stands, for the sidebar. */
export type LoadState =
  | { phase: 'idle' }
  | { phase: 'loading'; loaded: number; total: number | null }
  /** Past the size that needs the reader's word to go on. */
  | { phase: 'asking'; loaded: number; total: number | null }
  | { phase: 'done'; loaded: number; message: string }
  | { phase: 'ended'; loaded: number; message: string; failed: boolean };

/** Why the instance gave nothing more, in the reader's language (the error's own message is English, for the console). */
export function apiErrorText(error: ApiError | undefined): string {
  switch (error?.kind) {
    case 'http':
    case 'rate-limited':
      return t('wholeThread.errorHttp', statusLine(error.status ?? 0));
    case 'not-json':
      return t('wholeThread.errorNotJson');
    case 'malformed':
      return t('wholeThread.errorMalformed');
    case 'network':
      return t('wholeThread.errorNetwork');
    case 'timeout':
      return t('wholeThread.errorTimeout');
    case 'gave-up': {
      const { last, tries = 0 } = error;
      if (last?.status !== undefined) return plural('wholeThread.errorGaveUpHttp', tries, statusLine(last.status));
      return plural(last?.kind === 'timeout' ? 'wholeThread.errorGaveUpTimeout' : 'wholeThread.errorGaveUpNetwork', tries);
    }
    default:
      return t('wholeThread.failed');
  }
}

/** What the reader is told when a load ends: what happened, and that nothing loaded is lost. */
export function endState(outcome: LoadOutcome): LoadState {
  const { loaded } = outcome;
  const ended = (failed: boolean, said: string) => {
    const message = loaded ? `${said} ${plural('wholeThread.kept', loaded)}` : said;
    return { phase: 'ended', loaded, failed, message } as const;
  };
  switch (outcome.status) {
    case 'done':
      return { phase: 'done', loaded, message: plural('wholeThread.done', loaded) };
    case 'cancelled':
      return ended(false, t('wholeThread.cancelled'));
    case 'stopped':
      return ended(false, plural('wholeThread.stopped', loaded));
    case 'failed':
      return ended(true, apiErrorText(outcome.error));
  }
}
