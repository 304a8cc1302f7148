import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** `--tl-name: value;` declarations of a CSS block, by name. */
function declarations(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/(--tl-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** The sidebar's tokens with the page's Bootstrap variables unset: their fallbacks. */
function fallbacks(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(declarations(block))) {
    const m = /^var\(--bs-[\w-]+,\s*([^)]+)\)$/.exec(value);
    if (m) out[name] = m[1]!.trim();
  }
  return out;
}

describe('the pages share the sidebar tokens', () => {
  const sidebar = read('components/sidebar/sidebar.css');
  const tokens = read('components/common/tokens.css');
  const [light, dark] = tokens.split('@media (prefers-color-scheme: dark)');

  it('light: the sidebar fallbacks, accent included', () => {
    const host = fallbacks(/:host\s*{([^}]*)}/.exec(sidebar)![1]!);
    expect(Object.keys(host).length).toBeGreaterThanOrEqual(5);
    expect(declarations(light!)).toMatchObject(host);
  });

  it('dark: the sidebar dark fallbacks (the accent is lighter, for contrast on our own pages)', () => {
    const { '--tl-accent': _accent, ...host } = fallbacks(/\[data-theme='dark'\]\s*{([^}]*)}/.exec(sidebar)![1]!);
    expect(Object.keys(host).length).toBeGreaterThanOrEqual(4);
    expect(declarations(dark!)).toMatchObject(host);
  });
});
