import type { ReadonlySignal } from '@preact/signals';
import type { Theme } from '../../utils/lemmy/theme';
import type { ThreadModel } from '../../utils/thread/model';

export interface SidebarProps {
  model: ThreadModel;
  theme: ReadonlySignal<Theme>;
  onHide: () => void;
}

/** The sidebar shell: a title, what was read, and the panels. Reads signals only. */
export function Sidebar({ model, theme, onHide }: SidebarProps) {
  const { comments, participants, unloaded } = model.counts.value;
  const title = model.thread.value.post?.title;
  return (
    <aside class="tl-sidebar" data-theme={theme.value} aria-label="Threadlens">
      <header class="tl-header">
        <h2 class="tl-title">Threadlens</h2>
        <button type="button" class="tl-icon-button" onClick={onHide} aria-label="Hide Threadlens sidebar" title="Hide">
          ×
        </button>
      </header>
      {title ? <p class="tl-post-title">{title}</p> : null}
      <p class="tl-summary" role="status">
        {comments} {comments === 1 ? 'comment' : 'comments'} · {participants}{' '}
        {participants === 1 ? 'participant' : 'participants'}
        {unloaded > 0 ? ` · ${unloaded} not loaded` : ''}
      </p>
    </aside>
  );
}
