import { displayOrigin, isDefaultInstance } from '../../utils/instances/origins';
import type { PageStatus } from '../../utils/messages';
import { INSTANCE_LIST_FULL, instancesFit } from '../../utils/settings/quota';
import type { Settings } from '../../utils/settings/schema';
import { Choice, Toggle } from '../options/fields';

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
  /** undefined while asking the tab; null when the tab has no Threadlens. */
  status: PageStatus | null | undefined;
  /** null for pages that are not websites (new tab, extension pages). */
  site: Site | null;
  /** null until storage was read. */
  settings: Settings | null;
  hidden: boolean;
  onHidden: (hidden: boolean) => void;
  onChange: (next: Settings) => void;
  /** Called straight from the click: the permission request needs that gesture. */
  onEnable: (origin: string) => void;
  onOptions: () => void;
}

function StatusLine({ status }: Pick<PopupPageProps, 'status'>) {
  if (status === undefined) return <p>Checking this tab…</p>;
  if (!status?.lemmy) return <p role="status">This tab is not a Lemmy post page.</p>;
  return (
    <p role="status">
      Lemmy post {status.postId ?? ''} (lemmy-ui {status.version ?? '?'}): {status.comments} comments by {status.participants} participants.
      {status.fresh !== undefined ? ` ${status.fresh} new since your last visit.` : ''}
    </p>
  );
}

function SiteLine({ site, onEnable }: Pick<PopupPageProps, 'site' | 'onEnable'>) {
  if (!site || site.state === 'builtin') return null;
  if (site.state === 'enabled') return <p>Threadlens is enabled on {displayOrigin(site.origin)}.</p>;
  if (site.state === 'full') return <p>Threadlens is not enabled on {displayOrigin(site.origin)}. {INSTANCE_LIST_FULL}</p>;
  return (
    <p>
      <button type="button" onClick={() => onEnable(site.origin)}>
        Enable Threadlens on {displayOrigin(site.origin)}
      </button>
      <br />
      <small>Your browser asks to let Threadlens read this site only.</small>
    </p>
  );
}

/** What this tab is, a few quick toggles, and enabling Threadlens on the tab's site. */
export function PopupPage(props: PopupPageProps) {
  const { settings, onChange } = props;
  return (
    <main class="tl-page tl-popup">
      <h1>Threadlens</h1>
      <StatusLine status={props.status} />
      <SiteLine site={props.site} onEnable={props.onEnable} />
      {settings ? (
        <div class="tl-quick">
          <Toggle label="Show the sidebar" checked={!props.hidden} onChange={(show) => props.onHidden(!show)} />
          <Choice label="Side" value={settings.sidebar.side} options={[['right', 'Right'], ['left', 'Left']]} onChange={(side) => onChange({ ...settings, sidebar: { ...settings.sidebar, side } })} />
          <Choice label="Theme" value={settings.theme} options={[['auto', 'Follow the page'], ['light', 'Light'], ['dark', 'Dark']]} onChange={(theme) => onChange({ ...settings, theme })} />
        </div>
      ) : null}
      <button type="button" onClick={props.onOptions}>
        All options…
      </button>
    </main>
  );
}
