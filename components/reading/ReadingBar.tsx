import { useSignal } from '@preact/signals';
import { useId } from 'preact/hooks';
import { formatNumber, plural, t } from '../../utils/i18n';
import type { KeyBindings } from '../../utils/settings/keys';
import { usePage } from '../common/page-context';

/** The share read, in tenths: the live region speaks when it moves a tenth, not on every comment. */
const tenth = (read: number, total: number) => (total ? Math.floor((read / total) * 10) : 0);

/**
 * Reading progress in one line: how much is read, continue where the reader
 * stopped, next and previous unread; what is done less often (mark all read,
 * mark unread from here, the read collapse rules) behind a disclosure.
 */
export function ReadingBar({ keys }: { keys: KeyBindings }) {
  const { reading, session, outline, keys: commands } = usePage();
  const resumed = useSignal(false);
  const open = useSignal(false);
  const actionsId = useId();
  const progress = reading.progress.value;
  // In place before the outline's first rows, though the count follows them by a task: a bar coming
  // in later would resize the outline inside a page frame (docs/performance.md, "The sidebar's size").
  const { model } = session;
  const counting = !!progress && !progress.total && (!model.published.value || model.thread.value.byId.size > 0);
  if (!progress || !(progress.total || counting)) return null;
  const { read, total } = progress;
  const left = total - read;
  const here = session.outline.selected.value ?? outline.inView.value;
  const go = (id: number | null) => id !== null && outline.show(id, { jump: true });
  return (
    <div class="tl-reading" role="group" aria-label={t('reading.label')} data-read={read} data-total={total}>
      <div class="tl-reading-row">
        <span class="tl-reading-count">{counting ? '\u00a0' : t('reading.progress', formatNumber(read), formatNumber(total))}</span>
        {counting ? null : (
          <span class="tl-sr-only" aria-live="polite">
            {t('reading.spoken', tenth(read, total) * 10)}
          </span>
        )}
        {reading.resumable.value && !resumed.value ? (
          // The short word is the start of the full name (WCAG's label in name).
          <button
            type="button"
            class="tl-reading-continue"
            aria-label={plural('reading.continue', left)}
            title={plural('reading.continue', left)}
            onClick={() => {
              resumed.value = true;
              go(reading.firstUnread());
            }}
          >
            {t('reading.continueShort')}
          </button>
        ) : null}
        <button type="button" disabled={!left} onClick={() => commands.run('prevUnread')} aria-label={t('reading.prev')} title={t('reading.prevTitle', keys.prevUnread)}>
          ↑
        </button>
        <button type="button" disabled={!left} onClick={() => commands.run('nextUnread')} aria-label={t('reading.next')} title={t('reading.nextTitle', keys.nextUnread)}>
          ↓
        </button>
        <button
          type="button"
          class="tl-reading-more"
          aria-expanded={open.value}
          aria-controls={actionsId}
          aria-label={t('reading.more')}
          title={t('reading.more')}
          onClick={() => (open.value = !open.value)}
        >
          ⋯
        </button>
      </div>
      <progress max={total} value={read} aria-hidden="true" />
      <div id={actionsId} class="tl-reading-actions" hidden={!open.value}>
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
      {reading.memoryOnly.value ? <p class="tl-reading-note" role="status">{t('reading.memoryOnly')}</p> : null}
    </div>
  );
}
