import { afterEach, describe, expect, it } from 'vitest';
import { clearHighlight, setHighlight } from '../../../utils/lemmy/highlight';

describe('setHighlight without the Custom Highlight API (happy-dom)', () => {
  afterEach(() => document.body.replaceChildren());

  it('wraps exactly the range in marks and removes them again, leaving the text as it was', () => {
    const p = document.createElement('p');
    p.append('alpha ', Object.assign(document.createElement('em'), { textContent: 'beta gamma' }), ' delta');
    document.body.append(p);
    const range = document.createRange();
    range.setStart(p.firstChild!, 2);
    range.setEnd(p.querySelector('em')!.firstChild!, 4);
    setHighlight(document, 'q', [range]);
    expect([...p.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['pha ', 'beta']);
    expect(p.textContent).toBe('alpha beta gamma delta');
    clearHighlight(document, 'q');
    expect(p.querySelectorAll('mark').length).toBe(0);
    expect(p.textContent).toBe('alpha beta gamma delta');
    expect(p.childNodes.length).toBe(3);
  });
});
