/**
 * The settings store on WXT's fake browser: what is read is validated, older
 * versions are migrated, an unreadable stored value is never lost (reading
 * leaves it, the first write keeps it aside), and changes from two pages at
 * once both land.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../src/settings/schema';

beforeEach(() => {
  fakeBrowser.reset();
  // Each test defines the storage items afresh, as an extension page does when it opens (migrations run then).
  vi.resetModules();
});

const store = () => import('../../src/settings/store');

describe('settings store', () => {
  it('gives the defaults when nothing is stored', async () => {
    const { loadSettings } = await store();
    await expect(loadSettings()).resolves.toEqual({ settings: DEFAULT_SETTINGS });
  });

  it('stores a change, validated', async () => {
    const { loadSettings, updateSettings } = await store();
    await updateSettings((s) => ({ ...s, disabledSites: ['bbc.co.uk'], markStyle: 'background' }));
    await expect(loadSettings()).resolves.toEqual({
      settings: { ...DEFAULT_SETTINGS, disabledSites: ['bbc.co.uk'], markStyle: 'background' },
    });
  });

  it('refuses an invalid change and stores nothing', async () => {
    const { SETTINGS_KEY, updateSettings } = await store();
    await expect(updateSettings((s) => ({ ...s, disabledSites: ['<script>'] }))).rejects.toThrow(/host name/);
    await expect(updateSettings((s) => ({ ...s, dwellMs: 5 }))).rejects.toThrow(/>=100/);
    await expect(fakeBrowser.storage.local.get(SETTINGS_KEY)).resolves.toEqual({});
  });

  it('reads a damaged value as the defaults, says so, and leaves it in place', async () => {
    const damaged = { paused: 'sometimes', disabledSites: 'all' };
    await fakeBrowser.storage.local.set({ settings: damaged, settings$: { v: SETTINGS_VERSION } });
    const { loadSettings } = await store();
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.problem).toMatch(/could not read your stored settings \(paused: .*\).*kept/);
    await expect(fakeBrowser.storage.local.get('settings')).resolves.toEqual({ settings: damaged });
  });

  it('keeps a damaged value aside before the first write replaces it', async () => {
    const damaged = { paused: 'sometimes' };
    await fakeBrowser.storage.local.set({ settings: damaged, settings$: { v: SETTINGS_VERSION } });
    const { loadSettings, rejectedSettings, updateSettings } = await store();
    await updateSettings((s) => ({ ...s, paused: true }));
    await expect(rejectedSettings()).resolves.toEqual(damaged);
    await expect(loadSettings()).resolves.toEqual({ settings: { ...DEFAULT_SETTINGS, paused: true } });
  });

  it('two pages changing different settings at once both land', async () => {
    const { loadSettings, updateSettings } = await store();
    await Promise.all([
      updateSettings((s) => ({ ...s, paused: true })),
      updateSettings((s) => ({ ...s, hiddenEntries: [...s.hiddenEntries, 'nato'] })),
      updateSettings((s) => ({ ...s, hiddenEntries: [...s.hiddenEntries, 'g7'] })),
    ]);
    const { settings } = await loadSettings();
    expect(settings.paused).toBe(true);
    expect(settings.hiddenEntries.toSorted()).toEqual(['g7', 'nato']);
  });
});

describe('settings migrations, from every earlier version', () => {
  it('version 1 without "marking" (no version stored)', async () => {
    await fakeBrowser.storage.local.set({ settings: { paused: false, disabledSites: ['a.com'] } });
    const { loadSettings } = await store();
    await expect(loadSettings()).resolves.toEqual({ settings: { ...DEFAULT_SETTINGS, disabledSites: ['a.com'] } });
    // Migrated in storage, with its new version, so the content script reads the full shape.
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['a.com'] });
    expect(stored.settings$).toEqual({ v: SETTINGS_VERSION });
  });

  it('version 1 with "marking"', async () => {
    await fakeBrowser.storage.local.set({
      settings: { paused: true, disabledSites: [], marking: 'fewer' },
      settings$: { v: 1 },
    });
    const { loadSettings } = await store();
    await expect(loadSettings()).resolves.toEqual({
      settings: { ...DEFAULT_SETTINGS, paused: true, marking: 'fewer' },
    });
  });

  it('a damaged version 1 value stays as it was, for the reader to export', async () => {
    const damaged = ['not', 'settings'];
    await fakeBrowser.storage.local.set({ settings: damaged, settings$: { v: 1 } });
    const { loadSettings } = await store();
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.problem).toBeDefined();
    await expect(fakeBrowser.storage.local.get('settings')).resolves.toEqual({ settings: damaged });
  });

  it('the migration only adds: what version 1 stored is kept as it was', async () => {
    const { migrateSettings } = await import('../../src/settings/migrations');
    const v1 = { paused: true, disabledSites: ['b.org'], marking: 'more' };
    expect(migrateSettings(v1, 1, 2)).toEqual({ ...DEFAULT_SETTINGS, firstMentionOnly: false, ...v1 });
    expect(migrateSettings(v1, 1, 3)).toEqual({ ...DEFAULT_SETTINGS, ...v1 });
    expect(migrateSettings('garbage', 1, 3)).toBe('garbage');
    expect(migrateSettings(v1, 3, 3)).toBe(v1);
  });

  it('version 2: every mention was the default, so it becomes the first mention; a ticked box stays ticked', async () => {
    const { migrateSettings } = await import('../../src/settings/migrations');
    const v2 = { ...DEFAULT_SETTINGS, firstMentionOnly: false, marking: 'more' };
    expect(migrateSettings(v2, 2, 3)).toEqual({ ...v2, firstMentionOnly: true });
    const ticked = { ...DEFAULT_SETTINGS, firstMentionOnly: true, paused: true };
    expect(migrateSettings(ticked, 2, 3)).toEqual(ticked);
    await fakeBrowser.storage.local.set({ settings: v2, settings$: { v: 2 } });
    const { loadSettings } = await store();
    await expect(loadSettings()).resolves.toEqual({ settings: { ...v2, firstMentionOnly: true } });
  });
});
