export interface ShowButtonProps {
  onShow: () => void;
}

/** What is left of the sidebar while it is hidden: one button to bring it back. */
export function ShowButton({ onShow }: ShowButtonProps) {
  return (
    <button type="button" class="tl-show" onClick={onShow} aria-label="Show Threadlens sidebar" title="Threadlens">
      ☰
    </button>
  );
}
