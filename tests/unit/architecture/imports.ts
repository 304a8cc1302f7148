import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/** The repository's root, and the folders whose imports the architecture tests read. */
export const ROOT = normalize(join(import.meta.dirname, '../../..'));
const SOURCES = ['entrypoints', 'components', 'utils'];

export interface Import {
  from: string;
  to: string;
  /** `import type …`: erased at build time. */
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolve(from: string, spec: string): string | null {
  const base = join(dirname(from), spec.split('?')[0]!);
  for (const ext of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) {
    try {
      if (statSync(base + ext).isFile()) return relative(ROOT, base + ext);
    } catch {
      // not this one
    }
  }
  return null;
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;

/** Every relative import of the project's own source files, resolved to repository paths. */
export function projectImports(): Import[] {
  return SOURCES.flatMap((dir) => sourceFiles(join(ROOT, dir))).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(IMPORT)].flatMap((m) => {
      const to = resolve(file, m[3]!);
      return to && /\.(ts|tsx)$/.test(to) ? [{ from: relative(ROOT, file), to, typeOnly: !!m[2] }] : [];
    });
  });
}
