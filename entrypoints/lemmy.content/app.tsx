import { browser, type ContentScriptContext } from '#imports';
import { effect, signal, type Signal } from '@preact/signals';
import { render } from 'preact';
import { Root } from '../../components/sidebar/Root';
import { detectLemmyPage } from '../../utils/lemmy/detect';
import { clearPageOffset, hasPainted, leavePage, releaseForeignPage, removeLeftovers, setPageOffset } from '../../utils/lemmy/host-actions';
import { parsePostRoute } from '../../utils/lemmy/route';
import { guard, logOnce } from '../../utils/log';
import { warmUpWords } from '../../utils/i18n';
import { createShadowHost } from '../../utils/lemmy/shadow-host';
// The sidebar's stylesheet as a string, in the script: fetching a packaged file took 60-90 ms
// on a small page (after its load event), the time the reader waited to see the sidebar.
import { sidebarStylesheet } from '../../components/sidebar/stylesheet';
import { measured } from '../../utils/measure';
import { createScheduler, type Scheduler } from '../../utils/schedule';
import { guardLifetime } from './lifetime';
import { isStatusRequest, type PageStatus } from '../../utils/messages';
import { followHiddenSidebar, type HiddenSidebar } from '../../utils/settings/hidden';
import { createSettingsModel, type SettingsModel } from '../../utils/settings/settings-model';
import { readAhead, type ReadAhead } from '../../utils/settings/read-ahead';
import { siteToken } from '../../utils/lemmy/site-token';
import { uiWordsPending } from '../../utils/lemmy/ui-words-load';
import type { PageFeatures } from '../../utils/features/types';
import { startFeatures } from '../../utils/features/registry';
import { createSession, sessionKey } from '../../utils/session/session';
import { createSidebarLayout, type SidebarLayout } from '../../utils/session/sidebar-layout';

const HOST_NAME = 'threadlens-sidebar';

/**
 * Wires detection, the session and the shadow-root UI together. Everything is
 * bound to `ctx`, so an extension reload removes observers, listeners and UI.
 * Called at document_start: the settings load while the page is parsed; the
 * returned call starts the rest once it is.
 */
export function prepareThreadlens(ctx: ContentScriptContext, url: string): () => void {
  // From the start: the page could end the script with a forged event while it is parsed.
  guardLifetime(ctx);
  // Before our own room is made: an earlier Threadlens's offset is one of the traces looked for.
  removeLeftovers(document, HOST_NAME);
  const followed = followHiddenSidebar();
  const settings = createSettingsModel();
  const layout = createSidebarLayout(window, settings.settings, followed.hidden);
  const route = parsePostRoute(url);
  const early = route ? roomBeforeFirstLayout(ctx, settings, followed, layout) : () => {};
  const host = new URL(url).host;
  const site = { host, token: siteToken(window), privateWindow: browser.extension?.inIncognitoContext === true };
  const ahead = readAhead(site, route ? sessionKey({ host, route }) : null);
  return () => {
    early();
    startThreadlens(ctx, settings, followed, layout, ahead);
  };
}

/**
 * On a post's URL, the room for the sidebar is made as soon as the settings are in, while the
 * page is still being parsed: narrowed once it had been laid out, a 300-comment page was laid out
 * again in the frame the sidebar came in (docs/performance.md, "Room before the first layout").
 * Not once the page has painted (the usual way then), nor once the script started: the returned
 * call hands over to it.
 */
function roomBeforeFirstLayout(ctx: ContentScriptContext, settings: SettingsModel, followed: HiddenSidebar, layout: SidebarLayout): () => void {
  let handedOver = false;
  // Reloaded before the script started: the room goes with it.
  ctx.onInvalidated(() => handedOver || clearPageOffset(document));
  Promise.all([settings.loaded, followed.loaded])
    .then(() => {
      if (handedOver || !ctx.isValid || hasPainted(document)) return;
      const room = layout.closed.value || layout.overlay.value ? 0 : layout.width.value;
      setPageOffset(document, settings.settings.value.sidebar.side, room);
    })
    .catch((error: unknown) => logOnce('making room for the sidebar', error));
  return () => (handedOver = true);
}

