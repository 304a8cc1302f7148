import { describe, expect, it } from 'vitest';
import { asOrigin, MAX_HOST_LENGTH } from '../../../utils/settings/origin';
import { itemBytes, overQuota, QUOTA_BYTES_PER_ITEM } from '../../../utils/settings/quota';
import { parseSettings } from '../../../utils/settings/schema';
import { bytesOf, fullList, longer, longest, longestToTheByte, QUOTA, typical } from './instance-lists';

describe('the sync storage quota', () => {
  it('measures an item as its key plus its JSON, in bytes', () => {
    expect(QUOTA_BYTES_PER_ITEM).toBe(QUOTA);
    expect(itemBytes('instances', ['https://a.example'])).toBe('instances'.length + '["https://a.example"]'.length);
    expect(itemBytes('k', 'é')).toBe(1 + 4);
  });

  it('refuses hosts longer than DNS allows', () => {
    expect(MAX_HOST_LENGTH).toBe(253);
    expect(asOrigin(`https://${'a'.repeat(253)}`)).toBe(`https://${'a'.repeat(253)}`);
    expect(asOrigin(`https://${'a'.repeat(254)}`)).toBeNull();
  });

  it('keeps a stored list of 250 typical instances whole: it fits one sync item', () => {
    const list = typical(250);
    expect(bytesOf(list)).toBeLessThanOrEqual(QUOTA);
    expect(parseSettings({ instances: list })).toMatchObject({ settings: { instances: list }, errors: [] });
  });

  it('keeps the first instances that fit when storage lists more, and says so', () => {
    const { full } = fullList(longer);
    expect(full).toHaveLength(236);
    const { settings, errors } = parseSettings({ instances: longer(300) });
    expect(settings.instances).toEqual(full);
    expect(errors).toEqual(['instances: 300 listed, more than sync storage holds; the first 236 kept']);
  });

  it('cuts a list of the longest hosts at the byte budget, not at a count', () => {
    const exact = longestToTheByte(0);
    expect(bytesOf(exact)).toBe(QUOTA);
    expect(parseSettings({ instances: exact })).toMatchObject({ settings: { instances: exact }, errors: [] });
    const past = longestToTheByte(1);
    expect(bytesOf(past)).toBe(QUOTA + 1);
    expect(parseSettings({ instances: past })).toMatchObject({
      settings: { instances: past.slice(0, 30) },
      errors: ['instances: 31 listed, more than sync storage holds; the first 30 kept'],
    });
  });

  it('names the items that would not fit', () => {
    expect(overQuota({ settings: { theme: 'dark' }, instances: longestToTheByte(1) })).toEqual(['instances']);
    expect(overQuota({ settings: { theme: 'dark' }, instances: longestToTheByte(0) })).toEqual([]);
  });
});
