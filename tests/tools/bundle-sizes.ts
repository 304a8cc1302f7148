/**
 * What the content script is made of: its gzip size (zlib level 9, as the bench) attributed to the
 * sources through its sourcemap. Per room (or per file with --files): the bytes, their gzip alone, and
 * the marginal gzip (the whole minus the whole without them). docs/performance.md, "Bundle".
 *
 *   THREADLENS_SOURCEMAP=1 THREADLENS_OUT=.output-sizes npx wxt build
 *   THREADLENS_OUT=.output-sizes npx tsx tests/tools/bundle-sizes.ts [--files]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lineSources } from './source-map';

const out = resolve(import.meta.dirname, '../..', process.env.THREADLENS_OUT ?? '.output');
const script = resolve(out, 'chrome-mv3/content-scripts/lemmy.js');
const byFile = process.argv.includes('--files');
const code = readFileSync(script, 'utf8').replace(/\n?\/\/# sourceMappingURL=.*\s*$/, '');
const map = JSON.parse(readFileSync(`${script}.map`, 'utf8')) as { sources: string[]; mappings: string };

/** The source of each character of the code (null where nothing maps). */
function owners(): (number | null)[] {
  const owner: (number | null)[] = new Array<number | null>(code.length).fill(null);
  let offset = 0;
  const codeLines = code.split('\n');
  lineSources(map.mappings).forEach((starts, i) => {
    const length = codeLines[i]?.length ?? 0;
    starts.forEach(([col, src], j) => {
      const end = j + 1 < starts.length ? starts[j + 1]![0] : length;
      for (let c = col; c < end; c++) owner[offset + c] = src;
    });
    offset += length + 1;
  });
  return owner;
}

function groupOf(source: string | undefined): string {
  if (!source) return '(unmapped)';
  const path = source.replace(/^(\.\.\/)+/, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return `npm:${pkg[1]}`;
  if (byFile) return path;
  const parts = path.split('/');
  return parts.slice(0, parts.length > 2 ? 2 : 1).join('/');
}

const gz = (text: string) => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;
const owner = owners();
const groups = new Map<string, boolean[]>();
owner.forEach((src, i) => {
  const g = groupOf(src === null ? undefined : map.sources[src]);
  if (!groups.has(g)) groups.set(g, new Array<boolean>(code.length).fill(false));
  groups.get(g)![i] = true;
});
const total = gz(code);
const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
const rows = [...groups].map(([group, mine]) => {
  const own = [...code].filter((_, i) => mine[i]).join('');
  const rest = [...code].filter((_, i) => !mine[i]).join('');
  return { group, raw: Buffer.byteLength(own), alone: gz(own), marginal: total - gz(rest) };
});
rows.sort((a, b) => b.marginal - a.marginal);
console.log(`content-scripts/lemmy.js: ${kb(Buffer.byteLength(code))} KB raw, ${kb(total)} KB gzip`);
console.log(`${'source'.padEnd(56)}  raw KB  gz alone  gz marginal`);
for (const r of rows) console.log(`${r.group.padEnd(56)}${kb(r.raw)}${kb(r.alone).padStart(10)}${kb(r.marginal).padStart(13)}`);
