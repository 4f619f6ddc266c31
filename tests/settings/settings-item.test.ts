/**
 * One settings reader (issue #19): every shape settings were ever stored in, since version 1, read the way the
 * content script reads them (readSettings, on what one storage.local.get gave) and the way the extension pages
 * do (the store, on WXT's fake browser, which migrates first), with the same result.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings, SETTINGS_VERSION } from '../../src/settings/schema';
import { readSettings, SETTINGS_STORAGE_KEYS, settingsFromChange } from '../../src/settings/settings-item';

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

const V2_FULL: Settings = {
  paused: true,
  siteMode: 'listed',
  disabledSites: ['x.com'],
  enabledSites: ['nytimes.com', '127.0.0.1:8080'],
  marking: 'more',
  markStyle: 'background',
  markColour: 'contrast',
  firstMentionOnly: true,
  trigger: 'modifier',
  modifier: 'Shift',
  dwellMs: 600,
  cardFontSize: 'larger',
  theme: 'dark',
  hiddenCategories: ['person', 'economy'],
  hiddenEntries: ['nato'],
};

/** [what, storage.local's contents, the settings expected, whether a problem is reported] */
const SHAPES: [string, Record<string, unknown>, Settings, boolean][] = [
  ['nothing stored (a fresh install)', {}, DEFAULT_SETTINGS, false],
  [
    'version 1, without a version key',
    { settings: { paused: true, disabledSites: ['bbc.co.uk'] } },
    { ...DEFAULT_SETTINGS, paused: true, disabledSites: ['bbc.co.uk'] },
    false,
  ],
  [
    'version 1 with `marking`, and its version key',
    { settings: { paused: false, disabledSites: [], marking: 'fewer' }, settings$: { v: 1 } },
    { ...DEFAULT_SETTINGS, marking: 'fewer' },
    false,
  ],
  ['version 1, empty', { settings: {}, settings$: { v: 1 } }, DEFAULT_SETTINGS, false],
  ['version 2, every field', { settings: V2_FULL, settings$: { v: 2 } }, V2_FULL, false],
  [
    'version 2, some fields (the rest at their defaults)',
    { settings: { theme: 'light', dwellMs: 400 }, settings$: { v: 2 } },
    { ...DEFAULT_SETTINGS, theme: 'light', dwellMs: 400 },
    false,
  ],
  [
    'version 2, damaged',
    { settings: { paused: 'sometimes', dwellMs: 5 }, settings$: { v: 2 } },
    DEFAULT_SETTINGS,
    true,
  ],
  [
    'version 3, every mention chosen',
    { settings: { firstMentionOnly: false }, settings$: { v: 3 } },
    { ...DEFAULT_SETTINGS, firstMentionOnly: false },
    false,
  ],
  ['version 1, damaged', { settings: { disabledSites: 'all' } }, DEFAULT_SETTINGS, true],
  ['not an object', { settings: [1, 2], settings$: { v: 2 } }, DEFAULT_SETTINGS, true],
  ['an unknown field', { settings: { ...V2_FULL, theme2: 'dark' }, settings$: { v: 2 } }, DEFAULT_SETTINGS, true],
];

describe('settings, read through the one settings item', () => {
  it('reads the settings and their version', () => {
    expect(SETTINGS_STORAGE_KEYS).toEqual(['settings', 'settings$']);
    expect(SETTINGS_VERSION).toBe(3); // a new version adds its shapes above
  });

  it.each(SHAPES)(
    '%s: the content script reads what the extension pages read',
    async (_, stored, expected, problem) => {
      const inPage = readSettings(stored);
      expect(inPage.value).toEqual(expected);
      expect(inPage.problem !== undefined).toBe(problem);
      await fakeBrowser.storage.local.set(stored);
      const { loadSettings } = await import('../../src/settings/store');
      const loaded = await loadSettings();
      expect(loaded.settings).toEqual(expected);
      expect(loaded.problem !== undefined).toBe(problem);
    },
  );

  it('reads a change the options page wrote at today’s version', () => {
    const changes = { settings: { newValue: { ...V2_FULL, hiddenEntries: ['g7'] } } };
    expect(settingsFromChange(changes)?.value).toEqual({ ...V2_FULL, hiddenEntries: ['g7'] });
  });

  it('migrates a change written with an older version key', () => {
    const changes = { settings: { newValue: { paused: true } }, settings$: { newValue: { v: 1 } } };
    expect(settingsFromChange(changes)?.value).toEqual({ ...DEFAULT_SETTINGS, paused: true });
  });

  it('reads removed settings as the defaults, and ignores changes to other keys', () => {
    expect(settingsFromChange({ settings: {} })).toEqual({ value: DEFAULT_SETTINGS });
    expect(settingsFromChange({ ownEntries: { newValue: [] } })).toBeNull();
  });
});
