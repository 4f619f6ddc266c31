/**
 * The context menu item and keyboard commands, which act on the page in the
 * active tab through its content script. The extension layer.
 */
import { browser } from 'wxt/browser';
import type { PageRequest } from '../messaging/protocol';
import { registerContextMenu } from '../platform/browser-differences';

export const MENU_ID = 'gloss-explain-selection';

/** Commands declared in the manifest (wxt.config.ts) and what each asks the page to do. */
export const COMMAND_REQUESTS: Record<string, PageRequest> = {
  'next-term': { type: 'stepTerm', direction: 'next' },
  'previous-term': { type: 'stepTerm', direction: 'previous' },
  'explain-selection': { type: 'explainSelection' },
};

/** Sends a request to the page in a tab; a tab without Gloss (a browser page) just doesn't answer. */
export async function sendToPage(tabId: number, request: PageRequest, frameId?: number): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, request, frameId === undefined ? undefined : { frameId });
  } catch {
    return undefined;
  }
}

export function initPageCommands(): void {
  // Firefox for Android has neither context menus nor keyboard commands (the namespaces are missing): a tap opens a
  // card there, and the popup lists the page's terms and explains a selection, so every function keeps a way in.
  if (browser.contextMenus) {
    // On install in Chrome, at every start in Firefox: see registerContextMenu.
    registerContextMenu(browser, { id: MENU_ID, title: 'Explain with Gloss', contexts: ['selection'] });
    browser.contextMenus.onClicked.addListener((info, tab) => {
      if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
      void sendToPage(tab.id, { type: 'explainSelection', text: info.selectionText ?? '' }, info.frameId);
    });
  }
  if (!browser.commands) return;
  browser.commands.onCommand.addListener(async (command) => {
    const request = COMMAND_REQUESTS[command];
    if (!request) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendToPage(tab.id, request);
  });
}
