import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/schema';
import { FULL, fullList, longer } from './instance-lists';
import { $, button, change, importFile, lastChange, mount, page, tick, unmount } from './options-harness';

afterEach(unmount);

describe('the options page', () => {
  it('shows nothing editable until storage was read', () => {
    mount({ ready: false });
    expect(page().textContent).toContain('Loading…');
    expect(page().querySelector('input, select')).toBeNull();
  });

  it('has a control for every setting group', () => {
    mount();
    const legends = [...page().querySelectorAll('legend')].map((l) => l.textContent);
    expect(legends).toEqual(['Sidebar', 'Theme', 'Collapsing', 'New comments', 'Keys', 'Quotes', 'Votes', 'Whole thread', 'Instances', 'All settings']);
  });

  it('hands back whole, typed settings when one changes', () => {
    const props = mount();
    change($('select'), 'left');
    expect(lastChange(props)).toEqual({ ...DEFAULT_SETTINGS, sidebar: { ...DEFAULT_SETTINGS.sidebar, side: 'left' } });
  });

  it('turns a collapse rule on and off', () => {
    const props = mount();
    const box = $<HTMLInputElement>('.tl-rule input[type=checkbox]');
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    expect(lastChange(props).collapse.defaultDepth).toBe(2);
  });

  it('resets one section without touching the others', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, theme: 'dark', votes: { histogram: false, controversial: false } };
    const props = mount({ settings });
    button('Reset votes to defaults').click();
    expect(lastChange(props)).toEqual({ ...settings, votes: DEFAULT_SETTINGS.votes });
  });

  it('resets everything but keeps the enabled instances', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, theme: 'dark', instances: ['https://lemmy.example'] };
    const props = mount({ settings });
    button('Reset everything to defaults').click();
    expect(lastChange(props)).toEqual({ ...DEFAULT_SETTINGS, instances: ['https://lemmy.example'] });
  });

  it('never saves a highlight colour that is not #hex', () => {
    const props = mount();
    const input = $<HTMLInputElement>('input[aria-label="Highlight colour (#hex)"]');
    change(input, 'red; background: url(x)');
    expect(props.onChange).not.toHaveBeenCalled();
    expect(input.value).toBe(DEFAULT_SETTINGS.quotes.color);
    change(input, '#00ff0080');
    expect(lastChange(props).quotes.color).toBe('#00ff0080');
  });

  it('imports a file field by field and says what it replaced', async () => {
    const props = mount({ settings: { ...DEFAULT_SETTINGS, instances: ['https://mine.example'] } });
    const text = JSON.stringify({ theme: 'dark', sidebar: { width: 'huge' }, instances: ['https://theirs.example'] });
    importFile(new File([text], 'settings.json'));
    await vi.waitFor(() => expect(props.onChange).toHaveBeenCalled());
    expect(lastChange(props)).toMatchObject({ theme: 'dark', sidebar: DEFAULT_SETTINGS.sidebar, instances: ['https://mine.example', 'https://theirs.example'] });
    await tick();
    expect(page().textContent).toContain('1 invalid value(s) were set to defaults: sidebar.width');
  });

  it('lists at most five problems found in storage, then how many more', () => {
    mount({ errors: Array.from({ length: 12 }, (_, i) => `instances[${i}]: "x" is not an http(s) origin; dropped`) });
    const items = [...page().querySelectorAll('[role=alert] li')].map((li) => li.textContent);
    expect(items).toHaveLength(6);
    expect(items.at(-1)).toBe('and 7 more');
  });

  it('exports the current settings as a JSON download', () => {
    mount({ settings: { ...DEFAULT_SETTINGS, theme: 'light' } });
    const link = $<HTMLAnchorElement>('a[download]');
    const file = JSON.parse(decodeURIComponent(link.href.split(',')[1]!));
    expect(file).toMatchObject({ format: 'threadlens-settings', version: 2, settings: { theme: 'light' } });
  });
});

