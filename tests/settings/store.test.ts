/**
 * The settings store on WXT's fake browser: what is read is validated, and an
 * unreadable stored value is never lost: reading leaves it, and the first
 * write keeps it aside before replacing it.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { loadSettings, rejectedSettings, SETTINGS_KEY, updateSettings } from '../../src/settings/store';

beforeEach(() => fakeBrowser.reset());

describe('settings store', () => {
  it('gives the defaults when nothing is stored', async () => {
    await expect(loadSettings()).resolves.toEqual({ settings: DEFAULT_SETTINGS });
  });

  it('stores a change, validated', async () => {
    await updateSettings((s) => ({ ...s, disabledSites: ['bbc.co.uk'] }));
    await expect(loadSettings()).resolves.toEqual({
      settings: { paused: false, disabledSites: ['bbc.co.uk'], marking: 'default' },
    });
  });

  it('refuses an invalid change and stores nothing', async () => {
    await expect(updateSettings((s) => ({ ...s, disabledSites: ['<script>'] }))).rejects.toThrow(/host name/);
    await expect(fakeBrowser.storage.local.get(SETTINGS_KEY)).resolves.toEqual({});
  });

  it('reads a damaged value as the defaults, says so, and leaves it in place', async () => {
    const damaged = { paused: 'sometimes', disabledSites: 'all' };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: damaged });
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.problem).toMatch(/could not be read .*kept the stored value/);
    await expect(fakeBrowser.storage.local.get(SETTINGS_KEY)).resolves.toEqual({ [SETTINGS_KEY]: damaged });
  });

  it('keeps a damaged value aside before the first write replaces it', async () => {
    const damaged = { paused: 'sometimes' };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: damaged });
    await updateSettings((s) => ({ ...s, paused: true }));
    await expect(rejectedSettings()).resolves.toEqual(damaged);
    await expect(loadSettings()).resolves.toEqual({
      settings: { paused: true, disabledSites: [], marking: 'default' },
    });
  });

  it('reads settings stored before "marking" existed, with its default', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { paused: false, disabledSites: ['a.com'] } });
    await expect(loadSettings()).resolves.toEqual({
      settings: { paused: false, disabledSites: ['a.com'], marking: 'default' },
    });
  });
});
