import { signal } from '@preact/signals';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VotePanel } from '../../../components/votes/VotePanel';
import type { Thread } from '../../../utils/thread/types';
import { createVoteModel } from '../../../utils/votes/vote-model';
import { SEED_UPVOTES, tree, upDown } from './trees';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(thread: Thread, site: boolean | null = null, onShow = vi.fn()) {
  host = document.createElement('div');
  document.body.append(host);
  const t = signal(thread);
  render(<VotePanel votes={createVoteModel(t, signal(site))} thread={thread} onShow={onShow} />, host);
  return { onShow, t };
}
const figure = (name: string) => host.querySelector(`[data-figure="${name}"] dd`)?.textContent;
const headings = () => [...host.querySelectorAll('h3')].map((h) => h.textContent);

describe('the Votes panel', () => {
  it('shows the seed thread as upvotes only, with its histogram as an image and a table', () => {
    mount(tree(SEED_UPVOTES), false);
    expect(figure('comments')).toBe('6');
    expect(figure('participants')).toBe('5');
    expect(figure('up')).toBe('133');
    expect(figure('down')).toBe('turned off');
    expect(figure('median')).toBe('23');
    expect(figure('middle')).toBe('19 to 28.5');
    expect(host.textContent).toContain('Upvotes only: this site has downvotes turned off.');
    const svg = host.querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('aria-label')).toMatch(/^Histogram of 6 comment scores from 5 to 34, in ranges of 5; most \(2\) score 20–24\./);
    expect(svg.querySelectorAll('rect')).toHaveLength(6);
    const cells = [...host.querySelectorAll('table.tl-sr-only tbody tr')].map((r) => r.textContent);
    expect(cells).toEqual(['5–91', '10–140', '15–191', '20–242', '25–290', '30–342']);
    expect(headings()).not.toContain('Most controversial');
  });

  it('lists controversial comments when downvotes are shown, and shows a comment on click', () => {
    const { onShow } = mount(tree([[1, null, upDown(40, 2)], [2, 1, upDown(10, 12)], [3, null, upDown(6, 6)]]));
    expect(headings()).toContain('Most controversial');
    const hot = host.querySelector('[aria-labelledby="tl-votes-most-controversial"] ol')!;
    expect([...hot.querySelectorAll('li')].map((li) => li.dataset.commentId)).toEqual(['2', '3']);
    expect(hot.querySelector('.tl-votes-fig')!.textContent).toBe('↑10 ↓12');
    hot.querySelector('button')!.click();
    expect(onShow).toHaveBeenCalledWith(2);
  });

  it('renders page text as text, never as markup', () => {
    const evil = '<img src=x onerror=alert(1)>';
    mount(tree([[1, null, upDown(3, 0), undefined, { text: evil, author: { name: 'x', instance: 'y', display: evil } }]]));
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toContain(evil);
  });

  it('marks unloaded replies as unknown in the subthread table', () => {
    mount(tree([[1, null, upDown(3, 1), 'ann', { moreReplies: 4 }], [2, 1, upDown(2, 0)]]));
    const row = host.querySelector('.tl-votes-table tbody tr')!;
    expect(row.textContent).toContain('1 +4?');
    expect(figure('comments')).toBe('2 + 4 not loaded');
  });
});
