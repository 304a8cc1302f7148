import { plural, t } from '../../utils/i18n';
import { usePage } from '../common/page-context';

/** On a context view: how much focus on the linked comment folded, and the button that opens it. */
export function FocusBar({ unfoldKey }: { unfoldKey: string }) {
  const { focus } = usePage();
  const folded = focus.folded.value.size;
  if (!folded) return null;
  return (
    <div class="tl-focus" role="group" aria-label={t('focus.label')}>
      <span>{plural('focus.folded', folded)}</span>
      <button type="button" onClick={() => focus.unfold()} title={t('focus.unfoldTitle', unfoldKey)}>
        {t('focus.unfold')}
      </button>
    </div>
  );
}
