import { logOnce } from '../log';
import { collapsedByPost } from './collapse-store';
import { joinStored, settingsItem } from './items';
import { forgetVisits } from './new-comments-store';
import { forgetRead } from './reading-store';
import { parseSettings } from './schema';

/**
 * What the reader turned off is forgotten, wherever it was turned off
 * (options page, popup, another device): the background follows the stored
 * settings, so no page needs to be open and no save reaches into the stores.
 */
export function forgetWhatIsOff(): () => void {
  const apply = (raw: unknown) => {
    const { newComments, collapse, reading } = parseSettings(joinStored(raw, {}, [])).settings;
    const forgetting = [
      newComments.mark ? null : forgetVisits(),
      reading.track ? null : forgetRead(),
      collapse.rememberPerPost ? null : collapsedByPost.getValue().then((v) => (Array.isArray(v) && v.length ? collapsedByPost.setValue([]) : undefined)),
    ];
    Promise.all(forgetting).catch((error: unknown) => logOnce('forgetting what was turned off', error));
  };
  settingsItem.getValue().then(apply, (error: unknown) => logOnce('reading settings', error));
  return settingsItem.watch(apply);
}
