import type { ComponentChildren } from 'preact';
import { t as message } from '../../utils/i18n';

export interface Tab<K extends string> {
  key: K;
  label: string;
}

export interface TabsProps<K extends string> {
  tabs: Tab<K>[];
  current: K;
  onSelect: (key: K) => void;
  children: ComponentChildren;
}

/** ARIA tabs: arrow keys move between tabs, the panel is labelled by its tab. */
export function Tabs<K extends string>({ tabs, current, onSelect, children }: TabsProps<K>) {
  const onKeyDown = (event: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.key === current);
    const by = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!by) return;
    event.preventDefault();
    const next = tabs[(i + by + tabs.length) % tabs.length]!;
    onSelect(next.key);
    const list = event.currentTarget as HTMLElement;
    requestAnimationFrame(() => list.querySelector<HTMLElement>(`#tl-tab-${next.key}`)?.focus());
  };
  return (
    <>
      <div class="tl-tabs" role="tablist" aria-label={message('sidebar.panels')} onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            key={t.key}
            id={`tl-tab-${t.key}`}
            type="button"
            role="tab"
            aria-selected={t.key === current}
            aria-controls={`tl-panel-${t.key}`}
            tabIndex={t.key === current ? 0 : -1}
            onClick={() => onSelect(t.key)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <section class="tl-panel" role="tabpanel" id={`tl-panel-${current}`} aria-labelledby={`tl-tab-${current}`}>
        {children}
      </section>
    </>
  );
}
