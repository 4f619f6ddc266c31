import { describe, expect, it } from 'vitest';
import { useEnglishMessages } from '../../src/settings/messages';
import { DEFAULT_SETTINGS, settingsSchema } from '../../src/settings/schema';

// The messages the extension pages show (zod's English ones).
useEnglishMessages();

describe('settings schema', () => {
  it('accepts the defaults as they are', () => {
    expect(settingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it('fills every field a value from before it existed lacks', () => {
    expect(settingsSchema.parse({})).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ['an unknown field', { theme2: 'dark' }, /Unrecognized key/],
    ['a site listed twice', { disabledSites: ['a.com', 'a.com'] }, /must not list anything twice/],
    ['a site that is not a host name', { enabledSites: ['javascript:alert(1)'] }, /host name/],
    ['a dwell below the range', { dwellMs: 50 }, />=100/],
    ['a dwell that is not whole', { dwellMs: 250.5 }, /expected int/],
    ['an unknown category', { hiddenCategories: ['gossip'] }, /Invalid option/],
    ['an entry id with markup', { hiddenEntries: ['<b>'] }, /entry id/],
    ['an unknown look', { markStyle: 'blink' }, /Invalid option/],
  ])('refuses %s', (_, change, message) => {
    const result = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].message).toMatch(message);
  });
});
