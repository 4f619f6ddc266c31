/** Talking to the content script in a tab, from the popup. The extension layer. */
import { browser } from 'wxt/browser';
import type { PageMessageType, PageRequest, PageResponse } from './protocol';

/** Sends a request to the page in a tab; undefined when no Gloss content script answers there. */
export async function askPage<T extends PageMessageType>(
  tabId: number,
  request: Extract<PageRequest, { type: T }>,
): Promise<PageResponse<T> | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, request)) as PageResponse<T> | undefined;
  } catch {
    return undefined;
  }
}

export interface TargetTab {
  id: number;
  /** Known when the popup was opened on the tab (activeTab) or the tab is ours to read. */
  url?: string;
}

/**
 * The tab the popup acts on: the one named by `?tab=` (the popup opened as a page for a given tab, as the
 * end-to-end tests and keyboard users who open it in a tab do), or else the active tab of the window.
 */
export async function targetTab(search = location.search): Promise<TargetTab | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param)).catch(() => null);
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}
