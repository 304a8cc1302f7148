import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadPeople, savePeople } from '../../../utils/settings/people-store';
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

  it('has a section for every setting group, each with a description, and a list that links to each', () => {
    mount();
    const sections = [...page().querySelectorAll('section.tl-section')];
    expect(sections.map((s) => s.querySelector('h2')!.textContent)).toEqual(['Sidebar', 'Theme', 'Collapsing', 'New comments', 'Reading progress', 'Keys', 'Quotes', 'Votes', 'Whole thread', 'Instances', 'People', 'Export, import, reset']);
    for (const s of sections) expect(s.querySelector('.tl-section-about')!.textContent!.length).toBeGreaterThan(20);
    const links = [...page().querySelectorAll('nav a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(sections.map((s) => `#${s.id}`));
    // Sites and data apart from everyday settings.
    expect([...page().querySelectorAll('.tl-data section')].map((s) => s.id)).toEqual(['instances', 'people', 'transfer']);
  });

  it('ties every control to a label', () => {
    mount();
    for (const control of page().querySelectorAll<HTMLElement>('input, select')) {
      const named = control.getAttribute('aria-label') || page().querySelector(`label[for="${control.id}"]`)?.textContent || control.closest('label')?.textContent;
      expect(named, control.outerHTML).toBeTruthy();
    }
  });

  it('hands back whole, typed settings when one changes', () => {
    const props = mount();
    change($('select'), 'left');
    expect(lastChange(props)).toEqual({ ...DEFAULT_SETTINGS, sidebar: { ...DEFAULT_SETTINGS.sidebar, side: 'left' } });
  });

  it('turns a collapse rule on and off', () => {
    const props = mount();
    const box = $<HTMLInputElement>('#collapse input[type=checkbox]');
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    expect(lastChange(props).collapse.defaultDepth).toBe(2);
  });

  it('resets one section without touching the others, and undoes it', async () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, theme: 'dark', votes: { histogram: false, controversial: false } };
    const props = mount({ settings });
    button('Reset Votes to defaults').click();
    expect(lastChange(props)).toEqual({ ...settings, votes: DEFAULT_SETTINGS.votes });
    await vi.waitFor(() => expect($('#votes .tl-undo').textContent).toContain('Votes: defaults restored.'));
    button('Undo').click();
    expect(lastChange(props)).toEqual(settings);
  });

  it('does nothing when a section is at its defaults already (its Reset is dimmed)', () => {
    const props = mount();
    expect(button('Reset Votes to defaults').getAttribute('aria-disabled')).toBe('true');
    button('Reset Votes to defaults').click();
    expect(props.onChange).not.toHaveBeenCalled();
  });

  it('resets everything but keeps the enabled instances, and undoes it', async () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, theme: 'dark', instances: ['https://lemmy.example'] };
    const props = mount({ settings });
    button('Reset everything to defaults').click();
    expect(lastChange(props)).toEqual({ ...DEFAULT_SETTINGS, instances: ['https://lemmy.example'] });
    await vi.waitFor(() => expect(button('Undo')).toBeDefined());
    button('Undo').click();
    expect(lastChange(props)).toEqual(settings);
  });

  it('removes the reader\'s people with everything else, says so, and puts them back on undo', async () => {
    fakeBrowser.reset();
    await savePeople([{ set: { id: 'alice@lemmy.example', tag: 'friend', color: '#112233', follow: true, mute: false } }]);
    mount();
    // The transfer section has read the list (its export link names alice).
    await vi.waitFor(() => expect(decodeURIComponent($<HTMLAnchorElement>('a[download]').href)).toContain('alice@lemmy.example'));
    button('Reset everything to defaults').click();
    await vi.waitFor(() => expect($('.tl-transfer-report').textContent).toContain('your people list is empty'));
    expect((await loadPeople()).people.size).toBe(0);
    button('Undo').click();
    await vi.waitFor(async () => expect([...(await loadPeople()).people.keys()]).toEqual(['alice@lemmy.example']));
  });

  it('picks the highlight colour with the colour picker and its opacity with the slider, stored as #rrggbbaa', () => {
    const props = mount();
    const picker = $<HTMLInputElement>('input[type=color]');
    expect(picker.value).toBe('#ffd54f');
    const slider = $<HTMLInputElement>('input[type=range]');
    expect(slider.value).toBe('50');
    picker.value = '#00ff00';
    picker.dispatchEvent(new Event('input'));
    expect(lastChange(props).quotes.color).toBe('#00ff0080');
    slider.value = '100';
    slider.dispatchEvent(new Event('input'));
    expect(lastChange(props).quotes.color).toBe('#ffd54f');
  });

  it('previews an outline row and the quote highlight in the colour set', async () => {
    mount({ settings: { ...DEFAULT_SETTINGS, quotes: { ...DEFAULT_SETTINGS.quotes, color: '#00ff0080' } } });
    await vi.waitFor(() => expect($('.tl-preview-figure [aria-hidden]').shadowRoot?.querySelector('mark')).toBeTruthy());
    const preview = $('.tl-preview-figure [aria-hidden]').shadowRoot!;
    expect(preview.querySelectorAll('[role=treeitem]')).toHaveLength(2);
    expect(preview.querySelector<HTMLElement>('mark')!.style.background).toMatch(/#00ff0080|rgba\(0, 255, 0, 0\.5/);
  });

  it('imports a file field by field and says what it replaced', async () => {
    const props = mount({ settings: { ...DEFAULT_SETTINGS, instances: ['https://mine.example'] } });
    const text = JSON.stringify({ theme: 'dark', sidebar: { width: 'huge' }, instances: ['https://theirs.example'] });
    importFile(new File([text], 'settings.json'));
    await vi.waitFor(() => expect(props.onChange).toHaveBeenCalled());
    expect(lastChange(props)).toMatchObject({ theme: 'dark', sidebar: DEFAULT_SETTINGS.sidebar, instances: ['https://mine.example', 'https://theirs.example'] });
    await tick();
    expect(page().textContent).toContain('Imported; 1 invalid value was set to its default: sidebar.width');
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
  const field = (label: string) => page().querySelector<HTMLInputElement>(`[id="${[...page().querySelectorAll('label')].find((l) => l.textContent?.trim() === label)!.htmlFor}"]`)!;

  it('is off by default, its size field disabled, and says where requests go', () => {
    mount();
    expect(field(AUTO).checked).toBe(false);
    expect(field(UP_TO).disabled).toBe(true);
    expect(field(UP_TO).value).toBe('2000');
    expect($('#whole-thread').textContent).toContain('Requests go only to the post’s own instance, and only when you ask or this is on.');
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
    button('Reset Whole thread to defaults').click();
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
    expect($('.tl-enable [role=status]').textContent).toBe(FULL);
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
    button('Remove here.example').click();
    expect(props.instances.onRemove).toHaveBeenCalledWith('https://here.example');
    button('Allow there.example here').click();
    expect(props.instances.onEnable).toHaveBeenCalledWith(['https://there.example']);
    button('Forget there.example').click();
    expect(lastChange(props).instances).toEqual(['https://here.example']);
  });
});
