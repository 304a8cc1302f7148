import { t, type MessageKey } from '../../utils/i18n';
import { DEFAULT_INSTANCES } from '../../utils/instances/defaults';
import { displayOrigin } from '../../utils/instances/origins';
import type { Command, KeyBindings } from '../../utils/settings/keys';
import { EnableInstance } from '../options/EnableInstance';
import { Kbd } from '../options/Kbd';

/** The five keys a new reader needs first; their letters come from the reader's settings. */
export const FIRST_KEYS: readonly [Command, MessageKey][] = [
  ['next', 'welcome.keys.next'],
  ['prev', 'welcome.keys.prev'],
  ['toggleCollapse', 'welcome.keys.toggleCollapse'],
  ['search', 'welcome.keys.search'],
  ['help', 'welcome.keys.help'],
];

export interface WelcomePageProps {
  /** The sidebar's screenshot (an asset of the build). */
  screenshot: string;
  keys: KeyBindings;
  /** Origins granted here and listed in sync: enabled already. */
  granted: string[];
  listed: string[];
  onEnable: (origins: string[]) => Promise<boolean>;
  onOptions: () => void;
}

/** The page a new reader sees once, after installing: what Threadlens does, where it runs, five keys, where the options are. */
export function WelcomePage(props: WelcomePageProps) {
  return (
    <main class="tl-page tl-column tl-welcome">
      <header class="tl-head">
        <img src="/icon/128.png" alt="" width={56} height={56} />
        <div>
          <h1>{t('welcome.title')}</h1>
          <p class="tl-lead">{t('welcome.lead')}</p>
        </div>
      </header>
      <figure class="tl-shot">
        <img src={props.screenshot} alt={t('welcome.shotAlt')} width={1280} height={900} />
        <figcaption class="tl-hint">{t('welcome.shotCaption')}</figcaption>
      </figure>

      <section aria-labelledby="tl-where">
        <h2 id="tl-where">{t('welcome.where.title')}</h2>
        <p>{t('welcome.where.builtIn', DEFAULT_INSTANCES.length)}</p>
        <ul class="tl-chips" aria-label={t('welcome.where.listLabel')}>
          {DEFAULT_INSTANCES.map((host) => (
            <li key={host}>{host}</li>
          ))}
        </ul>
        <h3>{t('welcome.own.title')}</h3>
        <p>{t('welcome.own.prompt')}</p>
        <EnableInstance listed={props.listed} onEnable={props.onEnable} label={t('welcome.own.label')} primary />
        {props.granted.length ? <p class="tl-hint">{t('welcome.own.already', props.granted.map(displayOrigin).join(', '))}</p> : null}
      </section>

      <section aria-labelledby="tl-keys">
        <h2 id="tl-keys">{t('welcome.keys.title')}</h2>
        <p>{t('welcome.keys.intro')}</p>
        <dl class="tl-keylist">
          {FIRST_KEYS.map(([command, text]) => (
            <div key={command}>
              <dt>
                <Kbd k={props.keys[command]} />
              </dt>
              <dd>{t(text)}</dd>
            </div>
          ))}
        </dl>
        <p class="tl-hint">{t('welcome.keys.more', props.keys.help)}</p>
      </section>

      <section aria-labelledby="tl-options">
        <h2 id="tl-options">{t('welcome.options.title')}</h2>
        <p>{t('welcome.options.where')}</p>
        <button type="button" class="tl-button" onClick={props.onOptions}>
          {t('welcome.options.open')}
        </button>
      </section>
    </main>
  );
}
