import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { guard, logOnce } from '../../log';
import { personKey, type Person } from '../../settings/people';
import { applyChanges, loadPeople, savePeople, watchPeople, type PeopleChange, type Where } from '../../settings/people-store';
import type { Session } from '../../session/session';
import type { Author, CommentId } from '../../thread/types';
import type { FeatureContext } from '../types';
import { peopleInPage } from './page';

/** The person whose editor is open, from the comment where it was opened. */
export interface Editing {
  id: string;
  /** Their display name as the page shows it (text only). */
  display: string;
  comment: CommentId;
}

export interface PeopleFeature {
  /** Every person the reader tagged, follows or mutes, by id (`name@instance`). */
  all: ReadonlySignal<ReadonlyMap<string, Person>>;
  /** The person behind each comment of the thread that has one. */
  byComment: ReadonlySignal<ReadonlyMap<CommentId, Person>>;
  followed: ReadonlySignal<ReadonlySet<CommentId>>;
  /** Comments of muted people, but those the reader opened. */
  muted: ReadonlySignal<ReadonlySet<CommentId>>;
  /** Storage refused or failed: changes are kept for this page only (said once). */
  memoryOnly: ReadonlySignal<boolean>;
  where: ReadonlySignal<Where>;
  editing: ReadonlySignal<Editing | null>;
  /** Opens the editor for the author of `comment`, or closes it (null). */
  edit(comment: CommentId | null): void;
  save(person: Person): void;
  remove(id: string): void;
  /** Shows a muted comment (for this page). */
  open(comment: CommentId): void;
  /** Comments by the same person as `comment` (empty when the page did not name its author). */
  sameAuthor(comment: CommentId | null): ReadonlySet<CommentId>;
}

/** The key of a comment's author, cached by name and instance so 10,000 comments build few strings. */
function keyCache(): (author: Author) => string | null {
  const cache = new Map<string, Map<string, string | null>>();
  return ({ name, instance }) => {
    if (!name) return null;
    let byInstance = cache.get(name);
    if (!byInstance) cache.set(name, (byInstance = new Map()));
    let key = byInstance.get(instance);
    if (key === undefined) byInstance.set(instance, (key = personKey(name, instance)));
    return key;
  };
}

/**
 * People for one session: the stored list (sync, or local when too big; see
 * ../../settings/people-store), each comment joined to its author's entry by
 * identity, and the page's controls. A change applies in memory at once and
 * is stored in order; another tab's change is taken in as it is stored.
 */
export function startPeople(session: Session, context: FeatureContext): PeopleFeature {
  const { model, signal: lifetime } = session;
  const all = signal<ReadonlyMap<string, Person>>(new Map());
  const where = signal<Where>('sync');
  const memoryOnly = signal(false);
  const opened = signal<ReadonlySet<CommentId>>(new Set());
  const editing = signal<Editing | null>(null);
  const keyOf = keyCache();
  let pending: PeopleChange[] = [];
  let writing: Promise<unknown> = Promise.resolve();

  const failed = (error: unknown) => {
    memoryOnly.value = true;
    logOnce('storing people (kept for this page only)', error);
  };
  const change = (c: PeopleChange) => {
    all.value = applyChanges(all.peek(), [c]);
    if (memoryOnly.peek() || lifetime.aborted) return;
    pending.push(c);
    writing = writing.then(() => {
      const changes = pending;
      pending = [];
      if (!changes.length) return;
      // Through a promise: storage throws at once, not as a rejection, once the extension is reloaded.
      return Promise.resolve()
        .then(() => savePeople(changes))
        .then((stored) => ((where.value = stored.where), (all.value = applyChanges(stored.people, pending))))
        .catch(failed);
    });
  };

  Promise.resolve()
    .then(loadPeople)
    .then((stored) => {
      if (lifetime.aborted) return;
      all.value = applyChanges(stored.people, pending);
      where.value = stored.where;
      if (stored.errors.length) logOnce('unreadable people entries ignored', stored.errors.length);
      const stop = watchPeople((theirs) => {
        all.value = applyChanges(theirs.people, pending);
        where.value = theirs.where;
      });
      lifetime.addEventListener('abort', () => guard('stopping the people watch', stop, undefined), { once: true });
    })
    .catch(failed);

  const byComment = computed(() => {
    const people = all.value;
    const out = new Map<CommentId, Person>();
    if (!people.size) return out;
    for (const [id, c] of model.byId.value) {
      const key = keyOf(c.author);
      const person = key === null ? undefined : people.get(key);
      if (person) out.set(id, person);
    }
    return out;
  });
  const having = (want: (p: Person) => boolean) => computed(() => new Set([...byComment.value].filter(([, p]) => want(p)).map(([id]) => id)));
  const followed = having((p) => p.follow);
  const mutedAll = having((p) => p.mute);
  const muted = computed(() => new Set([...mutedAll.value].filter((id) => !opened.value.has(id))));

  const feature: PeopleFeature = {
    all,
    byComment,
    followed,
    muted,
    memoryOnly,
    where,
    editing,
    edit(comment) {
      const c = comment === null ? undefined : model.byId.peek().get(comment);
      const id = c ? keyOf(c.author) : null;
      editing.value = c && id ? { id, display: c.author.display, comment: c.id } : null;
    },
    save: (person) => change({ set: person }),
    remove: (id) => change({ remove: id }),
    open: (comment) => (opened.value = new Set([...opened.peek(), comment])),
    sameAuthor(comment) {
      const byId = model.byId.peek();
      const c = comment === null ? undefined : byId.get(comment);
      const key = c ? keyOf(c.author) : null;
      if (key === null) return new Set();
      return new Set([...byId.values()].filter((o) => keyOf(o.author) === key).map((o) => o.id));
    },
  };
  peopleInPage(context.doc, session, feature, context);
  return feature;
}