describe('the whole-thread section', () => {
  const AUTO = 'Load the whole thread from this instance when a post opens';
  const UP_TO = 'Only for posts with up to this many comments';
  /** A control by the text of the label it is in (as a reader or a screen reader finds it). */
  const field = (label: string) => [...page().querySelectorAll('label')].find((l) => l.textContent?.trim() === label)!.querySelector('input')!;

  it('is off by default, its size field disabled, and says where requests go', () => {
    mount();
    expect(field(AUTO).checked).toBe(false);
    expect(field(UP_TO).disabled).toBe(true);
    expect(field(UP_TO).value).toBe('2000');
    const section = [...page().querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === 'Whole thread')!;
    expect(section.querySelector('.tl-hint')?.textContent).toBe("Requests go only to the public API of the post's own instance, and only when you ask or this is on.");
  });

  it('saves the switch, and enables the size field while it is on', () => {
    const props = mount();
    field(AUTO).checked = true;
    field(AUTO).dispatchEvent(new Event('change'));
    expect(lastChange(props)).toEqual({ ...DEFAULT_SETTINGS, wholeThread: { auto: true, upTo: 2000 } });
    unmount();
    mount({ settings: { ...DEFAULT_SETTINGS, wholeThread: { auto: true, upTo: 2000 } } });
    expect(field(UP_TO).disabled).toBe(false);
  });

  it.each([
    ['5000', 5000],
    ['100', 100],
    ['50000', 50_000],
    // Out of range is never stored: like every number field, it becomes the nearest limit.
    ['60000', 50_000],
    ['5', 100],
    ['', 100],
  ])('saves %j typed as the largest post as %j', (typed, saved) => {
    const props = mount({ settings: { ...DEFAULT_SETTINGS, wholeThread: { auto: true, upTo: 2000 } } });
    change(field(UP_TO), typed);
    expect(lastChange(props).wholeThread).toEqual({ auto: true, upTo: saved });
  });

  it('resets to off, up to 2,000', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, theme: 'dark', wholeThread: { auto: true, upTo: 900 } };
    const props = mount({ settings });
    button('Reset whole thread to defaults').click();
    expect(lastChange(props)).toEqual({ ...settings, wholeThread: DEFAULT_SETTINGS.wholeThread });
  });
});

describe('the instances section', () => {
  it('enables a typed instance through a permission request', async () => {
    const props = mount();
    $<HTMLInputElement>('input[name=instance]').value = 'https://lemmy.example/post/3';
    $<HTMLFormElement>('form').dispatchEvent(new Event('submit', { cancelable: true }));
    expect(props.instances.onEnable).toHaveBeenCalledWith(['https://lemmy.example']);
    await vi.waitFor(() => expect(page().textContent).toContain('Enabled on lemmy.example.'));
  });

  it('says so when the browser does not grant it, and refuses non-addresses and built-in instances', async () => {
    const props = mount({ instances: { granted: [], onEnable: vi.fn(async () => false), onRemove: vi.fn() } });
    const submit = (text: string) => {
      $<HTMLInputElement>('input[name=instance]').value = text;
      $<HTMLFormElement>('form').dispatchEvent(new Event('submit', { cancelable: true }));
    };
    submit('lemmy.world');
    await tick();
    expect(page().textContent).toContain('lemmy.world is built in');
    submit('ftp://x');
    await tick();
    expect(page().textContent).toContain('That is not a web address.');
    expect(props.instances.onEnable).not.toHaveBeenCalled();
    submit('lemmy.example');
    await vi.waitFor(() => expect(page().textContent).toContain('Not enabled: the browser did not grant access.'));
  });

  it('refuses to enable an instance the list cannot hold, saying why, without asking the browser', async () => {
    const { full, next } = fullList(longer);
    const props = mount({ settings: { ...DEFAULT_SETTINGS, instances: full } });
    $<HTMLInputElement>('input[name=instance]').value = next;
    $<HTMLFormElement>('form').dispatchEvent(new Event('submit', { cancelable: true }));
    await tick();
    expect($('fieldset:has(input[name=instance]) [role=status]').textContent).toBe(FULL);
    expect(props.instances.onEnable).not.toHaveBeenCalled();
    // One already listed takes no room: it can still be allowed in this browser.
    button('Allow all here').click();
    expect(props.instances.onEnable).toHaveBeenCalledWith(full);
  });

  it('says why when the list filled up elsewhere before the grant was stored', async () => {
    mount({ instances: { granted: [], onEnable: vi.fn(async () => Promise.reject(new Error(FULL))), onRemove: vi.fn() } });
    $<HTMLInputElement>('input[name=instance]').value = 'lemmy.example';
    $<HTMLFormElement>('form').dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(page().textContent).toContain(`Not enabled: ${FULL}`));
  });

  it('lists enabled instances with Remove, and synced ones from elsewhere with Allow and Forget', () => {
    const settings = { ...DEFAULT_SETTINGS, instances: ['https://here.example', 'https://there.example'] };
    const props = mount({ settings, instances: { granted: ['https://here.example'], onEnable: vi.fn(async () => true), onRemove: vi.fn(async () => {}) } });
    expect($('ul[aria-label="Enabled instances"]').textContent).toContain('here.example');
    expect($('ul[aria-label="Instances from other browsers"]').textContent).toContain('there.example');
    button('Remove').click();
    expect(props.instances.onRemove).toHaveBeenCalledWith('https://here.example');
    button('Allow here').click();
    expect(props.instances.onEnable).toHaveBeenCalledWith(['https://there.example']);
    button('Forget').click();
    expect(lastChange(props).instances).toEqual(['https://here.example']);
  });
});
