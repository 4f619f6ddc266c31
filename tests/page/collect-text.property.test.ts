// @vitest-environment happy-dom
/**
 * Property tests for text collection over random DOM trees (random nesting
 * of blocks and inlines, skipped elements, editors, hidden subtrees, text
 * with any code unit: lone surrogates, right-to-left scripts, combining
 * marks), checked against a slow oracle written here from the rules, not
 * from the code: every readable text node lands in exactly one chunk, in
 * document order; a chunk is the text of its nodes; a chunk never crosses a
 * block or a skipped element, and is as long as those allow. Then the matcher
 * over the chunks: nothing throws, and every match becomes a range in the
 * page's text nodes that reads exactly the matched text, inside readable text,
 * in order, without overlaps. Fixed seed, bounded runs.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { continuesName } from '../../src/matching/continuation';
import { matcherFor } from '../../src/matching/matcher';
import { collectChunks } from '../../src/page/collect-text';
import { PageTerms } from '../../src/page/page-terms';
import { installHighlightStandIn } from '../helpers/highlight-stand-in';
import { entry, tableOf } from '../helpers/table';

const params = { seed: 20261122, numRuns: 300 };

const BLOCKS = ['p', 'div', 'li', 'section', 'h2', 'td'];
const INLINES = ['span', 'b', 'a', 'em', 'i', 'strong'];
/** Elements whose text is never read (a sample of the collector's list). */
const SKIPPED_TAGS = ['script', 'style', 'textarea', 'code', 'pre', 'button', 'svg', 'noscript'];
/** Attributes that take an element out: editors and hidden subtrees (and contenteditable="false", which does not). */
const ATTRIBUTES: [string, string][] = [
  ['hidden', ''],
  ['aria-hidden', 'true'],
  ['aria-hidden', 'false'],
  ['contenteditable', ''],
  ['contenteditable', 'true'],
  ['contenteditable', 'plaintext-only'],
  ['contenteditable', 'false'],
];

/** The oracle's rules, from the module's contract. */
function skipped(el: Element): boolean {
  if (SKIPPED_TAGS.includes(el.localName)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}
function block(node: Node): Node | null {
  let p = node.parentNode;
  while (p !== null && p.nodeType === 1 && INLINES.includes((p as Element).localName)) p = p.parentNode;
  return p;
}

type Tree = { text: string } | { tag: string; attr: [string, string] | null; children: Tree[] };

const textArb = fc.oneof(
  // Terms whole, in pieces (so inline markup can split them), and separators.
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'NATO',
      ' NATO ',
      ' NATO ',
      ' Self-Defense Forces ',
      ' Kishida ',
      ' SDF ',
      'NA',
      'TO',
      'Self-',
      'Defense',
      ' Forces',
      'Kishi',
      'da',
      ' ',
      '',
      '\n',
      '.',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  // Right-to-left scripts and combining marks next to the terms.
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.constantFrom('ا', 'ل', 'ح', 'ש', 'ל', 'ו', '\u0301', '\u0308', ' ', 'N', 'A', 'T', 'O', '\u200f'),
      maxLength: 12,
    }),
  },
);

const forest = fc.letrec<{ node: Tree; nodes: Tree[] }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb.map((text) => ({ text })),
    // A term split by inline markup: "<span><b> NA</b>TO </span>".
    fc
      .constantFrom([' NA', 'TO '], [' Self-', 'Defense Forces '], [' Self-Defense', ' Forces '], [' Kishi', 'da '])
      .map(([a, b]): Tree => ({
        tag: 'span',
        attr: null,
        children: [{ tag: 'b', attr: null, children: [{ text: a }] }, { text: b }],
      })),
    fc.record({
      tag: fc.constantFrom(...BLOCKS, ...INLINES, ...INLINES, ...SKIPPED_TAGS),
      attr: fc.option(fc.constantFrom(...ATTRIBUTES), { freq: 4 }),
      children: tie('nodes'),
    }),
  ),
  nodes: fc.array(tie('node'), { maxLength: 5 }),
}));
const treeArb: fc.Arbitrary<Tree[]> = fc.array(forest.node, { minLength: 3, maxLength: 10 });

function build(trees: Tree[], parent: Node): void {
  for (const t of trees) {
    if ('text' in t) {
      parent.appendChild(document.createTextNode(t.text));
    } else {
      const el = document.createElement(t.tag);
      if (t.attr) el.setAttribute(t.attr[0], t.attr[1]);
      build(t.children, el);
      parent.appendChild(el);
    }
  }
}

/** The readable text nodes under `root`, in document order (the oracle). */
function readable(root: Element): Text[] {
  const out: Text[] = [];
  const visit = (n: Node) => {
    if (n.nodeType === 3) {
      if ((n as Text).data.length > 0) out.push(n as Text);
    } else if (n.nodeType === 1 && !skipped(n as Element)) {
      for (const c of n.childNodes) visit(c);
    }
  };
  for (const c of root.childNodes) visit(c);
  return out;
}

