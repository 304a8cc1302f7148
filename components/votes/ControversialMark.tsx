import { t } from '../../utils/i18n';

/** The controversial-subthread marker (rule: utils/votes/controversy.ts), in outline rows and the subthread table. */
export function ControversialMark() {
  return (
    <span class="tl-controversial" title={t('votes.controversialTitle')}>
      <span aria-hidden="true">±</span>
      <span class="tl-sr-only">{t('votes.controversialWord')}</span>
    </span>
  );
}
