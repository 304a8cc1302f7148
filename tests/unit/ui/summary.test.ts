import { describe, expect, it } from 'vitest';
import { summaryText } from '../../../components/sidebar/summary';

const counts = (c: Partial<Parameters<typeof summaryText>[0]>) => ({ comments: 0, onPage: 0, total: null, roots: 0, participants: 0, unloaded: 0, ...c });

describe('the sidebar summary', () => {
  it("says how much of the post's comments is on the page, known and missing", () => {
    expect(summaryText(counts({ comments: 300, onPage: 25, total: 1904, participants: 120, unloaded: 1604 }))).toBe(
      '25 of 1,904 comments on the page · 275 more in the outline · 120 participants · 1,604 not loaded',
    );
  });

  it('says plainly when the whole thread is on the page', () => {
    expect(summaryText(counts({ comments: 6, onPage: 6, total: 6, participants: 1 }))).toBe('6 comments · 1 participant');
  });

  it("falls back to lemmy-ui's own count of unloaded replies when the post's count is unknown", () => {
    expect(summaryText(counts({ comments: 25, onPage: 25, participants: 9, unloaded: 172 }))).toBe('25 comments · 9 participants · 172 not loaded');
  });

  it('never says fewer comments than it knows when the count grew while loading', () => {
    expect(summaryText(counts({ comments: 12, onPage: 10, total: 11, participants: 2 }))).toBe('10 of 12 comments on the page · 2 more in the outline · 2 participants');
  });
});
