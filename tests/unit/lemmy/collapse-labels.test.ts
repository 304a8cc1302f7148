import { describe, expect, it } from 'vitest';
import { collapseMarks } from '../../../utils/lemmy/host-actions';

/** "Collapse all" labels each marked li with its own count; a message is made once per count, not per li. */
describe('collapse labels', () => {
  const page = (n: number) => {
    const ul = document.createElement('ul');
    const articles = Array.from({ length: n }, (_, i) => {
      const li = document.createElement('li');
      const article = document.createElement('article');
      li.append(article);
      ul.append(li);
      return [i + 1, article] as const;
    });
    return new Map<number, Element>(articles);
  };
  const label = (el: Element | undefined) => el?.parentElement?.getAttribute('data-threadlens-collapsed');

  it('gives each li the count of its own hidden replies, whatever the lis before it hid', () => {
    const elements = page(4);
    const hidden = new Map([[1, 3], [2, 1], [3, 3], [4, 12]]);
    collapseMarks()(elements, new Set([1, 2, 3, 4]), hidden);
    expect([1, 2, 3, 4].map((id) => label(elements.get(id)))).toEqual([
      '3 replies hidden by Threadlens',
      '1 reply hidden by Threadlens',
      '3 replies hidden by Threadlens',
      '12 replies hidden by Threadlens',
    ]);
  });
});
