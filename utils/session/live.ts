import type { Announcer } from './announcer';
import type { NewCommentsFeature } from './new-comments';
import type { PageControls } from './page-controls';
import type { QuotesFeature } from './quotes-feature';
import type { SearchFeature } from './search-feature';
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
