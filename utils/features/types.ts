import type { ReadonlySignal } from '@preact/signals';
import type { Remembered } from '../settings/read-ahead';
import type { Settings } from '../settings/schema';
import type { Session } from '../session/session';
import type { BringInFeature } from './bring-in/feature';
import type { CollapseFeature } from './collapse/feature';
import type { FindFeature } from './find/feature';
import type { FocusFeature } from './focus/feature';
import type { KeysFeature } from './keys/feature';
import type { NewCommentsFeature } from './new-comments/feature';
import type { OutlineFeature } from './outline/feature';
import type { PeopleFeature } from './people/feature';
import type { RowList } from './outline/rows';
import type { QuotesFeature } from './quotes/feature';
import type { ReadingFeature } from './reading/feature';
import type { WholeThreadFeature } from './whole-thread/feature';
import type { WhatsNewFeature } from './whats-new/feature';
import type { VoteModel } from '../votes/vote-model';

/** What every feature is given besides the session: the page, settings, scheduling, the sidebar's controls. */
export interface FeatureContext {
  doc: Document;
  settings: ReadonlySignal<Settings>;
  /** The settings once storage has been read (until then `settings` holds the defaults). */
  loaded: Promise<Settings>;
  /** Batches work to the next animation frame (utils/schedule). */
  schedule(fn: () => void): void;
  /** Whether this site's records may be kept (utils/settings/site-records). */
  records: Promise<boolean>;
  /** A post's records, once `records` allows them (utils/settings/read-ahead: read while the page was parsed, where it could be). */
  remembered: Remembered;
  sidebar: {
    toggle(): void;
    /** Shows it (mounting it again if the page removed it). */
    show(): void;
    toggleHelp(): void;
  };
}

/** What each feature gives the others and the sidebar, by name. */
export interface Features {
  votes: VoteModel;
  bringIn: BringInFeature;
  outline: OutlineFeature;
  wholeThread: WholeThreadFeature;
  newComments: NewCommentsFeature;
  find: FindFeature;
  collapse: CollapseFeature;
  /** Focus on a context view's linked comment: the rest folded until unfolded. */
  focus: FocusFeature;
  /** What the reader has read of the thread (read state per comment). */
  reading: ReadingFeature;
  /** The people the reader tagged, follows or mutes, joined to the thread's comments. */
  people: PeopleFeature;
  keys: KeysFeature;
  quotes: QuotesFeature;
  /** The outline's rows, ready to draw (joined from the features above). */
  rows: ReadonlySignal<RowList>;
  /** The note after an update worth one, once. */
  whatsNew: WhatsNewFeature;
}

export type FeatureName = keyof Features;

/**
 * The one contract: a feature starts on a session and gives back its model.
 * `started` holds the features registered before it (./registry), the only
 * ones it may use.
 */
export interface Feature<K extends FeatureName> {
  name: K;
  start(session: Session, context: FeatureContext, started: Readonly<Partial<Features>>): Features[K];
}

/** A feature registered earlier; registering them out of order is a bug the tests catch here. */
export function need<K extends FeatureName>(started: Readonly<Partial<Features>>, name: K): Features[K] {
  if (!(name in started)) throw new Error(`feature "${name}" must be registered before the one that needs it`);
  return started[name] as Features[K];
}

/** An open post page: its session and every feature started on it; what the sidebar renders. */
export type PageFeatures = Features & { session: Session };
