import { describe, expect, it } from 'vitest';
import { DEFAULT_INSTANCES, DEFAULT_MATCHES } from '../../../utils/instances/defaults';
import { displayOrigin, isDefaultInstance, originFromInput, originFromPattern, originOfUrl, patternFor } from '../../../utils/instances/origins';
import { asOrigin } from '../../../utils/settings/origin';

describe('instance origins', () => {
  it('ships content scripts for the built-in instances only (whole sites: lemmy-ui navigates client-side)', () => {
    expect(DEFAULT_INSTANCES.length).toBeGreaterThanOrEqual(10);
    expect(DEFAULT_INSTANCES.length).toBeLessThanOrEqual(15);
    expect(DEFAULT_MATCHES).toEqual(DEFAULT_INSTANCES.map((host) => `https://${host}/*`));
    expect(DEFAULT_INSTANCES).not.toContain('lemm.ee');
  });

  it('reads what people type as an origin, https unless said otherwise', () => {
    expect(originFromInput('lemmy.example')).toBe('https://lemmy.example');
    expect(originFromInput(' https://Lemmy.Example/post/12?x=1 ')).toBe('https://lemmy.example');
    expect(originFromInput('http://localhost:8536')).toBe('http://localhost');
    expect(originFromInput('ftp://lemmy.example')).toBeNull();
    expect(originFromInput('not a host')).toBeNull();
    expect(originFromInput('')).toBeNull();
  });

  it('turns origins into host permission patterns and back', () => {
    expect(patternFor('https://lemmy.example')).toBe('https://lemmy.example/*');
    expect(originFromPattern('https://lemmy.example/*')).toBe('https://lemmy.example');
    expect(originFromPattern('http://localhost:8536/*')).toBe('http://localhost');
    expect(originFromPattern('*://lemmy.example/*')).toBe('https://lemmy.example');
    // Not one instance: the manifest's own path patterns, wildcards.
    expect(originFromPattern('https://lemmy.world/post/*')).toBeNull();
    expect(originFromPattern('*://*/*')).toBeNull();
    expect(originFromPattern('https://*.example/*')).toBeNull();
  });

  it('knows the built-in instances and names origins for people', () => {
    expect(isDefaultInstance('https://lemmy.world')).toBe(true);
    expect(isDefaultInstance('http://lemmy.world')).toBe(false);
    expect(isDefaultInstance('https://lemmy.example')).toBe(false);
    expect(displayOrigin('https://lemmy.example')).toBe('lemmy.example');
    expect(displayOrigin('http://localhost')).toBe('http://localhost');
    expect(originOfUrl('chrome://newtab/')).toBeNull();
    expect(originOfUrl(undefined)).toBeNull();
    expect(asOrigin('https://lemmy.example/')).toBeNull();
  });
});
