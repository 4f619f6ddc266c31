// @vitest-environment happy-dom
/**
 * PageTerms over real (happy-dom) text nodes, with a stand-in for the CSS
 * Custom Highlight API (happy-dom has none; only its registry is used here).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { matcherFor } from '../../src/matching/matcher';
import { collectChunks } from '../../src/page/collect-text';
import { PageTerms } from '../../src/page/page-terms';
import { installHighlightStandIn } from '../helpers/highlight-stand-in';
import { entry, tableOf } from '../helpers/table';

beforeAll(installHighlightStandIn);

const table = tableOf(
  entry('sdf-japan', [{ text: 'SDF' }], { context: ['Japan', 'Tokyo'] }),
  entry('sdf-syria', [{ text: 'SDF' }], { context: ['Syria'] }),
);

const plain = tableOf(entry('nato', [{ text: 'NATO' }]));

describe('PageTerms', () => {
  it('keeps each context word once per block, however often the block repeats it', () => {
    // A long block of one paragraph: every contextual match's resolution walks its block's context words, so
    // with repeats kept the cost grew with (matches x words) and a 400 KB paragraph froze the page for seconds.
    document.body.innerHTML = `<p>${'Japan and Tokyo said the SDF would stay. '.repeat(200)}</p>`;
    const terms = new PageTerms(table, document);
    const matcher = matcherFor(table);
    for (const chunk of collectChunks(document.body)) terms.addChunk(chunk, matcher.scan(chunk.text));
    terms.settle();
    const matches = terms.orderedMatches();
    expect(matches).toHaveLength(200);
    expect(terms.entryIds(matches[0])).toEqual(['sdf-japan']);
    for (const m of matches) expect(m.nearby.toSorted()).toEqual([...new Set(m.nearby)].toSorted());
    expect(matches[0].nearby).toHaveLength(2);
  });

  it('forgets every match of a text node, however many it holds, before the node is read again', () => {
    // A live ticker rewrites a headline's text: its old matches must all go, or their ranges, collapsed by the
    // rewrite, stay in the highlight for good.
    document.body.innerHTML = '<p>NATO, NATO and NATO.</p>';
    const terms = new PageTerms(plain, document);
    const matcher = matcherFor(plain);
    const scan = () => {
      for (const chunk of collectChunks(document.body)) {
        terms.forgetNodes(chunk.nodes);
        terms.addChunk(chunk, matcher.scan(chunk.text));
      }
      terms.settle();
    };
    scan();
    expect(terms.orderedMatches()).toHaveLength(3);
    (document.querySelector('p')!.firstChild as Text).data = 'NATO left.';
    scan();
    expect(terms.orderedMatches().map((m) => m.range.toString())).toEqual(['NATO']);
    expect(terms.size).toBe(1);
  });

  it('marks an ambiguous term added later when the page already said what it means', () => {
    document.body.innerHTML = '<p>Japan: the SDF trained.</p>';
    const terms = new PageTerms(table, document);
    const matcher = matcherFor(table);
    const add = (root: Node) => {
      for (const chunk of collectChunks(root)) terms.addChunk(chunk, matcher.scan(chunk.text));
      terms.settle();
    };
    add(document.body);
    expect(terms.orderedMatches().map((m) => terms.entryIds(m))).toEqual([['sdf-japan']]);
    // Text the page adds later (a live blog): the evidence is unchanged, the new SDF means the same.
    const later = document.createElement('p');
    later.textContent = 'The SDF left.';
    document.body.append(later);
    add(later);
    expect(terms.orderedMatches().map((m) => terms.entryIds(m))).toEqual([['sdf-japan'], ['sdf-japan']]);
  });
});
