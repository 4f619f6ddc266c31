/** scripts/reproducible-zip.ts: the same files give the same zip, whenever and in whatever order they were zipped. */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { entryDate, normalizeZip } from '../../scripts/reproducible-zip';

async function zipOf(files: [string, string][], date: Date): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of files) zip.file(name, text, { date });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const FILES: [string, string][] = [
  ['manifest.json', '{"name":"Gloss"}'],
  ['chunks/base.js', 'console.log(1)'],
  ['background.js', 'export {}'],
];

describe('normalizeZip', () => {
  it('gives the same bytes for the same files zipped at different times in a different order', async () => {
    const a = await zipOf(FILES, new Date('2026-01-01T10:00:00Z'));
    const b = await zipOf(FILES.toReversed(), new Date('2026-06-30T23:59:58Z'));
    expect(a.equals(b)).toBe(false);
    expect((await normalizeZip(a)).equals(await normalizeZip(b))).toBe(true);
  });

  it('keeps every file and its contents, sorted by name, with one fixed date', async () => {
    const zip = await JSZip.loadAsync(await normalizeZip(await zipOf(FILES, new Date())));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    expect(names).toEqual(['background.js', 'chunks/base.js', 'manifest.json']);
    for (const [name, text] of FILES) expect(await zip.files[name].async('string')).toBe(text);
    for (const entry of Object.values(zip.files)) expect(entry.date.getTime()).toBe(entryDate({}).getTime());
  });

  it('differs when a file differs', async () => {
    const changed = FILES.map(([n, t]): [string, string] => [n, n === 'background.js' ? 'export { x }' : t]);
    const [a, b] = await Promise.all([zipOf(FILES, new Date()), zipOf(changed, new Date())]);
    expect((await normalizeZip(a)).equals(await normalizeZip(b))).toBe(false);
  });
});

describe('entryDate', () => {
  it('is 1980-01-01 by default, or SOURCE_DATE_EPOCH when set', () => {
    expect(entryDate({}).toISOString()).toBe('1980-01-01T00:00:00.000Z');
    expect(entryDate({ SOURCE_DATE_EPOCH: '1767225600' }).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});
