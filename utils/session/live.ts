import type { Announcer } from '../features/keys/announcer';
import type { NewCommentsFeature } from '../features/new-comments/feature';
import type { PageControls } from './page-controls';
import type { QuotesFeature } from '../features/quotes/feature';
import type { SearchFeature } from '../features/find/feature';
import type { Session } from './session';

/** One open post page: its session and the features started on it; what the sidebar renders. */
export interface Live {
  session: Session;
  controls: PageControls;
  quotes: QuotesFeature;
  fresh: NewCommentsFeature;
  search: SearchFeature;
  announcer: Announcer;
}
