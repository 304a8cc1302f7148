import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../../utils/features/registry';
import { ROOT } from './imports';

/**
 * Every feature is a room of its own (utils/features/<folder>), started from
 * the one registry and named in the architecture page, the way a newcomer
 * finds it. A folder nobody registered, or a feature the page does not name,
 * fails here.
 */
const FEATURES_DIR = join(ROOT, 'utils/features');
const folders = readdirSync(FEATURES_DIR).filter((name) => statSync(join(FEATURES_DIR, name)).isDirectory());
const registry = readFileSync(join(FEATURES_DIR, 'registry.ts'), 'utf8');
const architecture = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');

describe('features as rooms', () => {
  it('has feature folders and registered features to check', () => {
    expect(folders.length).toBeGreaterThanOrEqual(6);
    expect(FEATURES.length).toBeGreaterThanOrEqual(folders.length);
  });

  it('starts every feature folder from the registry', () => {
    for (const folder of folders) expect(registry, `utils/features/${folder} is not in the registry`).toContain(`from './${folder}/`);
  });

  it('names every feature folder and every registered feature in docs/architecture.md', () => {
    for (const folder of folders) expect(architecture, `docs/architecture.md does not name utils/features/${folder}`).toContain(`utils/features/${folder}`);
    for (const { name } of FEATURES) expect(architecture, `docs/architecture.md does not name the feature "${name}"`).toContain(`\`${name}\``);
  });

  it('registers each feature once', () => {
    const names = FEATURES.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
