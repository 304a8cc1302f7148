import { usePage } from '../common/page-context';
import { t } from '../../utils/i18n';

/** The note after an update worth one: what changed, once, under the summary; × puts it away. */
export function WhatsNewNote() {
  const { whatsNew } = usePage();
  const lines = whatsNew.lines.value;
  if (!lines) return null;
  return (
    <section class="tl-whats-new" aria-labelledby="tl-whats-new-title">
      <div class="tl-whats-new-head">
        <h3 id="tl-whats-new-title">{t('whatsNew.title', whatsNew.version)}</h3>
        <button type="button" class="tl-icon-button" onClick={whatsNew.dismiss} aria-label={t('whatsNew.dismiss')}>
          ×
        </button>
      </div>
      <ul>
        {lines.map((line) => (
          <li key={line}>{t(line)}</li>
        ))}
      </ul>
    </section>
  );
}
