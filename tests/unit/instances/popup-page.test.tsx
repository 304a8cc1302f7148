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
    lemmyUi: null,
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
/** The status card's figures, each as its number and its words. */
const figures = () => [...host.querySelectorAll('.tl-figure')].map((f) => `${f.querySelector('dd')!.textContent} ${f.querySelector('dt')!.textContent}`);
const POST = { lemmy: true, postId: 42, version: '0.19.20', comments: 120, participants: 37 } as const;

describe('the popup', () => {
  it("shows a post's figures: comments known of the whole, new since the last visit, quotes linked", () => {
    mount({ status: { ...POST, total: 1904, fresh: 3, quotes: 1 } });
    expect(figures()).toEqual(['120of 1,904 comments known', '3 new since your last visit', '1 quote linked']);
  });

  it('shows a dash, not 0, where it does not know what is new (a first visit), and no "of" when all are known', () => {
    mount({ status: { ...POST, total: 120 } });
    expect(figures()).toEqual(['120 comments known', '– new since your last visit', '0 quotes linked']);
  });

  it('offers one button to enable Threadlens on a Lemmy instance that is not enabled, from a click', () => {
    const props = mount({ site: { origin: 'https://lemmy.example', state: 'available' }, lemmyUi: true });
    expect(host.textContent).toContain('Threadlens is not enabled on lemmy.example.');
    const enable = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Enable Threadlens on lemmy.example')!;
    enable.click();
    expect(props.onEnable).toHaveBeenCalledWith('https://lemmy.example');
    expect(host.textContent).toContain('Your browser will then ask');
  });

  it('offers nothing to enable on built-in instances, enabled sites and non-web pages, and says what to do', () => {
    mount({ site: { origin: 'https://lemmy.world', state: 'builtin' } });
    expect(buttons()).toEqual(['Options']);
    expect(host.textContent).toContain('Threadlens runs on lemmy.world. Open a post');
    render(null, host);
    mount({ site: null });
    expect(buttons()).toEqual(['Options']);
    expect(host.textContent).toContain('Open a post on a Lemmy instance');
  });

  it('says what Threadlens is for, with a link to the options, on a site that is not a Lemmy instance', () => {
    const props = mount({ site: { origin: 'https://news.example', state: 'available' }, lemmyUi: false });
    expect(buttons()).toEqual(['Options']);
    expect(host.textContent).not.toContain('news.example');
    expect(host.querySelector('.tl-lead-line')?.textContent).toMatch(/^Threadlens makes long Lemmy threads readable/);
    const link = host.querySelector<HTMLAnchorElement>('.tl-site a')!;
    expect(link.textContent).toBe('Open the options to enable your own instance, or to set keys and colours');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(props.onOptions).toHaveBeenCalled();
  });

  it('holds an empty box, neither answer, while the tab has not said whether it is a Lemmy instance', () => {
    mount({ site: { origin: 'https://lemmy.example', state: 'available' }, lemmyUi: null });
    const pending = host.querySelector('.tl-site')!;
    expect(pending.getAttribute('aria-busy')).toBe('true');
    expect(pending.textContent).toBe('');
    expect(buttons()).toEqual(['Options']);
  });

  it('opens the options from its header', () => {
    const props = mount();
    (host.querySelector('header button') as HTMLButtonElement).click();
    expect(props.onOptions).toHaveBeenCalled();
  });

  it("knows when the synced list has no room for the tab's site", () => {
    const { full, next } = fullList(longer);
    expect(siteOf(next, [], full)).toEqual({ origin: next, state: 'full' });
    expect(siteOf(full[0]!, [], full)).toEqual({ origin: full[0], state: 'available' });
    expect(siteOf('https://lemmy-250.social', [], typical(249))).toEqual({ origin: 'https://lemmy-250.social', state: 'available' });
  });

  it('says why instead of offering to enable a site the list cannot hold', () => {
    mount({ site: { origin: 'https://lemmy.example', state: 'full' }, lemmyUi: true });
    expect(host.textContent).toContain('Threadlens is not enabled on lemmy.example.');
    expect(host.textContent).toContain(FULL);
    expect(buttons()).toEqual(['Options']);
  });

  it('toggles the sidebar, the overlay, its side and the theme on a post page', () => {
    const props = mount({ status: POST, hidden: true });
    const [show, overlay] = [...host.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(show!.checked).toBe(false);
    show!.checked = true;
    show!.dispatchEvent(new Event('change'));
    expect(props.onHidden).toHaveBeenCalledWith(false);
    overlay!.checked = true;
    overlay!.dispatchEvent(new Event('change'));
    expect(props.onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, sidebar: { ...DEFAULT_SETTINGS.sidebar, layout: 'overlay' } });
    const [side, theme] = [...host.querySelectorAll('select')];
    side!.value = 'left';
    side!.dispatchEvent(new Event('change'));
    expect(props.onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, sidebar: { ...DEFAULT_SETTINGS.sidebar, side: 'left' } });
    theme!.value = 'dark';
    theme!.dispatchEvent(new Event('change'));
    expect(props.onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('ties every control to its label', () => {
    mount({ status: POST });
    for (const control of host.querySelectorAll('input, select')) expect(host.querySelector(`label[for="${control.id}"]`)?.textContent).toBeTruthy();
  });
});