/** Is there a skipped element between two text nodes in document order? */
function skippedBetween(root: Element, a: Text, b: Text): boolean {
  for (const el of root.querySelectorAll('*')) {
    const afterA = (a.compareDocumentPosition(el) & 4) !== 0; // FOLLOWING
    const beforeB = (el.compareDocumentPosition(b) & 4) !== 0;
    if (afterA && beforeB && skipped(el)) return true;
  }
  return false;
}

function fresh(trees: Tree[]): HTMLElement {
  document.body.replaceChildren();
  const root = document.createElement('main');
  document.body.append(root);
  build(trees, root);
  return root;
}

describe('collectChunks properties', () => {
  it('every readable text node in one chunk, in order; a chunk is its nodes’ text, one block, unbroken, maximal', () => {
    fc.assert(
      fc.property(treeArb, (trees) => {
        const root = fresh(trees);
        const chunks = collectChunks(root);
        for (const c of chunks) {
          expect(c.nodes.length).toBeGreaterThan(0);
          expect(c.text).toBe(c.nodes.map((n) => n.data).join(''));
          let at = 0;
          c.nodes.forEach((n, i) => {
            expect(c.starts[i]).toBe(at);
            at += n.data.length;
          });
          for (let i = 1; i < c.nodes.length; i++) {
            expect(block(c.nodes[i])).toBe(block(c.nodes[0]));
            expect(skippedBetween(root, c.nodes[i - 1], c.nodes[i])).toBe(false);
          }
        }
        expect(chunks.flatMap((c) => c.nodes)).toEqual(readable(root));
        // Maximal: two chunks in a row are apart for a reason (another block, or something skipped between).
        for (let i = 1; i < chunks.length; i++) {
          const a = chunks[i - 1].nodes.at(-1)!;
          const b = chunks[i].nodes[0];
          expect(block(a) !== block(b) || skippedBetween(root, a, b)).toBe(true);
        }
      }),
      params,
    );
  });
});

describe('the matcher over collected chunks', () => {
  const table = tableOf(
    entry('nato', [{ text: 'NATO' }]),
    entry('sdf', [{ text: 'Self-Defense Forces' }, { text: 'SDF' }]),
    entry('kishida', [{ text: 'Kishida' }]),
  );
  const matcher = matcherFor(table);

  beforeAll(installHighlightStandIn);

  it('gives ranges that read the matched text, inside readable text, in order, never overlapping', () => {
    const seen = { matches: 0, acrossNodes: 0 };
    fc.assert(
      fc.property(treeArb, (trees) => {
        const root = fresh(trees);
        const terms = new PageTerms(table, document);
        const expected: string[] = [];
        for (const chunk of collectChunks(root)) {
          const result = matcher.scan(chunk.text);
          const m = result.matches;
          for (let i = 0; i < m.length; i += 3) {
            // A name run on into a longer one ("NATO Xy") is not this entry (see matching/continuation.ts).
            if (continuesName(chunk.text, m[i], m[i + 1], table.aliases[m[i + 2]][1], i + 3 < m.length ? m[i + 3] : -1))
              continue;
            expected.push(chunk.text.slice(m[i], m[i + 1]));
          }
          terms.addChunk(chunk, result);
        }
        terms.settle();
        const matches = terms.orderedMatches();
        seen.matches += matches.length;
        seen.acrossNodes += matches.filter((m) => m.nodes.length > 1).length;
        expect(matches.map((m) => m.range.toString())).toEqual(expected);
        const text = new Set(readable(root));
        for (const m of matches) {
          expect(text.has(m.range.startContainer as Text) && text.has(m.range.endContainer as Text)).toBe(true);
          expect(m.nodes[0]).toBe(m.range.startContainer);
          expect(m.nodes.at(-1)).toBe(m.range.endContainer);
          // Each node of a match holds part of it: it starts on a character of its first node, ends after one of
          // its last.
          expect(m.startOffset).toBeLessThan(m.nodes[0].length);
          expect(m.endOffset).toBeGreaterThan(0);
          // The hover hit test finds the match at its first character.
          expect(terms.matchAt(m.nodes[0], m.startOffset)).toBe(m);
        }
        // Never overlapping: each match starts at or after the end of the one before.
        for (let i = 1; i < matches.length; i++) {
          expect(matches[i - 1].range.compareBoundaryPoints(Range.END_TO_START, matches[i].range)).toBeLessThanOrEqual(
            0,
          );
        }
        terms.clear();
      }),
      params,
    );
    // The trees do exercise this: many matches, some across inline markup.
    expect(seen.matches).toBeGreaterThan(params.numRuns);
    expect(seen.acrossNodes).toBeGreaterThan(10);
  });
});
