import { useSignal } from '@preact/signals';
import { formatNumber, plural, t } from '../../utils/i18n';
import type { KeyBindings } from '../../utils/settings/keys';
import { usePage } from '../common/page-context';

/** The share read, in tenths: the live region speaks when it moves a tenth, not on every comment. */
const tenth = (read: number, total: number) => (total ? Math.floor((read / total) * 10) : 0);

/** Reading progress: how much is read, steps through what is not, and what to do with it. */
export function ReadingBar({ keys }: { keys: KeyBindings }) {
  const { reading, session, outline, keys: commands } = usePage();
  const resumed = useSignal(false);
  const progress = reading.progress.value;
  if (!progress || !progress.total) return null;
  const { read, total } = progress;
  const left = total - read;
  const here = session.outline.selected.value ?? outline.inView.value;
  const go = (id: number | null) => id !== null && outline.show(id, { jump: true });
  return (
    <div class="tl-reading" role="group" aria-label={t('reading.label')} data-read={read} data-total={total}>
      <div class="tl-reading-row">
        <span class="tl-reading-count">{t('reading.progress', formatNumber(read), formatNumber(total))}</span>
        <span class="tl-sr-only" aria-live="polite">
          {t('reading.spoken', tenth(read, total) * 10)}
        </span>
        <button type="button" disabled={!left} onClick={() => commands.run('prevUnread')} aria-label={t('reading.prev')} title={t('reading.prevTitle', keys.prevUnread)}>
          ↑
        </button>
        <button type="button" disabled={!left} onClick={() => commands.run('nextUnread')} aria-label={t('reading.next')} title={t('reading.nextTitle', keys.nextUnread)}>
          ↓
        </button>
      </div>
      <progress max={total} value={read} aria-hidden="true" />
      {reading.resumable.value && !resumed.value ? (
        <button
          type="button"
          class="tl-reading-continue"
          onClick={() => {
            resumed.value = true;
            go(reading.firstUnread());
          }}
        >
          {plural('reading.continue', left)}
        </button>
      ) : null}
      <div class="tl-reading-actions">
        <button type="button" disabled={!left} onClick={() => reading.markAllRead()}>
          {t('reading.markAll')}
        </button>
        <button type="button" disabled={here === null} onClick={() => here !== null && reading.markUnreadFrom(here)}>
          {t('reading.unreadFromHere')}
        </button>
        <button type="button" onClick={() => reading.collapseRead()}>
          {t('reading.collapseRead')}
        </button>
        <button type="button" onClick={() => reading.collapseToUnread()}>
          {t('reading.onlyUnread')}
        </button>
      </div>
      {reading.memoryOnly.value ? <p class="tl-reading-note">{t('reading.memoryOnly')}</p> : null}
    </div>
  );
}
