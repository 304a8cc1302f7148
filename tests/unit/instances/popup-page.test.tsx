import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupPage, siteOf, type PopupPageProps } from '../../../components/popup/PopupPage';
import { DEFAULT_SETTINGS } from '../../../utils/settings/schema';
import { FULL, fullList, longer, typical } from '../settings/instance-lists';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(patch: Partial<PopupPageProps> = {}) {
  host = document.createElement('div');
  document.body.append(host);
  const props: PopupPageProps = {
    status: null,
    site: null,
    settings: DEFAULT_SETTINGS,
    hidden: false,
    onHidden: vi.fn(),
    onChange: vi.fn(),
    onEnable: vi.fn(),
    onOptions: vi.fn(),
    ...patch,
  };
  render(<PopupPage {...props} />, host);
  return props;
}
const buttons = () => [...host.querySelectorAll('button')].map((b) => b.textContent);

describe('the popup', () => {
  it('shows the thread figures of a Lemmy post tab', () => {
    mount({ status: { lemmy: true, postId: 42, version: '0.19.20', comments: 120, participants: 37 } });
    expect(host.querySelector('[role=status]')!.textContent).toBe('Lemmy post 42 (lemmy-ui 0.19.20): 120 comments by 37 participants.');
  });

  it('says how many comments are new since the last visit, when it knows', () => {
    mount({ status: { lemmy: true, postId: 42, version: '0.19.20', comments: 120, participants: 37, fresh: 3 } });
    expect(host.querySelector('[role=status]')!.textContent).toBe('Lemmy post 42 (lemmy-ui 0.19.20): 120 comments by 37 participants. 3 new since your last visit.');
  });

  it('offers to enable Threadlens on a site that is not enabled, from a click', () => {
    const props = mount({ site: { origin: 'https://lemmy.example', state: 'available' } });
    const enable = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Enable Threadlens on lemmy.example')!;
    enable.click();
    expect(props.onEnable).toHaveBeenCalledWith('https://lemmy.example');
  });

  it('offers nothing to enable on built-in instances, enabled sites and non-web pages', () => {
    mount({ site: { origin: 'https://lemmy.world', state: 'builtin' } });
    expect(buttons()).toEqual(['All options…']);
    render(null, host);
    mount({ site: { origin: 'https://lemmy.example', state: 'enabled' } });
    expect(host.textContent).toContain('Threadlens is enabled on lemmy.example.');
    expect(buttons()).toEqual(['All options…']);
  });

  it('knows when the synced list has no room for the tab\'s site', () => {
    const { full, next } = fullList(longer);
    expect(siteOf(next, [], full)).toEqual({ origin: next, state: 'full' });
    expect(siteOf(full[0]!, [], full)).toEqual({ origin: full[0], state: 'available' });
    expect(siteOf('https://lemmy-250.social', [], typical(249))).toEqual({ origin: 'https://lemmy-250.social', state: 'available' });
  });

  it('says why instead of offering to enable a site the list cannot hold', () => {
    mount({ site: { origin: 'https://lemmy.example', state: 'full' } });
    expect(host.textContent).toContain(`Threadlens is not enabled on lemmy.example. ${FULL}`);
    expect(buttons()).toEqual(['All options…']);
  });

  it('toggles the sidebar, its side and the theme', () => {
    const props = mount({ hidden: true });
    const show = host.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(show.checked).toBe(false);
    show.checked = true;
    show.dispatchEvent(new Event('change'));
    expect(props.onHidden).toHaveBeenCalledWith(false);
    const [side, theme] = [...host.querySelectorAll('select')];
    side!.value = 'left';
    side!.dispatchEvent(new Event('change'));
    expect(props.onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, sidebar: { ...DEFAULT_SETTINGS.sidebar, side: 'left' } });
    theme!.value = 'dark';
    theme!.dispatchEvent(new Event('change'));
    expect(props.onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('shows no toggles before settings are read', () => {
    mount({ settings: null });
    expect(host.querySelector('input, select')).toBeNull();
  });
});
