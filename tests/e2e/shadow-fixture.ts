/**
 * A page built from web components, for the shadow-root tests in Chromium (shadow-roots.test.ts) and Firefox
 * (firefox/shadow-roots.test.ts): an open root with a nested one, a closed root, text Gloss skips inside a root
 * (editable, code), a root the page adds after Gloss's scan (addLate) and a custom element defined after it
 * (defineLate). The page serializes its own DOM, shadow roots included and Gloss's host left out, before Gloss
 * runs (window.__before) and right after each change it makes itself (window.__afterLate), so a test can tell
 * that Gloss changed nothing.
 */
export const SHADOW_PAGE = `<!doctype html><html lang="en"><body style="font: 20px/1.6 serif; margin: 40px">
<p>Light text: the Diet in Tokyo met.</p>
<div id="open-host"></div>
<div id="closed-host"></div>
<x-later id="upgraded"></x-later>
<div id="late-place"></div>
<script>
  function serialize(root) {
    let out = '';
    for (const node of root.childNodes) {
      if (node.nodeType === 3) out += node.data;
      else if (node.nodeType === 1) {
        if (node.localName === 'gloss-explainer') continue;
        const attrs = [...node.attributes].map((a) => a.name + '="' + a.value + '"').join(' ');
        out += '<' + node.localName + (attrs ? ' ' + attrs : '') + '>';
        if (node.shadowRoot) out += '#shadow(' + serialize(node.shadowRoot) + ')';
        out += serialize(node) + '</' + node.localName + '>';
      }
    }
    return out;
  }
  window.serializePage = () => serialize(document.documentElement);
  window.pageSheet = new CSSStyleSheet();
  pageSheet.replaceSync('p { color: rgb(20, 20, 20); }');
  const open = document.getElementById('open-host').attachShadow({ mode: 'open' });
  open.adoptedStyleSheets = [pageSheet];
  open.innerHTML = '<p>NATO members met in Brussels.</p>' +
    '<div contenteditable="true">The European Union draft</div><p><code>Self-Defense Forces</code></p>' +
    '<div id="nested-host"></div>';
  open.getElementById('nested-host').attachShadow({ mode: 'open' }).innerHTML =
    '<p>Japan\\'s Self-Defense Forces trained.</p>';
  document.getElementById('closed-host').attachShadow({ mode: 'closed' }).innerHTML =
    '<p>The United Nations Security Council voted.</p>';
  window.addLate = () => {
    const late = document.createElement('section');
    late.attachShadow({ mode: 'open' }).innerHTML = '<p>The European Union answered.</p>';
    document.getElementById('late-place').append(late);
    window.__afterLate = serializePage();
  };
  window.defineLate = () => {
    customElements.define('x-later', class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = '<p>The Constitution of Japan was debated.</p>';
      }
    });
    window.__afterLate = serializePage();
  };
  window.__before = serializePage();
</script></body></html>`;

/** Runs in the page: each painted range's text, with the id of the host of its shadow root ('' in the document). */
export function marksWithHosts(): string[] {
  const out: string[] = [];
  CSS.highlights.forEach((h, name) => {
    if (!name.startsWith('gloss-term')) return;
    for (const r of h) {
      const root = (r as Range).startContainer.getRootNode();
      const host = root instanceof ShadowRoot ? root.host.id || root.host.localName : '';
      out.push(`${(r as Range).toString()}@${host}`);
    }
  });
  return out.toSorted();
}

/** Runs in the page: the viewport point at the middle of `text` in the page's text, open shadow roots included. */
export function pointInComposed(text: string): { x: number; y: number } | null {
  const visit = (root: Node): { x: number; y: number } | null => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element && node.shadowRoot) {
        const found = visit(node.shadowRoot);
        if (found) return found;
      }
      if (node.nodeType !== 3) continue;
      const i = (node as Text).data.indexOf(text);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + text.length);
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  };
  return visit(document.body);
}

/** Runs in the page: the open root's adopted sheets: how many, and whether the page's own is still first. */
export function openRootSheets(): { count: number; pageFirst: boolean } {
  const root = document.getElementById('open-host')!.shadowRoot!;
  const sheets = root.adoptedStyleSheets;
  return {
    count: sheets.length,
    pageFirst: sheets[0] === (window as unknown as { pageSheet: CSSStyleSheet }).pageSheet,
  };
}
