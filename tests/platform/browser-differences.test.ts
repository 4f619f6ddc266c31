/**
 * The browser differences that can be decided without a browser: when the
 * context menu is created, and which carets count. (Layout itself is checked in
 * real Chromium and Firefox by the end-to-end tests.)
 */
import { Window } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import {
  caretPositionAt,
  FIREFOX_MANIFEST_SETTINGS,
  type MenuApi,
  registerContextMenu,
} from '../../src/platform/browser-differences';

const item = { id: 'm', title: 'Explain', contexts: ['selection'] as ['selection'] };

function menuApi() {
  let installed: (() => void) | undefined;
  const api = {
    runtime: { onInstalled: { addListener: (fn: () => void) => void (installed = fn) } },
    contextMenus: { create: vi.fn<MenuApi['contextMenus']['create']>() },
  };
  return { api, install: () => installed?.() };
}

describe('registerContextMenu', () => {
  it('in Chrome, creates the item once, on install (Chrome keeps it across restarts)', () => {
    const { api, install } = menuApi();
    registerContextMenu(api, item, false);
    expect(api.contextMenus.create).not.toHaveBeenCalled();
    install();
    expect(api.contextMenus.create).toHaveBeenCalledExactlyOnceWith(item);
  });

  it('in Firefox, creates the item at every start (a persistent MV2 background page loses it on restart)', () => {
    const { api, install } = menuApi();
    registerContextMenu(api, item, true);
    expect(api.contextMenus.create).toHaveBeenCalledExactlyOnceWith(item);
    install();
    expect(api.contextMenus.create).toHaveBeenCalledTimes(1);
  });

  it('follows the build by default (vitest builds for Chrome)', () => {
    const { api } = menuApi();
    registerContextMenu(api, item);
    expect(api.contextMenus.create).toHaveBeenCalledTimes(import.meta.env.FIREFOX ? 1 : 0);
  });
});

describe('caretPositionAt', () => {
  const win = new Window();
  const doc = win.document as unknown as Document;
  doc.body.innerHTML = '<p>light text</p><div id="host"></div>';
  const light = doc.querySelector('p')!.firstChild!;
  const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
  shadow.append(doc.createTextNode('shadow text'));
  const inShadow = shadow.firstChild!;
  /** A document whose caret APIs answer `node`: the standard one, WebKit's, or neither. */
  const withCaret = (api: 'position' | 'range' | 'none', node: Node) =>
    Object.assign(Object.create(doc) as Document, {
      caretPositionFromPoint: api === 'position' ? () => ({ offsetNode: node, offset: 3 }) : undefined,
      caretRangeFromPoint:
        api === 'range' ? () => ({ startContainer: node, startOffset: 3 }) as unknown as Range : undefined,
    });

  it('uses the standard caretPositionFromPoint (Firefox 20+, Chrome 128+)', () => {
    const d = withCaret('position', light);
    Object.defineProperty(light, 'getRootNode', { value: () => d, configurable: true });
    expect(caretPositionAt(d, 1, 1)).toEqual({ node: light, offset: 3 });
  });

  it("falls back to WebKit's caretRangeFromPoint (Chrome before 128)", () => {
    const d = withCaret('range', light);
    Object.defineProperty(light, 'getRootNode', { value: () => d, configurable: true });
    expect(caretPositionAt(d, 1, 1)).toEqual({ node: light, offset: 3 });
  });

  it('gives no caret without either API', () => {
    expect(caretPositionAt(withCaret('none', light), 1, 1)).toBeNull();
  });

  it("ignores a caret inside a shadow tree, whichever engine did not retarget it: Gloss marks only the document's own text", () => {
    expect(inShadow.getRootNode()).toBe(shadow);
    expect(caretPositionAt(withCaret('position', inShadow), 1, 1)).toBeNull();
  });
});

describe('FIREFOX_MANIFEST_SETTINGS', () => {
  it('asks for a Firefox with the CSS Custom Highlight API (140) and declares no data collection', () => {
    expect(Number.parseFloat(FIREFOX_MANIFEST_SETTINGS.gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(FIREFOX_MANIFEST_SETTINGS.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
