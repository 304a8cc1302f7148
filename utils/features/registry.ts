import type { Session } from '../session/session';
import { startBringIn } from './bring-in/feature';
import { startCollapse } from './collapse/feature';
import { startFind } from './find/feature';
import { startFocus } from './focus/feature';
import { startKeys } from './keys/feature';
import { startNewComments } from './new-comments/feature';
import { startOutline } from './outline/feature';
import { startPeople } from './people/feature';
import { outlineRows } from './outline/rows';
import { startQuotes } from './quotes/feature';
import { startReading } from './reading/feature';
import { startVotes } from './votes/feature';
import { startWholeThread } from './whole-thread/feature';
import { startWhatsNew } from './whats-new/feature';
import { need, type Feature, type FeatureContext, type FeatureName, type Features } from './types';

/**
 * Every feature, in the order they start: each may use only those above it.
 * The content script loops over this list; a test checks that every folder
 * under utils/features is here and in docs/architecture.md.
 */
export const FEATURES: readonly Feature<FeatureName>[] = [
  { name: 'votes', start: (s) => startVotes(s) },
  { name: 'bringIn', start: (s, c) => startBringIn(c.doc, s) },
  { name: 'outline', start: (s, c, got) => startOutline(c.doc, s, c.schedule, need(got, 'bringIn').bring) },
  { name: 'wholeThread', start: (s, c) => startWholeThread(s, c) },
  { name: 'newComments', start: (s, c) => startNewComments(s, c.settings, c.loaded, c.records, c.remembered.visit) },
  { name: 'find', start: (s, c, got) => startFind(c.doc, s, need(got, 'outline').show) },
  { name: 'collapse', start: (s, c, got) => startCollapse(s, c, need(got, 'newComments').ready) },
  { name: 'focus', start: (s, c, got) => startFocus(s, c, need(got, 'collapse')) },
  { name: 'reading', start: (s, c) => startReading(s, c) },
  { name: 'people', start: (s, c) => startPeople(s, c) },
  {
    name: 'keys',
    start: (s, c, got) => {
      const { show, inView } = need(got, 'outline');
      const find = need(got, 'find');
      const newIds = need(got, 'newComments').ids;
      const reading = need(got, 'reading');
      const people = need(got, 'people');
      const focus = need(got, 'focus');
      return startKeys(c.doc, s, inView, {
        keys: () => c.settings.value.keys,
        show,
        newIds: () => newIds.peek(),
        unreadIds: () => reading.progress.peek()?.unread ?? new Set(),
        typeAhead: find.typeAhead,
        sameAuthor: people.sameAuthor,
        followedIds: () => people.followed.peek(),
        unfold: () => {
          const some = focus.folded.peek().size > 0;
          focus.unfold();
          return some;
        },
        openFind: () => {
          c.sidebar.show();
          find.focus();
        },
        toggleSidebar: c.sidebar.toggle,
        toggleHelp: c.sidebar.toggleHelp,
      });
    },
  },
  { name: 'quotes', start: (s, c, got) => startQuotes(c.doc, s, c.settings, { announce: need(got, 'keys').announcer.say, show: need(got, 'outline').show }) },
  { name: 'rows', start: (s, _c, got) => outlineRows(s, { votes: need(got, 'votes'), newComments: need(got, 'newComments'), find: need(got, 'find'), quotes: need(got, 'quotes'), reading: need(got, 'reading'), people: need(got, 'people') }) },
  { name: 'whatsNew', start: () => startWhatsNew() },
];

/** Starts every feature on `session`, in order. */
export function startFeatures(session: Session, context: FeatureContext): Features {
  const started: Partial<Features> = {};
  for (const feature of FEATURES) (started as Record<FeatureName, unknown>)[feature.name] = feature.start(session, context, started);
  return started as Features;
}
