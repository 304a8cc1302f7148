// The sidebar's one stylesheet, injected into its shadow root as a string (see the content
// script's createShadowHost call). Each part sits beside the components it styles; they are
// joined here in the cascade order the sidebar was designed in, so a later rule still wins
// over an earlier one of the same specificity. Keep new rules in the part that holds their
// neighbours, and keep this order.
import sidebar from './sidebar.css?inline';
import controls from '../common/controls.css?inline';
import outline from '../outline/outline.css?inline';
import helpShowTabs from './help-show-tabs.css?inline';
import quotes from '../quotes/quotes.css?inline';
import votes from '../votes/votes.css?inline';
import resize from './resize.css?inline';
import quotePreviewMarks from '../quotes/preview-marks.css?inline';
import newComments from '../new-comments/new-comments.css?inline';
import find from '../find/find.css?inline';
import wholeThread from '../whole-thread/whole-thread.css?inline';
import reading from '../reading/reading.css?inline';
import people from '../people/people.css?inline';
import focus from '../focus/focus.css?inline';
import whatsNew from '../whats-new/whats-new.css?inline';

export const sidebarStylesheet: string = [
  sidebar, // theme tokens, the shell and its header, the show button, the tab panel
  controls, // toolbars, their small buttons, number fields and inputs
  outline, // the comment tree's rows
  helpShowTabs, // the help overlay, the show button's side, the tabs
  quotes, // the Quotes tab's list, buttons that read as text, empty states
  votes, // vote colours, screen-reader text, the Votes tab, outline vote bars
  resize, // the resize handle, the overlay shadow
  quotePreviewMarks, // the quote source preview, quote marks on outline rows
  newComments, // the new-since-last-visit bar, new replies below a row
  find, // find in thread: the box, its count, matching rows
  wholeThread, // the whole thread: load, progress, bringing comments into the page
  reading, // reading progress, unread outline rows
  people, // the person editor, tags, followed and muted outline rows
  focus, // focus on a linked comment: what it folded, unfold
  whatsNew, // the note after an update, under the summary
].join('\n');
