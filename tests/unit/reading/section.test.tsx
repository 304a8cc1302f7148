import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ReadingSection } from '../../../components/options/ReadingSection';
import { readItem } from '../../../utils/settings/reading-store';
import { DEFAULT_SETTINGS, type ReadingSettings } from '../../../utils/settings/schema';

/** The options page's reading section: its fields change the settings, and unreadable stored records are reported. */
describe('the reading section of the options page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('turns tracking off and reports stored records it could not read', async () => {
    await readItem.setValue([{ post: 'a/post/1', at: 1, read: '<b>' }, 'junk']);
    let saved: ReadingSettings | null = null;
    const root = document.createElement('div');
    document.body.append(root);
    render(<ReadingSection value={DEFAULT_SETTINGS.reading} set={(next) => (saved = next)} key="reading" />, root);
    await vi.waitFor(() => expect(root.textContent).toContain('2 stored reading records could not be read and were dropped.'));
    const label = [...root.querySelectorAll('label')].find((l) => l.textContent === 'Remember what I have read')!;
    const track = root.querySelector<HTMLInputElement>(`#${CSS.escape(label.htmlFor)}`)!;
    track.click();
    expect(saved).toEqual({ ...DEFAULT_SETTINGS.reading, track: false });
    render(null, root);
  });
});
