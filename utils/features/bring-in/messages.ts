import { t } from '../../i18n';
import type { Unreachable } from '../../lemmy/bring-in';

/** Why lemmy-ui could not show a comment, in the reader's words. */
export function unreachableText(reason: Unreachable): string {
  switch (reason) {
    case 'partial-children':
      return t('bringIn.partialChildren');
    case 'collapsed':
      return t('bringIn.collapsed');
    case 'flat-view':
      return t('bringIn.flatView');
    case 'not-rendered':
      return t('bringIn.notRendered');
  }
}
