import { describe, expect, it } from 'vitest';
import { asOrigin, MAX_HOST_LENGTH } from '../../../utils/instances/origins';
import { itemBytes, MAX_INSTANCES, overQuota, QUOTA_BYTES_PER_ITEM } from '../../../utils/settings/quota';
import { parseSettings } from '../../../utils/settings/schema';

/** `count` distinct origins, each as long as an origin may be. */
function longestOrigins(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `https://${String(i).padStart(3, '0')}${'a'.repeat(MAX_HOST_LENGTH - 3)}`);
}

describe('the sync storage quota', () => {
  it('measures an item as its key plus its JSON, in bytes', () => {
    expect(itemBytes('instances', ['https://a.example'])).toBe('instances'.length + '["https://a.example"]'.length);
    expect(itemBytes('k', 'é')).toBe(1 + 4);
  });

  it('refuses hosts longer than DNS allows, so the longest origin is known', () => {
    expect(MAX_HOST_LENGTH).toBe(253);
    expect(asOrigin(`https://${'a'.repeat(253)}`)).toBe(`https://${'a'.repeat(253)}`);
    expect(asOrigin(`https://${'a'.repeat(254)}`)).toBeNull();
  });

  it('the longest allowed instance list fits one sync item, and one more would not', () => {
    const most = longestOrigins(MAX_INSTANCES);
    expect(parseSettings({ instances: most }).settings.instances).toEqual(most);
    expect(itemBytes('instances', most)).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
    expect(itemBytes('instances', longestOrigins(MAX_INSTANCES + 1))).toBeGreaterThan(QUOTA_BYTES_PER_ITEM);
  });

  it('keeps the first instances that fit when storage lists more, and says so', () => {
    const { settings, errors } = parseSettings({ instances: longestOrigins(MAX_INSTANCES + 3) });
    expect(settings.instances).toEqual(longestOrigins(MAX_INSTANCES));
    expect(errors).toEqual([`instances: ${MAX_INSTANCES + 3} listed, more than sync storage holds; the first ${MAX_INSTANCES} kept`]);
  });

  it('names the items that would not fit', () => {
    expect(overQuota({ settings: { theme: 'dark' }, instances: longestOrigins(MAX_INSTANCES + 1) })).toEqual(['instances']);
    expect(overQuota({ settings: { theme: 'dark' }, instances: longestOrigins(MAX_INSTANCES) })).toEqual([]);
  });
});