function startThreadlens(ctx: ContentScriptContext, settings: SettingsModel, followed: HiddenSidebar, layout: SidebarLayout, ahead: ReadAhead): void {
  const live = signal<PageFeatures | null>(null);
  const { stop: unwatch } = followed;
  const help = signal(false);
  // Not ctx.requestAnimationFrame: that keeps every callback for the life of the tab (utils/schedule).
  const scheduler = createScheduler(ctx.signal, () => ctx.isValid);
  const schedule = scheduler.frame;
  let ui: ReturnType<typeof mountUi> | null = null;
  // Checked once per page: whether this site's records may be kept (utils/settings/site-records).
  let siteRecords: Promise<boolean> | undefined;
  // The page removed the sidebar's host: its room goes too, and the sidebar key brings it back.
  const refused = signal(false);
  const mount = () => {
    refused.value = false;
    ui ??= mountUi(scheduler, live, help, settings, layout, stop);
  };
  const hostRemoved = () => {
    ui?.remove();
    ui = null;
    refused.value = true;
  };
  const showSidebar = () => {
    if (!ui) mount();
    if (layout.closed.value) layout.show();
  };
  const sidebar = {
    show: showSidebar,
    toggle: () => (ui && !layout.closed.value ? layout.hide() : showSidebar()),
    toggleHelp: () => (help.value = !help.value),
  };

  // The last page waiting for lemmy-ui's words in its language: only it is read when they come.
  let waiting: string | null = null;
  // The URL to read comes from the event: WXT reports a navigation (Navigation API)
  // before `location` changes, so reading location.href there would see the old post.
  const sync = (url: string = location.href) => {
    try {
      const page = measured('detect', () => detectLemmyPage(document, url));
      if (!page) {
        releaseForeignPage(document);
        return stop();
      }
      // lemmy-ui's words in the page's language come from the background, once (utils/lemmy/ui-words-load).
      const words = uiWordsPending(document);
      if (words) {
        waiting = url;
        return void words.then(() => ctx.isValid && waiting === url && sync(url));
      }
      if (live.value?.session.key === sessionKey(page)) return live.value.session.setRoute(page.route);
      live.value?.session.dispose();
      // Queued before the reading's own tasks: the language's messages and number data, loaded
      // by whichever task first needs them, took half of the first render's task.
      if (!ui) warmUpWords((step) => scheduler.timeout(() => measured('warm-up', step)));
      const session = createSession(document, page, {
        schedule,
        signal: ctx.signal,
        ignore: (node) => node instanceof Element && node.localName === HOST_NAME,
        onIgnoredRemoved: hostRemoved,
      });
      siteRecords ??= ahead.records().catch((error: unknown) => {
        logOnce('keeping records for this site', error);
        return false;
      });
      const features = startFeatures(session, { doc: document, settings: settings.settings, loaded: settings.loaded, schedule, records: siteRecords, remembered: ahead, sidebar });
      live.value = { session, ...features };
      if (!refused.value) mount();
    } catch (error) {
      logOnce('starting on this page', error);
    }
  };

  const stop = () => {
    live.value?.session.dispose();
    live.value = null;
    ui?.remove();
    ui = null;
    clearPageOffset(document);
  };

  const unoffset = effect(() => {
    if (!live.value) return;
    const ready = live.value.outline.roomReady.value;
    const room = refused.value || layout.closed.value || layout.overlay.value || !ready ? 0 : layout.width.value;
    setPageOffset(document, settings.settings.value.sidebar.side, room);
  });
  // The badge needs the last count only: sent in a task of its own, once for the changes of one
  // task (a message costs milliseconds, and a whole-thread load publishes the thread several times).
  let count: number | null | undefined;
  const sendCount = () => {
    notifyCounts(count ?? null);
    count = undefined;
  };
  const unnotify = effect(() => {
    const comments = live.value?.session.model.counts.value.comments ?? null;
    if (count === undefined) scheduler.timeout(sendCount);
    count = comments;
  });
  const onMessage = (message: unknown) => (isStatusRequest(message) ? Promise.resolve(status(live.value)) : undefined);
  browser.runtime.onMessage.addListener(onMessage);
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    // WXT's watcher gives the new URL; the same event name sent by the page has none.
    if (event.newUrl instanceof URL) sync(event.newUrl.href);
  });
  ctx.onInvalidated(() => {
    // The page first: when the extension is disabled or reloaded, the browser.* calls below
    // throw "Extension context invalidated", and the page must not keep our margin or marks.
    unnotify();
    unoffset();
    stop();
    leavePage(document);
    layout.dispose();
    guard('cleaning up', () => browser.runtime.onMessage.removeListener(onMessage), undefined);
    guard('cleaning up', unwatch, undefined);
    guard('cleaning up', settings.dispose, undefined);
  });
  // Reading the page in a task of its own: the script's start-up is a long task of its own already.
  scheduler.timeout(() => sync());
}

