import { uiWordsFor } from '../../utils/lemmy/ui-words-table';
import { addUiWords } from '../../utils/lemmy/ui-words';

// Unit tests read pages in any of lemmy-ui's languages, as the content script does once the
// background gave it the page's: every language's words are in (a language it has none of gets all).
addUiWords(uiWordsFor(''));
