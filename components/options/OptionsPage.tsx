export interface OptionsPageProps {
  sidebarHidden: boolean;
  onSidebarHidden: (hidden: boolean) => void;
}

export function OptionsPage({ sidebarHidden, onSidebarHidden }: OptionsPageProps) {
  return (
    <main class="tl-page">
      <h1>Threadlens options</h1>
      <label>
        <input
          type="checkbox"
          checked={sidebarHidden}
          onChange={(e) => onSidebarHidden((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        Start with the sidebar hidden
      </label>
    </main>
  );
}
