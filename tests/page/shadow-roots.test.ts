// @vitest-environment happy-dom
/** Finding open shadow roots (nested, skipped, closed) and ordering ranges across trees. */
import { describe, expect, it, vi } from 'vitest';
import { collectChunks } from '../../src/page/collect-text';
import { compareInPage, ShadowRoots } from '../../src/page/shadow-roots';

function page(): { a: ShadowRoot; nested: ShadowRoot; skipped: ShadowRoot } {
  document.body.innerHTML =
    '<p id="before">Before</p><div id="a"></div><div contenteditable="true"><span id="s"></span></div>' +
    '<div id="closed"></div><p id="after">After</p>';
  const a = document.getElementById('a')!.attachShadow({ mode: 'open' });
  a.innerHTML = '<p>In A</p><div id="n"></div>';
  const nested = a.getElementById('n')!.attachShadow({ mode: 'open' });
  nested.innerHTML = '<p>Nested <code>skip()</code> text</p>';
  const skipped = document.getElementById('s')!.attachShadow({ mode: 'open' });
  skipped.innerHTML = '<p>Inside an editor</p>';
  document.getElementById('closed')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>Closed</p>';
  return { a, nested, skipped };
}

describe('ShadowRoots', () => {
  it('finds open roots, nested ones too, but none inside skipped text, and each once', async () => {
    const { a, nested } = page();
    const watch = vi.fn<(root: ShadowRoot) => void>();
    const roots = new ShadowRoots(document, watch);
    expect(await roots.find(document.body, null)).toEqual([a, nested]);
    expect(watch.mock.calls.map(([r]) => r)).toEqual([a, nested]);
    expect(await roots.find(document.body, null)).toEqual([]);
  });

  it('finds a root in what was added later', () => {
    page();
    const roots = new ShadowRoots(document, () => {});
    const el = document.createElement('section');
    const late = el.attachShadow({ mode: 'open' });
    document.body.append(el);
    expect(roots.findIn([el], null)).toEqual([late]);
  });

  it('walks a root with the same skip rules as the page', () => {
    const { nested } = page();
    expect(collectChunks(nested).map((c) => c.text)).toEqual(['Nested ', ' text']);
  });
});

/** A collapsed range at the start of `node`. */
function at(node: Node): Range {
  const r = document.createRange();
  r.setStart(node, 0);
  return r;
}

describe('compareInPage', () => {
  it('orders ranges in different trees by their hosts', () => {
    const { a, nested } = page();
    const before = at(document.getElementById('before')!.firstChild!);
    const inA = at(a.querySelector('p')!.firstChild!);
    const inNested = at(nested.querySelector('p')!.firstChild!);
    const after = at(document.getElementById('after')!.firstChild!);
    const sorted = [after, inNested, before, inA].toSorted(compareInPage);
    expect(sorted).toEqual([before, inA, inNested, after]);
  });
});
