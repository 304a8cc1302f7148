import { effect } from '@preact/signals';
import { t } from '../../i18n';
import { listen } from '../../lemmy/events';
import { clearPersonMarks, personControlOf, personMarks, type PersonMark } from '../../lemmy/people';
import { ensurePageStyle } from '../../lemmy/page-style';
import { showIdentity, textOn, type Person } from '../../settings/people';
import type { Session } from '../../session/session';
import type { Author } from '../../thread/types';
import { inSlices } from '../../tasks';
import type { FeatureContext } from '../types';
import type { PeopleFeature } from './feature';

/** Articles looked at between two checks of the slice's deadline. */
const CHECK_EVERY = 32;

/**
 * People in the page: the control beside each author's name, tags, the
 * follow highlight and the muted fold (../../lemmy/people), written in the
 * next frame once for any number of changes, in slices of their own (a
 * 10,000-comment page gets 10,000 controls: never in one long task); a
 * change starts the walk again and the run before it stops. A click on our control opens
 * the editor in the sidebar; the page's own (untrusted) clicks do nothing.
 */
export function peopleInPage(doc: Document, session: Session, people: PeopleFeature, context: Pick<FeatureContext, 'schedule' | 'sidebar'>): void {
  const { model, signal } = session;
  const place = personMarks(doc);
  let queued = false;
  let run: AbortController | null = null;
  const apply = () => {
    queued = false;
    if (signal.aborted) return;
    ensurePageStyle(doc);
    run?.abort();
    const current = (run = new AbortController());
    signal.addEventListener('abort', () => current.abort(), { once: true, signal: current.signal });
    const byComment = people.byComment.peek();
    const followed = people.followed.peek();
    const muted = people.muted.peek();
    const byId = model.byId.peek();
    const shared = sharedMarks((author, person, follow, isMuted) => {
      const who = showIdentity(`${author.name}@${author.instance}`);
      return {
        tag: person?.tag ?? '',
        color: person?.color ?? '#000000',
        text: person ? textOn(person.color) : '#ffffff',
        label: t('people.editLabel', who),
        follow,
        muted: isMuted ? t('people.mutedLine', who) : null,
      };
    });
    const markOf = (id: number): PersonMark | null => {
      const c = byId.get(id);
      if (!c?.author.name) return null;
      return shared(c.author, byComment.get(id), followed.has(id), muted.has(id));
    };
    const articles = [...session.elements()];
    let at = 0;
    const step = (deadline: number) => {
      for (; at < articles.length; at++) {
        if (at % CHECK_EVERY === 0 && performance.now() > deadline) return false;
        const [id, article] = articles[at]!;
        place(id, article, markOf(id));
      }
      return true;
    };
    inSlices('people-marks', step, () => undefined, current.signal);
  };
  const stop = effect(() => {
    people.byComment.value;
    people.muted.value;
    model.thread.value;
    if (queued) return;
    queued = true;
    context.schedule(apply);
  });
  listen(doc, 'click', (event: MouseEvent) => {
    const asked = personControlOf(event);
    if (!asked || event.button !== 0) return;
    event.preventDefault();
    if ('open' in asked) return people.open(asked.open);
    people.edit(asked.edit);
    context.sidebar.show();
  }, { signal });
  signal.addEventListener('abort', () => {
    stop();
    clearPersonMarks(doc);
  }, { once: true });
}

/**
 * One mark per author, person and state within a run, shared by their comments: the name shown and
 * the labels are made once per author, not for each of 10,000 comments (issue 19's garbage).
 */
function sharedMarks(make: (author: Author, person: Person | undefined, follow: boolean, muted: boolean) => PersonMark) {
  const byName = new Map<string, Map<string, { person: Person | undefined; marks: (PersonMark | undefined)[] }>>();
  return (author: Author, person: Person | undefined, follow: boolean, muted: boolean): PersonMark => {
    let instances = byName.get(author.name);
    if (!instances) byName.set(author.name, (instances = new Map()));
    let entry = instances.get(author.instance);
    if (!entry || entry.person !== person) instances.set(author.instance, (entry = { person, marks: [] }));
    const state = (follow ? 1 : 0) + (muted ? 2 : 0);
    return (entry.marks[state] ??= make(author, person, follow, muted));
  };
}
