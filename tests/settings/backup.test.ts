/**
 * Export and import: a round trip changes nothing; a bad file is refused with
 * each problem and its place, and leaves what is stored exactly as it was,
 * including when the storage quota runs out during the write.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { backupFile, MAX_BACKUP_BYTES, parseBackup, restoreBackup } from '../../src/settings/backup';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../src/settings/schema';
import { ownEntry } from '../helpers/own-entry';

beforeEach(() => fakeBrowser.reset());

const stored = () => fakeBrowser.storage.local.get(null);
const backup = {
  settings: { ...DEFAULT_SETTINGS, markStyle: 'background' as const, hiddenEntries: ['nato'], dwellMs: 400 },
  ownEntries: [ownEntry(), ownEntry({ id: 'own-aukus', title: 'AUKUS', aliases: [{ text: 'AUKUS' }] })],
};
const file = (over: Record<string, unknown>) =>
  JSON.stringify({
    format: 'gloss-backup',
    version: SETTINGS_VERSION,
    settings: DEFAULT_SETTINGS,
    ownEntries: [],
    ...over,
  });

function refused(text: string, bytes?: number): string[] {
  const result = parseBackup(text, bytes);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

describe('backup', () => {
  it('round-trips: export, import, export gives the same file', async () => {
    const text = backupFile(backup, new Date('2026-11-22T10:00:00Z'));
    const parsed = parseBackup(text);
    expect(parsed).toEqual({ ok: true, backup, exported: '2026-11-22T10:00:00.000Z' });
    await restoreBackup(backup);
    const { currentBackup } = await import('../../src/settings/backup');
    const again = backupFile(await currentBackup(), new Date('2026-11-22T10:00:00Z'));
    expect(again).toBe(text);
  });

  it('imports a file from version 1 through the same migrations as storage', () => {
    const result = parseBackup(file({ version: 1, settings: { paused: true, disabledSites: ['a.com'] } }));
    expect(result).toMatchObject({
      ok: true,
      backup: { settings: { ...DEFAULT_SETTINGS, paused: true, disabledSites: ['a.com'] } },
    });
  });

  it.each([
    ['invalid JSON', '{"format": "gloss-backup",', /not valid JSON/],
    ['not a backup at all', '[1, 2, 3]', /not a Gloss backup/],
    ['another program’s JSON', '{"theme": "dark"}', /not a Gloss backup/],
    ['a file from a newer Gloss', file({ version: 99 }), /newer version of Gloss/],
    ['an unknown top-level field', file({ extra: 1 }), /^the value: Unrecognized key: "extra"/],
  ])('refuses %s', (_, text, message) => {
    expect(refused(text)[0]).toMatch(message);
  });

  it('refuses wrong types and unknown fields, naming each place', () => {
    const problems = refused(
      file({
        settings: { ...DEFAULT_SETTINGS, paused: 'yes', dwellMs: '250', colour: 'red' },
        ownEntries: [{ ...ownEntry(), aliases: 'Quad' }],
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^settings: Unrecognized key: "colour"/),
        expect.stringMatching(/^settings\.paused: /),
        expect.stringMatching(/^settings\.dwellMs: /),
        expect.stringMatching(/^ownEntries\.0\.aliases: /),
      ]),
    );
  });

  it('refuses 10 MB before reading it', () => {
    expect(refused('', 10 * 1024 * 1024)[0]).toMatch(/10\.0 MB; a Gloss backup is at most 2 MB/);
    expect(MAX_BACKUP_BYTES).toBeLessThan(10 * 1024 * 1024);
  });

  it.each([
    ['markup', { summary: '<img src=x onerror=alert(1)>' }, /ownEntries\.0\.summary: must be plain text/],
    ['a javascript: link', { link: 'javascript:alert(document.cookie)' }, /ownEntries\.0\.link: must be a web address/],
    ['a data: link', { link: 'data:text/html;base64,PHNjcmlwdD4=' }, /ownEntries\.0\.link: must be a web address/],
    ['a 10,000-character field', { details: 'x'.repeat(10_000) }, /ownEntries\.0\.details: must be at most 1200/],
    ['a lone surrogate', { title: '\uDC00Quad' }, /ownEntries\.0\.title: must be valid Unicode/],
  ])('refuses own entries with %s', (_, change, message) => {
    expect(refused(file({ ownEntries: [{ ...ownEntry(), ...change }] }))).toEqual([expect.stringMatching(message)]);
  });

  it('refuses huge arrays', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `site${i}.com`);
    expect(refused(file({ settings: { ...DEFAULT_SETTINGS, disabledSites: many } }))[0]).toMatch(
      /settings\.disabledSites: must have at most 10,000/,
    );
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a "%s" key and pollutes nothing', (key) => {
    const text = file({}).replace('"settings":{', `"settings":{"${key}":{"polluted":true},`);
    expect(refused(text)[0]).toMatch(new RegExp(`settings: Unrecognized key: "${key}"`));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a refused file leaves stored data untouched', async () => {
    await restoreBackup(backup);
    const before = await stored();
    expect(parseBackup(file({ settings: { paused: 3 } })).ok).toBe(false);
    expect(await stored()).toEqual(before);
  });

  it('quota exceeded during the import: a clear message, and nothing changed', async () => {
    await restoreBackup(backup);
    const before = await stored();
    const spy = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(restoreBackup({ settings: DEFAULT_SETTINGS, ownEntries: [] })).rejects.toThrow(
      /storage for Gloss is full.*Nothing was changed/,
    );
    spy.mockRestore();
    expect(await stored()).toEqual(before);
  });

  it('stores settings and own entries in one write, with their versions', async () => {
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set');
    await restoreBackup(backup);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0][0]).toEqual({
      settings: backup.settings,
      settings$: { v: SETTINGS_VERSION },
      ownEntries: backup.ownEntries,
      ownEntries$: { v: 1 },
    });
    spy.mockRestore();
  });
});
