/**
 * The keyboard shortcuts as the browser has them now (the reader may have changed them), and the way to the
 * browser's own page for changing them. The extension layer. Firefox for Android has no `commands` at all:
 * both then answer that there is nothing to show or open.
 */
import { browser } from 'wxt/browser';
import { isFirefoxBuild } from '../platform/browser-differences';

export interface Shortcut {
  name: string;
  description: string;
  /** Empty when the reader (or the browser, for a key already taken) left the command without a key. */
  shortcut: string;
}

type CommandsApi = {
  getAll?: () => Promise<{ name?: string; description?: string; shortcut?: string }[]>;
  /** Firefox 137+: opens about:addons' "Manage Extension Shortcuts". */
  openShortcutSettings?: () => Promise<void>;
};

const commands = (): CommandsApi | undefined => (browser as unknown as { commands?: CommandsApi }).commands;

/** null where the browser has no keyboard commands (Firefox for Android). */
export async function readShortcuts(): Promise<Shortcut[] | null> {
  const api = commands();
  if (typeof api?.getAll !== 'function') return null;
  const all = await api.getAll();
  return all
    .filter((c) => c.name && !c.name.startsWith('_'))
    .map((c) => ({ name: c.name!, description: c.description ?? c.name!, shortcut: c.shortcut ?? '' }));
}

/** Where shortcuts are changed, in words, for this browser. */
export function howToChangeShortcuts(firefox = isFirefoxBuild()): string {
  return firefox
    ? 'In Firefox: open about:addons, click the gear icon, and choose “Manage Extension Shortcuts”.'
    : 'In Chrome and other Chromium browsers: open chrome://extensions/shortcuts.';
}

/** Opens the browser's page for changing shortcuts; false when it cannot be opened from here. */
export async function openShortcutSettings(firefox = isFirefoxBuild()): Promise<boolean> {
  try {
    const api = commands();
    if (firefox) {
      if (typeof api?.openShortcutSettings !== 'function') return false;
      await api.openShortcutSettings();
      return true;
    }
    await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    return true;
  } catch {
    return false;
  }
}
