/**
 * The background's wiring of the context menu and keyboard commands: each
 * sends the page the request the content script acts on. (The fake browser
 * WXT ships implements neither contextMenus nor commands, so this stands in
 * for the browser with listeners the test can fire.)
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: never[]) => unknown;
const listeners: Record<string, Listener> = {};
const on = (name: string) => ({ addListener: (fn: Listener) => (listeners[name] = fn) });
const browser = {
  runtime: { onInstalled: on('installed') },
  contextMenus: { create: vi.fn<(p: object) => void>(), onClicked: on('menu') },
  commands: { onCommand: on('command') },
  tabs: {
    query: vi.fn<() => Promise<{ id: number }[]>>(async () => [{ id: 7 }]),
    sendMessage: vi.fn<(tabId: number, message: unknown, options?: object) => Promise<unknown>>(async () => true),
  },
};
vi.mock('wxt/browser', () => ({ browser }));

const { initPageCommands, MENU_ID } = await import('../../src/background/page-commands');

beforeEach(() => {
  vi.clearAllMocks();
  initPageCommands();
});

describe('context menu', () => {
  it('is created on install, for selections only', () => {
    (listeners.installed as () => void)();
    expect(browser.contextMenus.create).toHaveBeenCalledWith({
      id: MENU_ID,
      title: 'Explain with Gloss',
      contexts: ['selection'],
    });
  });

  it('asks the page in that tab and frame to explain the selected text', async () => {
    await (listeners.menu as (info: object, tab: object) => Promise<void>)(
      { menuItemId: MENU_ID, selectionText: 'Kishida', frameId: 3 },
      { id: 42 },
    );
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(
      42,
      { type: 'explainSelection', text: 'Kishida' },
      { frameId: 3 },
    );
  });

  it('ignores other menus', async () => {
    await (listeners.menu as (info: object, tab: object) => Promise<void>)({ menuItemId: 'other' }, { id: 42 });
    expect(browser.tabs.sendMessage).not.toHaveBeenCalled();
  });
});

describe('keyboard commands', () => {
  it.each([
    ['next-term', { type: 'stepTerm', direction: 'next' }],
    ['previous-term', { type: 'stepTerm', direction: 'previous' }],
    ['explain-selection', { type: 'explainSelection' }],
  ])('%s asks the active tab to %o', async (command, request) => {
    await (listeners.command as (c: string) => Promise<void>)(command);
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(7, request, undefined);
  });

  it('ignores unknown commands', async () => {
    await (listeners.command as (c: string) => Promise<void>)('something-else');
    expect(browser.tabs.sendMessage).not.toHaveBeenCalled();
  });

  it('does not throw when the page cannot answer (a browser page)', async () => {
    browser.tabs.sendMessage.mockRejectedValueOnce(new Error('Could not establish connection'));
    await expect((listeners.command as (c: string) => Promise<void>)('next-term')).resolves.toBeUndefined();
  });
});

describe('Firefox for Android', () => {
  it('starts without the context menus and keyboard commands Android lacks', () => {
    const saved = { contextMenus: browser.contextMenus, commands: browser.commands };
    const bare = browser as Partial<typeof browser>;
    delete bare.contextMenus;
    delete bare.commands;
    try {
      expect(() => initPageCommands()).not.toThrow();
    } finally {
      Object.assign(browser, saved);
    }
  });
});
