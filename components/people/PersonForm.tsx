import { useSignal } from '@preact/signals';
import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { cleanTag, DEFAULT_TAG_COLOR, isEmpty, isTagColor, showIdentity, TAG_MAX, type Person } from '../../utils/settings/people';

export interface PersonFormProps {
  /** `name@instance`, the person's identity. */
  id: string;
  /** What is stored for them now; null for someone new. */
  person: Person | null;
  onSave(person: Person): void;
  onRemove(id: string): void;
  onClose(): void;
  /** Moves focus into the form as it opens (the sidebar's editor, opened from the page). */
  autoFocus?: boolean;
}

/**
 * One person's tag, colour, follow and mute. The tag is cut to TAG_MAX and
 * cleaned before it is stored; nothing left (no tag, no follow, no mute)
 * forgets the person. Their identity is shown isolated (<bdi>) with invisible
 * characters made visible.
 */
export function PersonForm({ id, person, onSave, onRemove, onClose, autoFocus }: PersonFormProps) {
  const tag = useSignal(person?.tag ?? '');
  const color = useSignal(person?.color ?? DEFAULT_TAG_COLOR);
  const follow = useSignal(person?.follow ?? false);
  const mute = useSignal(person?.mute ?? false);
  const first = useRef<HTMLInputElement>(null);
  const uid = useId();
  // Values are read once: the parent gives each person a form of its own (key), so nothing typed is reset.
  useEffect(() => {
    if (autoFocus) first.current?.focus();
  }, []);
  const save = (e: Event) => {
    e.preventDefault();
    const next = { id, tag: cleanTag(tag.value), color: isTagColor(color.value) ? color.value.toLowerCase() : DEFAULT_TAG_COLOR, follow: follow.value, mute: mute.value };
    if (isEmpty(next)) onRemove(id);
    else onSave(next);
    onClose();
  };
  return (
    <form
      class="tl-person"
      aria-labelledby={`${uid}-title`}
      onSubmit={save}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
    >
      <p id={`${uid}-title`} class="tl-person-title">
        {t('people.editorTitle')} <bdi class="tl-person-id" title={id}>{showIdentity(id)}</bdi>
      </p>
      <label class="tl-person-field">
        <span>{t('people.tag')}</span>
        <input ref={first} type="text" dir="auto" maxLength={TAG_MAX} value={tag.value} onInput={(e) => (tag.value = e.currentTarget.value)} />
      </label>
      <label class="tl-person-field">
        <span>{t('people.color')}</span>
        <input type="color" value={color.value} onInput={(e) => (color.value = e.currentTarget.value)} />
      </label>
      <label class="tl-person-check">
        <input type="checkbox" checked={follow.value} onChange={(e) => (follow.value = e.currentTarget.checked)} />
        <span>{t('people.follow')}</span>
      </label>
      <label class="tl-person-check">
        <input type="checkbox" checked={mute.value} onChange={(e) => (mute.value = e.currentTarget.checked)} />
        <span>{t('people.mute')}</span>
      </label>
      <div class="tl-person-actions">
        <button type="submit">{t('people.save')}</button>
        {person ? (
          <button type="button" onClick={() => (onRemove(id), onClose())}>
            {t('people.remove')}
          </button>
        ) : null}
        <button type="button" onClick={onClose}>
          {t('people.close')}
        </button>
      </div>
    </form>
  );
}
