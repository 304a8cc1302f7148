import { t } from '../../utils/i18n';
import { usePage } from '../common/page-context';
import { PersonForm } from './PersonForm';

/** The editor for the person whose control was pressed in the page, in the sidebar; and the note when people cannot be stored. */
export function PersonEditor() {
  const { people } = usePage();
  const editing = people.editing.value;
  const note = people.memoryOnly.value ? (
    <p class="tl-person-note" role="status">
      {t('people.memoryOnly')}
    </p>
  ) : null;
  if (!editing) return note;
  return (
    <div class="tl-person-editor" role="group" aria-label={t('people.editorLabel')}>
      {note}
      <PersonForm
        key={editing.id}
        id={editing.id}
        person={people.all.value.get(editing.id) ?? null}
        onSave={people.save}
        onRemove={people.remove}
        onClose={() => people.edit(null)}
        autoFocus
      />
    </div>
  );
}
