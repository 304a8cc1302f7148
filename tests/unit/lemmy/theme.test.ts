import { describe, expect, it } from 'vitest';
import { isDarkColor, readTheme } from '../../../utils/lemmy/theme';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('readTheme', () => {
  it('reads data-bs-theme on <html> (B, C)', () => {
    expect(readTheme(parse('<html data-bs-theme="dark"><body></body></html>'))).toBe('dark');
  });
  it('reads data-bs-theme on #app (A)', () => {
    expect(readTheme(parse('<html><body><div id="app" data-bs-theme="dark"></div></body></html>'))).toBe('dark');
    expect(readTheme(parse('<html><body><div id="app" data-bs-theme="light"></div></body></html>'))).toBe('light');
  });
});

describe('isDarkColor', () => {
  it.each([
    ['rgb(34, 34, 34)', true],
    ['rgb(0, 0, 0)', true],
    ['rgb(255, 255, 255)', false],
    ['rgba(0, 0, 0, 0)', false],
    ['', false],
  ])('%s → %s', (css, dark) => {
    expect(isDarkColor(css)).toBe(dark);
  });
});
