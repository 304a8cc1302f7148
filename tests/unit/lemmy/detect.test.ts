import { describe, expect, it } from 'vitest';
import { detectLemmyPage, groupOf, isLemmyUi } from '../../../utils/lemmy/detect';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const app = '<div id="root"><div id="app" class="lemmy-site"></div></div>';

describe('isLemmyUi', () => {
  it.each([
    ['the hard-coded meta', `<head><meta name="Description" content="Lemmy"></head><body>${app}</body>`],
    ['the isoData script', `<head><script>window.isoData = {"path":"/post/1"};</script></head><body>${app}</body>`],
    ['the client bundle', `<body>${app}<script defer src="/static/abc/js/client.js"></script></body>`],
  ])('accepts #app.lemmy-site with %s', (_, html) => {
    expect(isLemmyUi(parse(html))).toBe(true);
  });

  it.each([
    ['a PieFed-like page', '<body><div id="app"><article id="comment-1">x</article></div></body>'],
    ['#app.lemmy-site alone (a copycat)', `<body>${app}</body>`],
    ['the meta without the app root', '<head><meta name="Description" content="Lemmy"></head><body></body>'],
    ['a blog mentioning isoData in text', '<body><p>window.isoData</p></body>'],
  ])('rejects %s', (_, html) => {
    expect(isLemmyUi(parse(html))).toBe(false);
  });
});

describe('detectLemmyPage', () => {
  const lemmy = parse(`<head><meta name="Description" content="Lemmy"></head><body>${app}
    <footer class="app-footer"><span class="nav-link">BE: 0.19.5</span><span class="nav-link">UI: 0.19.3</span></footer></body>`);

  it('needs both the URL shape and the DOM markers', () => {
    expect(detectLemmyPage(lemmy, 'https://lemmy.example/c/news')).toBeNull();
    expect(detectLemmyPage(parse('<body><p>hello</p></body>'), 'https://piefed.example/post/1')).toBeNull();
  });

  it('reports host, route and the UI version group (UI wins over BE)', () => {
    expect(detectLemmyPage(lemmy, 'https://lemmy.example:8443/post/9/12')).toEqual({
      route: { postId: 9, commentId: 12 },
      host: 'lemmy.example:8443',
      version: { group: 'A', backend: '0.19.5', ui: '0.19.3' },
    });
  });
});

describe('groupOf', () => {
  it.each([
    ['0.18.5', 'A'],
    ['0.19.0', 'A'],
    ['0.19.3', 'A'],
    ['0.19.4', 'B'],
    ['0.19.20', 'B'],
    ['1.0.0-beta.1', 'C'],
    ['garbage', null],
  ])('%s → %s', (version, group) => {
    expect(groupOf(version)).toBe(group);
  });
});
