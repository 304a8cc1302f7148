import { describe, expect, it } from 'vitest';
import { readPost } from '../../utils/lemmy/read-post';
import { readThread } from '../../utils/lemmy/read-thread';
import { matchQuotes } from '../../utils/quotes';
import { buildThread } from '../../utils/thread/build';
import { haveSharedFixtures, SEED, sharedPages } from './shared-fixtures';

/** The two sentences of the post body that panopticon quotes from (fixtures README). */
const SENTENCES = [
  'They began amid concerns among U.S. and European officials that the war has reached a stalemate and about the ability to continue providing aid to Ukraine, officials said.',
  'Biden administration officials also are worried that Ukraine is running out of forces, while Russia has a seemingly endless supply, officials said.',
];
const PANOPTICON = 5912377;

describe.skipIf(!haveSharedFixtures)('quotes on the real seed thread', () => {
  describe.each(sharedPages())('$name', ({ html }) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const read = readThread(doc, { host: SEED.host });
    const thread = buildThread(readPost(doc, SEED.postId, SEED.host), [...read.byId.values()]);
    const links = matchQuotes(thread);

    it('links panopticon’s two quotes to the two sentences of the post body, and nothing else', () => {
      expect(links.map((l) => [l.quoteOf, l.quoteIndex, l.source])).toEqual([
        [PANOPTICON, 0, { kind: 'post' }],
        [PANOPTICON, 1, { kind: 'post' }],
      ]);
      const text = thread.post!.text;
      const quotes = thread.byId.get(PANOPTICON)!.quotes;
      links.forEach((link, i) => {
        // The highlighted span is the quoted words, inside the i-th sentence of the body.
        const [span] = link.ranges;
        const sentenceAt = text.indexOf(SENTENCES[i]!);
        expect(link.ranges).toHaveLength(1);
        expect(text.slice(span!.start, span!.end)).toBe(quotes[i]);
        expect(span!.start).toBeGreaterThanOrEqual(sentenceAt);
        expect(span!.end).toBeLessThanOrEqual(sentenceAt + SENTENCES[i]!.length);
        expect(link.exact).toBe(true);
      });
    });
  });
});
