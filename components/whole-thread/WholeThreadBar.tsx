import { usePage } from '../common/page-context';
import type { LoadState } from '../../utils/features/whole-thread/state';
import type { BringState } from '../../utils/features/bring-in/feature';
import { formatNumber, plural, t } from '../../utils/i18n';

/**
 * The whole thread: load it from the instance (progress, Cancel, the answer a
 * big thread asks for, how it ended), and bring what is not on the page into it.
 */
export function WholeThreadBar() {
  const { session, wholeThread, bringIn } = usePage();
  const counts = session.model.counts.value;
  const bring = bringIn.state.value;
  return (
    <div class="tl-whole" role="group" aria-label={t('wholeThread.label')}>
      <LoadPart state={wholeThread.state.value} total={counts.total} missing={counts.total === null || counts.comments < counts.total} available={wholeThread.available} />
      {bring.phase === 'idle' ? (
        counts.onPage < counts.comments ? (
          <button type="button" class="tl-whole-button" onClick={bringIn.showEverything}>
            {t('wholeThread.showEverything')}
          </button>
        ) : null
      ) : (
        <BringPart state={bring} />
      )}
    </div>
  );
}

function LoadPart({ state, total, missing, available }: { state: LoadState; total: number | null; missing: boolean; available: boolean }) {
  const { wholeThread } = usePage();
  if (!available) return null;
  switch (state.phase) {
    case 'idle':
      return missing ? (
        <button type="button" class="tl-whole-button" onClick={wholeThread.load}>
          {total !== null ? plural('wholeThread.loadCount', total) : t('wholeThread.load')}
        </button>
      ) : null;
    case 'loading':
      return (
        <Progress label={t('wholeThread.loading')} done={state.loaded} total={state.total} onCancel={wholeThread.cancel} />
      );
    case 'asking':
      return (
        <p class="tl-whole-ask" role="alert">
          {state.total !== null ? plural('wholeThread.askedOf', state.total, formatNumber(state.loaded)) : plural('wholeThread.asked', state.loaded)}{' '}
          <button type="button" onClick={() => wholeThread.answer(true)}>{t('wholeThread.goOn')}</button>{' '}
          <button type="button" onClick={() => wholeThread.answer(false)}>{t('wholeThread.stopHere')}</button>
        </p>
      );
    case 'done':
      return <p class="tl-whole-note" role="status">{state.message}</p>;
    case 'ended':
      return (
        <p class="tl-whole-note" role={state.failed ? 'alert' : 'status'}>
          {state.message}{' '}
          {missing ? <button type="button" onClick={wholeThread.load}>{t('wholeThread.loadAgain')}</button> : null}
        </p>
      );
  }
}

function BringPart({ state }: { state: Exclude<BringState, { phase: 'idle' }> }) {
  const { bringIn } = usePage();
  if (state.phase === 'bringing') return <Progress label={t('bringIn.bringing')} done={state.done} total={state.total} steps onCancel={bringIn.cancel} />;
  if (state.phase === 'everything') return <Progress label={t('bringIn.everything')} done={state.shown} total={state.total} onCancel={bringIn.cancel} />;
  return (
    <p class="tl-whole-note" role={state.failed ? 'alert' : 'status'}>
      {state.message}{' '}
      {state.link ? <a href={state.link}>{t('bringIn.openContext')}</a> : null}{' '}
      <button type="button" aria-label={t('bringIn.dismiss')} onClick={bringIn.dismiss}>×</button>
    </p>
  );
}

interface ProgressProps {
  label: string;
  done: number;
  total: number | null;
  /** Counted in steps (of a walk), not comments. */
  steps?: boolean;
  onCancel: () => void;
}

/** A labelled progress bar with its figures in words ("650 of 1,904"), and Cancel. */
function progressText(done: number, total: number | null, steps: boolean): string {
  if (total === null) return steps ? plural('wholeThread.steps', done) : formatNumber(done);
  const all = Math.max(total, done);
  return steps ? plural('wholeThread.stepsOf', all, formatNumber(done)) : t('wholeThread.of', done, all);
}

function Progress({ label, done, total, steps = false, onCancel }: ProgressProps) {
  const text = progressText(done, total, steps);
  const share = total ? Math.min(1, done / Math.max(total, done)) : null;
  return (
    <div class="tl-whole-progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total !== null ? Math.max(total, done) : undefined}
        aria-valuenow={total !== null ? done : undefined}
        aria-valuetext={text}
        class="tl-whole-track"
      >
        <span class="tl-whole-fill" style={{ width: share === null ? '100%' : `${(share * 100).toFixed(1)}%` }} />
      </div>
      <span class="tl-whole-figures" aria-hidden="true">{text}</span>
      <button type="button" onClick={onCancel}>{t('wholeThread.cancel')}</button>
    </div>
  );
}
