import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storage } from '#imports';
import { PEOPLE_PAGE, PeopleSection } from '../../../components/options/PeopleSection';
import type { Person } from '../../../utils/settings/people';
import { loadPeople, storePeople } from '../../../utils/settings/people-store';

/** The options page's People section over what is stored: 10,000 people, paged and filtered; edits and removals stored. */
const person = (i: number): Person => ({ id: `reader_${String(i).padStart(5, '0')}@lemmy.example`, tag: i % 2 ? 'odd' : 'even', color: '#336699', follow: i % 3 === 0, mute: false });
const many = (n: number) => new Map(Array.from({ length: n }, (_, i) => [person(i).id, person(i)]));

let root: HTMLElement;
const rows = () => [...root.querySelectorAll('.tl-people-row')];
const named = (name: string) => [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;
const mount = () => {
  root = document.createElement('div');
  document.body.append(root);
  render(<PeopleSection />, root);
};

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the people section of the options page', () => {
  it('shows 10,000 people a page at a time, says they are kept in this browser only, and filters', async () => {
    await storePeople(many(10_000));
    mount();
    await vi.waitFor(() => expect(root.textContent).toContain('10,000 people'));
    expect(rows()).toHaveLength(PEOPLE_PAGE);
    expect(root.textContent).toContain('Your list is too long for sync storage (10,000 people)');
    expect(root.textContent).toContain('Page 1 of 200');
    named('Next page').click();
    await vi.waitFor(() => expect(root.textContent).toContain('Page 2 of 200'));
    expect(rows()[0]!.getAttribute('data-person')).toBe(person(PEOPLE_PAGE).id);
    const filter = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    filter.value = 'reader_0999';
    filter.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(root.textContent).toContain('10 people'));
    expect(rows().map((r) => r.getAttribute('data-person'))).toEqual(Array.from({ length: 10 }, (_, i) => person(9990 + i).id));
  });

  it('edits and removes a person, stored at once', async () => {
    await storePeople(many(3));
    mount();
    await vi.waitFor(() => expect(rows()).toHaveLength(3));
    const first = person(0).id;
    named(`Edit ${first}`).click();
    await vi.waitFor(() => expect(root.querySelector('form')).not.toBeNull());
    const tag = root.querySelector<HTMLInputElement>('form input[type="text"]')!;
    tag.value = 'edited';
    tag.dispatchEvent(new Event('input', { bubbles: true }));
    root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await vi.waitFor(async () => expect((await loadPeople()).people.get(first)?.tag).toBe('edited'));
    named(`Remove ${person(1).id}`).click();
    await vi.waitFor(async () => expect((await loadPeople()).people.has(person(1).id)).toBe(false));
    await vi.waitFor(() => expect(rows()).toHaveLength(2));
  });

  it('lists stored entries that were not valid, and shows hostile text as text', async () => {
    await storage.setItem('sync:people0', [['<img src=x onerror=alert(1)>@x.example', 't', '#000000', 1], ['bob@x.example', '<b>bold</b>', '#000000', 0], 'junk']);
    mount();
    await vi.waitFor(() => expect(root.textContent).toContain('Some stored entries were not valid and were left out:'));
    expect(root.querySelectorAll('.tl-warn li')).toHaveLength(2);
    expect(root.querySelector('img, b')).toBeNull();
    expect(rows()[0]!.textContent).toContain('<b>bold</b>');
  });
});
