import { afterEach, describe, expect, it } from 'vitest';
import { hasLemmyUiMarks, LEMMY_UI_MARKS } from '../../../utils/lemmy/probe';

/** As the browser runs it in a tab: from its source text alone, with its arguments passed as JSON. */
const asInjected = (): boolean => {
  const rebuilt = new Function(`return (${hasLemmyUiMarks.toString()})`)() as typeof hasLemmyUiMarks;
  return rebuilt(null, JSON.parse(JSON.stringify(LEMMY_UI_MARKS)) as typeof LEMMY_UI_MARKS);
};

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe("the popup's probe of a tab", () => {
  it('recognises a lemmy-ui page from its own source text, with nothing it closes over', () => {
    document.head.innerHTML = '<script>window.isoData = {"path":"/"};</script>';
    document.body.innerHTML = '<div id="root"><div id="app" class="lemmy-site"></div></div>';
    expect(asInjected()).toBe(true);
  });

  it('takes any other page for what it is, and leaves the page as it found it', () => {
    document.body.innerHTML = '<main><h1>News</h1><p>window.isoData</p></main>';
    const before = document.documentElement.outerHTML;
    expect(asInjected()).toBe(false);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
