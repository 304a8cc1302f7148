import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { formatNumber, plural, t } from '../../utils/i18n';
import { showIdentity, type Person } from '../../utils/settings/people';
import { loadPeople, savePeople, watchPeople, type PeopleChange, type StoredPeople } from '../../utils/settings/people-store';
import { shortReport } from '../../utils/settings/transfer';
import { PersonForm } from '../people/PersonForm';
import { PersonTag } from '../people/PersonTag';
import { Section } from './fields';

/** Rows per page: 10,000 people are read a page at a time, never drawn at once. */
export const PEOPLE_PAGE = 50;

/** The people the reader tagged, follows or mutes: filter, page through, edit, remove. Stored apart from the settings. */
export function PeopleSection() {
  const stored = useSignal<StoredPeople | null>(null);
  const failed = useSignal<string | null>(null);
  const filter = useSignal('');
  const page = useSignal(0);
  const open = useSignal<string | null>(null);
  useEffect(() => {
    const take = (s: StoredPeople) => (stored.value = s);
    loadPeople().then(take, (e: unknown) => (failed.value = String(e)));
    return watchPeople(take);
  }, []);
  const change = (c: PeopleChange) => {
    savePeople([c]).then((s) => ((stored.value = s), (failed.value = null)), (e: unknown) => (failed.value = String(e)));
  };
  const all = stored.value?.people;
  const needle = filter.value.trim().toLowerCase();
  const shown = useMemo(() => [...(all?.values() ?? [])].filter((p) => !needle || p.id.includes(needle) || p.tag.toLowerCase().includes(needle)).sort((a, b) => a.id.localeCompare(b.id)), [all, needle]);
  const pages = Math.max(1, Math.ceil(shown.length / PEOPLE_PAGE));
  const at = Math.min(page.value, pages - 1);
  const rows = shown.slice(at * PEOPLE_PAGE, (at + 1) * PEOPLE_PAGE);
  return (
    <Section id="people" title={t('options.people.title')} description={t('options.people.about')}>
      {failed.value ? <p role="alert" class="tl-warn">{t('options.people.failed')}</p> : null}
      {stored.value?.where === 'local' ? <p role="status" class="tl-warn">{t('options.people.local', formatNumber(all?.size ?? 0))}</p> : null}
      {stored.value?.errors.length ? (
        <div role="alert" class="tl-warn">
          <p>{t('options.people.invalid')}</p>
          <ul>{shortReport(stored.value.errors).map((e) => <li key={e}>{e}</li>)}</ul>
        </div>
      ) : null}
      <label class="tl-setting">
        <span class="tl-setting-text">{t('options.people.filter')}</span>
        <input type="search" value={filter.value} onInput={(e) => ((filter.value = e.currentTarget.value), (page.value = 0))} />
      </label>
      <p role="status" class="tl-hint">
        {plural('options.people.count', shown.length)}
      </p>
      <ul class="tl-people-list">
        {rows.map((p) => (
          <PersonRow key={p.id} person={p} open={open.value === p.id} onOpen={(id) => (open.value = id)} onChange={change} />
        ))}
      </ul>
      {pages > 1 ? (
        <div class="tl-people-pages" role="group" aria-label={t('options.people.pages')}>
          <button type="button" disabled={at === 0} onClick={() => (page.value = at - 1)}>
            {t('options.people.prev')}
          </button>
          <span>{t('options.people.page', at + 1, pages)}</span>
          <button type="button" disabled={at >= pages - 1} onClick={() => (page.value = at + 1)}>
            {t('options.people.next')}
          </button>
        </div>
      ) : null}
    </Section>
  );
}

function PersonRow({ person, open, onOpen, onChange }: { person: Person; open: boolean; onOpen(id: string | null): void; onChange(c: PeopleChange): void }) {
  const who = showIdentity(person.id);
  return (
    <li class="tl-people-row" data-person={person.id}>
      <bdi class="tl-person-id" title={person.id}>{who}</bdi>
      {person.tag ? <PersonTag tag={person.tag} color={person.color} /> : null}
      {person.follow ? <span class="tl-people-flag">{t('options.people.following')}</span> : null}
      {person.mute ? <span class="tl-people-flag">{t('options.people.muted')}</span> : null}
      <button type="button" class="tl-text-button" aria-expanded={open} aria-label={t('options.people.edit', who)} onClick={() => onOpen(open ? null : person.id)}>
        {t('options.people.editShort')}
      </button>
      <button type="button" class="tl-text-button" aria-label={t('options.people.remove', who)} onClick={() => onChange({ remove: person.id })}>
        {t('options.people.removeShort')}
      </button>
      {open ? (
        <PersonForm id={person.id} person={person} onSave={(p) => onChange({ set: p })} onRemove={(id) => onChange({ remove: id })} onClose={() => onOpen(null)} autoFocus />
      ) : null}
    </li>
  );
}
