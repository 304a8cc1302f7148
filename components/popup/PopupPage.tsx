import type { ComponentChildren } from 'preact';
import { formatNumber, plural, t } from '../../utils/i18n';
import { displayOrigin, isDefaultInstance } from '../../utils/instances/origins';
import type { PageStatus } from '../../utils/messages';
import { INSTANCE_LIST_FULL, instancesFit } from '../../utils/settings/quota';
import type { Settings } from '../../utils/settings/schema';

/** The tab's site: a built-in instance, one the reader enabled, one they could enable, or one the synced list has no room for. */
export interface Site {
  origin: string;
  state: 'builtin' | 'enabled' | 'available' | 'full';
}

/** What the popup offers for a site, given the origins granted here and those in the synced list. */
export function siteOf(origin: string, granted: string[], listed: string[]): Site {
  if (isDefaultInstance(origin)) return { origin, state: 'builtin' };
  if (granted.includes(origin)) return { origin, state: 'enabled' };
  // Known before the click: asking the browser for a grant the list cannot hold would only have it taken back.
  return { origin, state: listed.includes(origin) || instancesFit([...listed, origin]) ? 'available' : 'full' };
}

export interface PopupPageProps {
  /** null when the tab has no Threadlens (the popup waits for the answer before it draws: PopupApp). */
  status: PageStatus | null;
  /** null for pages that are not websites (new tab, extension pages). */
  site: Site | null;
  /** Whether the tab shows a Lemmy instance (lemmy-ui's marks); null while the tab has not answered. */
  lemmyUi: boolean | null;
  settings: Settings;
  hidden: boolean;
  onHidden: (hidden: boolean) => void;
  onChange: (next: Settings) => void;
  /** Called straight from the click: the permission request needs that gesture. */
  onEnable: (origin: string) => void;
  onOptions: () => void;
}

/** The thread's figures: comments known (of the post's count), new since the last visit, quotes linked. */
function StatusCard({ status }: { status: PageStatus }) {
  const whole = status.total !== undefined && status.total > status.comments;
  const figure = (value: ComponentChildren, label: string) => (
    <div class="tl-figure">
      <dd>{value}</dd>
      <dt>{label}</dt>
    </div>
  );
  return (
    <section class="tl-card" aria-labelledby="tl-status-title">
      <h2 id="tl-status-title" class="tl-card-title">
        {t('popup.status.title')}
      </h2>
      <dl class="tl-figures">
        {figure(
          <>
            {formatNumber(status.comments)}
            {whole ? <small>{t('popup.status.ofTotal', status.total!)}</small> : null}
          </>,
          plural('popup.status.comments', status.comments),
        )}
        {/* No figure on a first visit, or with new comments off: a dash, not a misleading 0. */}
        {figure(status.fresh === undefined ? '–' : formatNumber(status.fresh), t('popup.status.fresh'))}
        {figure(formatNumber(status.quotes ?? 0), plural('popup.status.quotes', status.quotes ?? 0))}
      </dl>
    </section>
  );
}

/** Quick settings, two to a row: the sidebar shown or not, overlaying or not, its side, its colours. */
function QuickToggles({ settings, hidden, onHidden, onChange }: Pick<PopupPageProps, 'settings' | 'hidden' | 'onHidden' | 'onChange'>) {
  const sidebar = (patch: Partial<Settings['sidebar']>) => onChange({ ...settings, sidebar: { ...settings.sidebar, ...patch } });
  const check = (id: string, label: string, checked: boolean, set: (on: boolean) => void) => (
    <div class="tl-quick-item tl-quick-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => set((e.currentTarget as HTMLInputElement).checked)} />
      <label for={id}>{label}</label>
    </div>
  );
  const select = <V extends string>(id: string, label: string, value: V, options: [V, string][], set: (v: V) => void) => (
    <div class="tl-quick-item">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set((e.currentTarget as HTMLSelectElement).value as V)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div class="tl-quick" role="group" aria-label={t('popup.quick.label')}>
      {check('tl-q-show', t('popup.quick.show'), !hidden, (show) => onHidden(!show))}
      {check('tl-q-overlay', t('popup.quick.overlay'), settings.sidebar.layout === 'overlay', (on) => sidebar({ layout: on ? 'overlay' : 'push' }))}
      {select('tl-q-side', t('popup.quick.side'), settings.sidebar.side, [['right', t('popup.quick.right')], ['left', t('popup.quick.left')]], (side) => sidebar({ side }))}
      {select('tl-q-theme', t('popup.quick.theme'), settings.theme, [['auto', t('popup.quick.auto')], ['light', t('popup.quick.light')], ['dark', t('popup.quick.dark')]], (theme) => onChange({ ...settings, theme }))}
    </div>
  );
}

/** A site that is not enabled: one button, and what the browser is about to ask. */
function EnableCard({ site, onEnable }: { site: Site; onEnable: (origin: string) => void }) {
  const host = displayOrigin(site.origin);
  if (site.state === 'full')
    return (
      <section class="tl-card">
        <p>{t('popup.site.notEnabled', host)}</p>
        <p class="tl-hint">{INSTANCE_LIST_FULL}</p>
      </section>
    );
  return (
    <section class="tl-card">
      <p>{t('popup.site.notEnabled', host)}</p>
      <button type="button" class="tl-button tl-primary tl-wide" onClick={() => onEnable(site.origin)}>
        {t('popup.site.enable', host)}
      </button>
      <p class="tl-hint">{t('popup.site.prompt')}</p>
    </section>
  );
}

/** Anything else: what Threadlens is for, and where to set it up. */
function Elsewhere({ onOptions }: { onOptions: () => void }) {
  return (
    <div class="tl-site">
      <p class="tl-lead-line">{t('popup.elsewhere')}</p>
      <p>
        <a
          href="/options.html"
          onClick={(e) => {
            e.preventDefault();
            onOptions();
          }}
        >
          {t('popup.elsewhereOptions')}
        </a>
      </p>
    </div>
  );
}

/** What the rest of the popup says, by tab: a post page, a Lemmy instance to enable, a site Threadlens runs on, anything else. */
function Body(props: PopupPageProps) {
  const { status, site } = props;
  if (status?.lemmy)
    return (
      <>
        <StatusCard status={status} />
        <QuickToggles {...props} />
      </>
    );
  if (site && (site.state === 'available' || site.state === 'full')) {
    // Until the tab says whether it is a Lemmy instance: an empty box the size of either answer, not a guess.
    if (props.lemmyUi === null) return <div class="tl-site tl-pending" aria-busy="true" />;
    if (props.lemmyUi)
      return (
        <div class="tl-site">
          <EnableCard site={site} onEnable={props.onEnable} />
        </div>
      );
  }
  if (site && (site.state === 'builtin' || site.state === 'enabled'))
    return (
      <div class="tl-site">
        <p class="tl-lead-line">{t('popup.site.runsHere', displayOrigin(site.origin))}</p>
      </div>
    );
  return <Elsewhere onOptions={props.onOptions} />;
}

/** The popup: the tab's thread at a glance with quick settings, or enabling its Lemmy instance, or what Threadlens is for. */
export function PopupPage(props: PopupPageProps) {
  return (
    <main class="tl-page tl-popup">
      <header class="tl-head">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>{t('extension.name')}</h1>
        <button type="button" class="tl-text-button" onClick={props.onOptions}>
          {t('popup.options')}
        </button>
      </header>
      <Body {...props} />
    </main>
  );
}
