import { describe, expect, it } from 'vitest';
import { DEFAULT_KEYS } from '../../../utils/settings/keys';
import { DEFAULT_SETTINGS, parseSettings } from '../../../utils/settings/schema';

describe('parseSettings', () => {
  it('gives the defaults for nothing, with no errors', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
    expect(parseSettings({})).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
  });

  it('keeps every valid field and replaces each bad one, reporting it', () => {
    const { settings, errors } = parseSettings({
      sidebar: { side: 'left', width: 9000, layout: 'overlay' },
      theme: 'purple',
      keys: { next: 'n', prev: 42 },
      quotes: { color: 'red; background: url(x)', minWords: 4 },
    });
    expect(settings.sidebar).toEqual({ side: 'left', width: DEFAULT_SETTINGS.sidebar.width, layout: 'overlay' });
    expect(settings.theme).toBe('auto');
    expect(settings.quotes).toEqual({ ...DEFAULT_SETTINGS.quotes, minWords: 4 });
    expect(settings.keys.prev).toBe(DEFAULT_KEYS.prev);
    expect(errors.map((e) => e.split(':')[0])).toEqual([
      'sidebar.width',
      'theme',
      'keys.prev',
      // "n" is nextThread's key: next, the command that moved onto it, gets its default back (no key is left shared).
      'keys.next',
      'quotes.color',
    ]);
    expect(settings.keys.next).toBe(DEFAULT_KEYS.next);
    expect(settings.keys.nextThread).toBe(DEFAULT_KEYS.nextThread);
  });

  it('reads the collapse rules, with null meaning off', () => {
    const { settings, errors } = parseSettings({
      collapse: { defaultDepth: 3, belowScore: null, bots: true, deleted: 'yes', keepPosts: 0, keepDays: 7 },
    });
    expect(settings.collapse).toEqual({ ...DEFAULT_SETTINGS.collapse, defaultDepth: 3, belowScore: null, bots: true, keepDays: 7 });
    expect(errors.map((e) => e.split(':')[0])).toEqual(['collapse.deleted', 'collapse.keepPosts']);
    expect(parseSettings({ collapse: { belowScore: -5 } }).settings.collapse.belowScore).toBe(-5);
    expect(parseSettings({ collapse: { defaultDepth: 2.5 } }).errors).toHaveLength(1);
  });

  it('reads quote sources and vote options one by one', () => {
    const { settings, errors } = parseSettings({
      quotes: { sources: { parent: false, anywhere: 0 } },
      votes: { histogram: false, controversial: 'no' },
    });
    expect(settings.quotes.sources).toEqual({ parent: false, ancestors: true, post: true, anywhere: true });
    expect(settings.votes).toEqual({ histogram: false, controversial: true });
    expect(errors.map((e) => e.split(':')[0])).toEqual(['quotes.sources.anywhere', 'votes.controversial']);
  });

  it('has focus on a linked comment on by default, also for settings stored before it existed, and reads a bad value as that', () => {
    expect(DEFAULT_SETTINGS.collapse.focusLinked).toBe(true);
    expect(parseSettings({ collapse: { rememberPerPost: false } }).settings.collapse).toEqual({ ...DEFAULT_SETTINGS.collapse, rememberPerPost: false });
    expect(parseSettings({ collapse: { focusLinked: false } }).settings.collapse.focusLinked).toBe(false);
    const { settings, errors } = parseSettings({ collapse: { focusLinked: 'off' } });
    expect(settings.collapse.focusLinked).toBe(true);
    expect(errors.map((e) => e.split(':')[0])).toEqual(['collapse.focusLinked']);
  });

  it('has the whole-thread load off by default, for posts of up to 2,000 comments', () => {
    expect(DEFAULT_SETTINGS.wholeThread).toEqual({ auto: false, upTo: 2000 });
  });

  it.each([100, 2001, 50_000])('keeps %j as the largest post loaded by itself', (upTo) => {
    expect(parseSettings({ wholeThread: { auto: true, upTo } })).toEqual({ settings: { ...DEFAULT_SETTINGS, wholeThread: { auto: true, upTo } }, errors: [] });
  });

  it.each([99, 50_001, 2500.5, -1, '2000', null, Infinity])('replaces %j as the largest post loaded by itself, keeping the switch', (upTo) => {
    const { settings, errors } = parseSettings({ wholeThread: { auto: true, upTo } });
    expect(settings.wholeThread).toEqual({ auto: true, upTo: DEFAULT_SETTINGS.wholeThread.upTo });
    expect(errors).toEqual([expect.stringMatching(/^wholeThread\.upTo: .* is not a whole number from 100 to 50000$/)]);
  });

  it('reads the whole-thread fields one by one, and garbage in their place as the defaults', () => {
    const { settings, errors } = parseSettings({ wholeThread: { auto: 'yes', upTo: 300 } });
    expect(settings.wholeThread).toEqual({ auto: false, upTo: 300 });
    expect(errors.map((e) => e.split(':')[0])).toEqual(['wholeThread.auto']);
    expect(parseSettings({ wholeThread: 'on' })).toEqual({ settings: DEFAULT_SETTINGS, errors: ['wholeThread: "on" is not an object; defaults used'] });
  });

  it('keeps valid instance origins once each, without ports, and drops the rest', () => {
    const { settings, errors } = parseSettings({
      instances: ['https://Lemmy.Example', 'https://lemmy.example', 'http://localhost:8536', 'javascript:alert(1)', 'https://a.example/post/1', 7],
    });
    expect(settings.instances).toEqual(['https://lemmy.example', 'http://localhost']);
    expect(errors).toHaveLength(3);
    expect(parseSettings({ instances: 'https://lemmy.example' }).settings.instances).toEqual([]);
  });

  it.each([null, 'text', 42, [1, 2], { sidebar: 'x', keys: [], collapse: 5, quotes: { sources: [] }, votes: null, wholeThread: [true] }])('never throws on %j', (raw) => {
    expect(() => parseSettings(raw)).not.toThrow();
    expect(parseSettings(raw).settings.sidebar).toEqual(DEFAULT_SETTINGS.sidebar);
    expect(parseSettings(raw).settings.collapse).toEqual(DEFAULT_SETTINGS.collapse);
    expect(parseSettings(raw).settings.wholeThread).toEqual(DEFAULT_SETTINGS.wholeThread);
  });
});