function saveWidth(settings: SettingsModel, width: number): void {
  const now = settings.settings.value;
  settings.save({ ...now, sidebar: { ...now.sidebar, width } }).catch((error: unknown) => logOnce('saving settings', error));
}

function status(current: PageFeatures | null): PageStatus {
  const s = current?.session ?? null;
  const counts = s?.model.counts.value;
  const since = current?.newComments.since.value;
  return {
    ...(since ? { fresh: current!.newComments.ids.value.size } : {}),
    lemmy: !!s,
    postId: s?.model.thread.value.post?.id ?? s?.page.route.postId ?? null,
    version: s ? (s.page.version.ui ?? s.page.version.backend ?? s.page.version.group) : null,
    comments: counts?.comments ?? 0,
    participants: counts?.participants ?? 0,
    ...(counts?.total != null ? { total: counts.total } : {}),
    ...(current ? { quotes: current.quotes.links.value.length } : {}),
  };
}

function notifyCounts(comments: number | null): void {
  browser.runtime.sendMessage({ type: 'threadlens:counts', comments }).catch(() => {
    // The background may be asleep or the extension reloading: the badge is cosmetic.
  });
}


interface MountedUi {
  remove(): void;
}

/**
 * Mounts the sidebar in a task of its own: a page of a few hundred comments is read,
 * matched and decorated in the task that found it, and the first render would make that
 * task long. `remove` works before the mount too (it cancels it). If the page will not
 * take the sidebar, `failed` is called.
 */
function mountUi(
  scheduler: Scheduler,
  live: Signal<PageFeatures | null>,
  help: Signal<boolean>,
  settings: SettingsModel,
  layout: SidebarLayout,
  failed: () => void,
): MountedUi {
  let unmount: (() => void) | null = null;
  const show = () => {
    const { host, container, remove } = createShadowHost(document, HOST_NAME, sidebarStylesheet);
    let unmirror = () => {};
    // Set before the render: a failure half-way is undone as a whole.
    unmount = () => {
      unmirror();
      render(null, container);
      remove();
    };
    measured('first-render', () => render(<Root session={live} help={help} settings={settings.settings} layout={layout} onResize={(width) => saveWidth(settings, width)} />, container));
    unmirror = mirrorStatus(host, live);
  };
  // A task of its own is outside sync's try: a page that breaks the host (no body, its own
  // element of that name without shadow roots) gets one logged line, not an uncaught error,
  // and `failed` takes back the rest (the session, the room made for the sidebar).
  const cancel = scheduler.timeout(() => {
    try {
      show();
    } catch (error) {
      logOnce('showing the sidebar failed', error);
      unmount?.();
      unmount = null;
      failed();
    }
  }, 0);
  return {
    remove() {
      cancel();
      unmount?.();
      unmount = null;
    },
  };
}

/** Exposes what was read on the host element, for the demo summary and tests. */
function mirrorStatus(host: HTMLElement, live: Signal<PageFeatures | null>): () => void {
  return effect(() => {
    const s = live.value?.session;
    const counts = s?.model.counts.value;
    host.dataset.state = s ? 'ready' : 'idle';
    host.dataset.comments = String(counts?.comments ?? 0);
    host.dataset.post = String(s?.model.thread.value.post?.id ?? '');
    host.dataset.version = s?.page.version.group ?? '';
    host.dataset.theme = s?.theme.value ?? '';
  });
}
