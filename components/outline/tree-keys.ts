import type { OutlineModel } from '../../utils/session/outline-model';

/**
 * Arrow keys inside the outline, as the WAI-ARIA tree pattern has them:
 * Up/Down move, Right expands or enters, Left collapses or goes to the parent,
 * Home/End, Enter shows the comment in the page.
 */
export function treeKeyDown(event: KeyboardEvent, outline: OutlineModel, show: (id: number) => void): void {
  const id = outline.selected.value ?? outline.rows.value[0]?.id ?? null;
  if (id === null) return;
  const row = outline.rows.value.find((r) => r.id === id);
  let handled = true;
  switch (event.key) {
    case 'ArrowDown':
      outline.select(id);
      outline.move('next');
      break;
    case 'ArrowUp':
      outline.select(id);
      outline.move('prev');
      break;
    case 'ArrowRight':
      if (row?.hasChildren && !row.expanded) outline.toggle(id, false);
      else if (row?.hasChildren) outline.move('next');
      break;
    case 'ArrowLeft':
      if (row?.expanded) outline.toggle(id, true);
      else outline.move('parent');
      break;
    case 'Home':
      outline.move('first');
      break;
    case 'End':
      outline.move('last');
      break;
    case 'Enter':
    case ' ':
      show(id);
      break;
    default:
      handled = false;
  }
  if (handled) {
    event.preventDefault();
    event.stopPropagation();
  }
}
