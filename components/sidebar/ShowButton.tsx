import { t } from '../../utils/i18n';

export interface ShowButtonProps {
  side: 'left' | 'right';
  onShow: () => void;
}

/** What is left of the sidebar while it is hidden: one button to bring it back. */
export function ShowButton({ side, onShow }: ShowButtonProps) {
  return (
    <button type="button" class={`tl-show tl-${side}`} onClick={onShow} aria-label={t('sidebar.show')} title={t('extension.name')}>
      ☰
    </button>
  );
}
