/**
 * A thread a hostile or broken instance could serve: markup in bodies, script,
 * `javascript:` links, text that looks like markup, a 5,000-letter word, RTL
 * and zero-width text, emoji, a 100 KB comment. Our own test strings.
 *
 * Markers: every string that would run if it were ever parsed as HTML pushes
 * its name onto `window.__tlRan`. Names starting with "page-" are the page's
 * own raw markup (it runs once, on load, whatever Threadlens does); "text-"
 * names are text in the page and must never run.
 */
import type { CommentSpec, ThreadSpec } from '../fixtures/thread-spec';

const HOST = '127.0.0.1';
const run = (name: string) => `(window.__tlRan=window.__tlRan||[]).push('${name}')`;

/** Text that is markup if anyone inserts it as HTML. */
export const TEXT_IMG = `<img src="/none.png" onerror="${run('text-img')}">`;
export const TEXT_SCRIPT = `<script>${run('text-script')}</script>`;
export const HUGE_WORD = 'a'.repeat(5000);
export const RTL = 'שלום עולם \u202Eevil.exe\u202C مرحبا بالعالم';
export const ZERO_WIDTH = 'zero\u200Bwidth\u200C joiners\u200D and\uFEFF marks';
export const EMOJI = '👩‍👩‍👧‍👦 🏳️‍🌈 🇫🇷 👍🏽 family flags and skin tones';
/** About 100 KB of ordinary words in paragraphs. */
export const HUNDRED_KB = Array.from({ length: 1000 }, (_, i) => `Paragraph ${i} of a very long comment, kept going on purpose for a while.`)
  .join('\n\n')
  .padEnd(100_000, ' filler');

let next = 9101;
function comment(parentId: number | null, body: string, extra: Partial<CommentSpec> = {}): CommentSpec {
  return { id: next++, parentId, author: { name: `user${next}`, instance: HOST }, up: 3, down: 1, body, ...extra };
}

const root = comment(null, 'An ordinary comment that the hostile ones reply to, with a sentence worth quoting here.');
const comments: CommentSpec[] = [
  root,
  comment(root.id, '', { bodyHtml: `<p>raw script</p><script>${run('page-script')}</script>` }),
  comment(root.id, '', { bodyHtml: `<p>raw image <img src="/missing.png" onerror="${run('page-img')}"></p>` }),
  comment(root.id, '', { bodyHtml: `<p><a href="javascript:${run('page-js-link')}">a javascript: link</a> and <a href="/ok">a fine one</a></p>` }),
  comment(root.id, '', { bodyHtml: '<style>threadlens-sidebar, threadlens-sidebar * { display: none !important }</style><p>a style element in a body</p>' }),
  comment(root.id, `Text that looks like markup: ${TEXT_IMG} ${TEXT_SCRIPT}`),
  comment(root.id, `> ${TEXT_IMG}\n\nQuoting markup-looking text.`),
  comment(root.id, `A huge word: ${HUGE_WORD}`),
  comment(root.id, RTL, { author: { name: 'rtl', instance: HOST, display: '\u202Eredro\u202C אבג' } }),
  comment(root.id, ZERO_WIDTH, { author: { name: 'zw', instance: HOST, display: `<b onmouseover="${run('text-name')}">name</b>` } }),
  comment(root.id, EMOJI),
  comment(root.id, HUNDRED_KB),
];

export const hostileThread: ThreadSpec = {
  host: HOST,
  post: { id: 6660, title: `A hostile thread ${TEXT_IMG}`, author: { name: 'op', instance: HOST }, community: 'robustness', body: 'The post body.', up: 10, down: 1 },
  comments,
};

/** Strings from the page that must reach the sidebar as text, exactly. */
export const TEXT_SAMPLES = [`A hostile thread ${TEXT_IMG}`, `Text that looks like markup: ${TEXT_IMG}`, `<b onmouseover="${run('text-name')}">name</b>`];
