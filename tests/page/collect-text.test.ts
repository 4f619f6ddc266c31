// @vitest-environment happy-dom
/**
 * Text collection and skipping rules. Each case is the HTML next to the
 * chunks expected from it (as Yomitan keeps its DOM-scanner cases).
 */
import { describe, expect, it } from 'vitest';
import { ChunkWalker, collectChunks } from '../../src/page/collect-text';

function chunksOf(html: string, host: Element | null = null): string[] {
  document.body.innerHTML = html;
  return collectChunks(document.body, host).map((c) => c.text);
}

describe('collectChunks', () => {
  it.each([
    ['<p>Fumio Kishida said</p>', ['Fumio Kishida said']],
    ['<p><b>Fumio</b> Kishida said</p>', ['Fumio Kishida said']],
    ['<p>Japan<i>ese</i> troops</p>', ['Japanese troops']],
    ['<p>One</p><p>Two</p>', ['One', 'Two']],
    ['<p>Before <div>inside</div> after</p>', ['Before ', 'inside', ' after']],
    ['<p>NATO</p><script>var NATO = 1</script><style>.NATO{}</style><noscript>NATO</noscript>', ['NATO']],
    ['<p>read</p><textarea>NATO</textarea><input value="NATO"><select><option>NATO</option></select>', ['read']],
    ['<div contenteditable="true"><p>NATO draft</p></div><p>NATO</p>', ['NATO']],
    ['<div contenteditable="false"><p>NATO</p></div>', ['NATO']],
    ['<p>use <code>NATO()</code> and</p><pre>NATO</pre>', ['use ', ' and']],
    ['<p hidden>NATO</p><p aria-hidden="true">NATO</p><p>seen</p>', ['seen']],
    ['<svg><text>NATO</text></svg><p>x</p>', ['x']],
    ['<ul><li>A <a href="#">NATO</a> link</li></ul>', ['A NATO link']],
    // An empty skipped element ends the chunk wherever it sits between two texts; a comment or an empty inline
    // element does not.
    ['<p>NATO<button></button>summit</p>', ['NATO', 'summit']],
    ['<p><b>NATO<i><svg></svg></i></b> summit</p>', ['NATO', ' summit']],
    ['<p>NATO <span hidden></span><b>summit</b></p>', ['NATO ', 'summit']],
    ['<p>NATO<!-- x --> <i></i>summit</p>', ['NATO summit']],
    ['<p><b><i>NATO</i></b><a><b>summit</b></a></p>', ['NATOsummit']],
  ] as [string, string[]][])('%s', (html, expected) => {
    expect(chunksOf(html)).toEqual(expected);
  });

  it("never enters Gloss's own host", () => {
    document.body.innerHTML = '<p>NATO</p><gloss-explainer><p>NATO card</p></gloss-explainer>';
    const host = document.querySelector('gloss-explainer');
    expect(collectChunks(document.body, host).map((c) => c.text)).toEqual(['NATO']);
  });

  it('maps chunk offsets back to text nodes', () => {
    document.body.innerHTML = '<p>The <a>Diet</a> met</p>';
    const [chunk] = collectChunks(document.body);
    expect(chunk.nodes.map((n) => n.data)).toEqual(['The ', 'Diet', ' met']);
    expect(chunk.starts).toEqual([0, 4, 8]);
  });

  it('walks a skipped element that is the last child without losing what follows its parent', () => {
    expect(chunksOf('<div><p>a</p><script>x</script></div><p>b</p>')).toEqual(['a', 'b']);
  });
});

/** The texts of the chunks a walker has left. */
function rest(walker: ChunkWalker): string[] {
  const out: string[] = [];
  for (let c = walker.next(); c !== null; c = walker.next()) out.push(c.text);
  return out;
}

describe('ChunkWalker between slices', () => {
  it('finishes the page when the page removed the node the walk stood on', () => {
    document.body.innerHTML = '<div><p>a</p><p id="b">b</p><p>c</p></div><p>d</p>';
    const walker = new ChunkWalker(document.body);
    expect(walker.next()?.text).toBe('a');
    walker.save();
    document.getElementById('b')!.remove(); // the walk stands on b's text, waiting to start the next chunk
    walker.restore();
    const after = rest(walker);
    expect(after.slice(-2)).toEqual(['c', 'd']);
    expect(walker.revisiting).toBe(true);
  });

  it('goes on as before when the page left its position alone', () => {
    document.body.innerHTML = '<p>a</p><p>b</p><p>c</p>';
    const walker = new ChunkWalker(document.body);
    expect(walker.next()?.text).toBe('a');
    walker.save();
    document.body.append(document.createElement('hr'));
    walker.restore();
    expect(rest(walker)).toEqual(['b', 'c']);
    expect(walker.revisiting).toBe(false);
  });
});
