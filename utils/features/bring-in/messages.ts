import type { Unreachable } from '../../lemmy/bring-in';

/** Why lemmy-ui could not show a comment, in the reader's words. */
export function unreachableText(reason: Unreachable): string {
  switch (reason) {
    case 'partial-children':
      return 'lemmy-ui cannot show this reply here: it loaded some of its siblings and offers no button for the rest.';
    case 'collapsed':
      return 'A comment above it is collapsed in the page and cannot be opened.';
    case 'flat-view':
      return 'The flat view did not list it.';
    case 'not-rendered':
      return 'lemmy-ui did not render it.';
  }
}
