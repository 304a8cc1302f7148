import type { PageStatus } from '../../utils/messages';

export interface PopupPageProps {
  /** undefined while asking the tab; null when the tab has no Threadlens. */
  status: PageStatus | null | undefined;
}

export function PopupPage({ status }: PopupPageProps) {
  return (
    <main class="tl-page tl-popup">
      <h1>Threadlens</h1>
      {status === undefined ? (
        <p>Checking this tab…</p>
      ) : status?.lemmy ? (
        <p role="status">
          Lemmy post {status.postId ?? ''} (lemmy-ui {status.version ?? '?'}): {status.comments} comments by{' '}
          {status.participants} participants.
        </p>
      ) : (
        <p role="status">This tab is not a Lemmy post page.</p>
      )}
    </main>
  );
}
