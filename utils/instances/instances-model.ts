import { browser } from '#imports';
import { signal, type ReadonlySignal } from '@preact/signals';
import { logOnce } from '../log';
import { InstanceListFull } from '../settings/quota';
import { grantedOrigins, rememberInstances, removeInstance, requestInstances, revokeOrigins } from './permissions';

export interface InstancesModel {
  /** Instance origins granted in this browser, kept current by permission events. */
  granted: ReadonlySignal<string[]>;
  /** False until the grants were first read (a view drawn before would show every site as not enabled). */
  loaded: ReadonlySignal<boolean>;
  /**
   * Must be called from a click (see requestInstances). Resolves whether access
   * was granted; rejects with InstanceListFull, the grant taken back, when the
   * list filled up (another browser, another page) since the page checked.
   */
  enable(origins: string[]): Promise<boolean>;
  remove(origin: string): Promise<void>;
  dispose(): void;
}

/** The options page's and popup's view of enabled instances. */
export function createInstancesModel(): InstancesModel {
  const granted = signal<string[]>([]);
  const loaded = signal(false);
  const refresh = () =>
    grantedOrigins()
      .then(
        (list) => void (granted.value = list),
        (error: unknown) => logOnce('reading granted instances', error),
      )
      .finally(() => (loaded.value = true));
  void refresh();
  // Grants change elsewhere too: the toolbar menu, another options tab, the browser's settings.
  browser.permissions.onAdded.addListener(refresh);
  browser.permissions.onRemoved.addListener(refresh);
  return {
    granted,
    loaded,
    enable: (origins) =>
      requestInstances(origins).then(async (ok) => {
        try {
          // The background adds them to the list as well; doing it here too keeps the page current at once.
          if (ok) await rememberInstances(origins);
        } catch (error) {
          if (error instanceof InstanceListFull) await revokeOrigins(origins);
          throw error;
        } finally {
          await refresh();
        }
        return ok;
      }),
    remove: (origin) => removeInstance(origin).then(refresh),
    dispose: () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    },
  };
}
