/**
 * Makes a zip's bytes depend only on its files: WXT's zips stamp every entry
 * with the time of the build and list files in the order the file system
 * returned them, so two builds of the same sources gave different archives.
 * Rewritten with entries sorted by name and one fixed date, the same sources
 * give the same zip, byte for byte (README "Release packages").
 */
import { readFile, writeFile } from 'node:fs/promises';
import JSZip from 'jszip';

/**
 * The date every entry carries: 1980-01-01, the earliest a zip can store, or SOURCE_DATE_EPOCH (seconds) when
 * the release process sets it, as reproducible-builds.org suggests.
 */
export function entryDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date(Date.UTC(1980, 0, 1));
}

/** The zip rebuilt with sorted entries and a fixed date, compressed as WXT does (DEFLATE, level 9). */
export async function normalizeZip(zip: Buffer, date = entryDate()): Promise<Buffer> {
  const source = await JSZip.loadAsync(zip);
  const out = new JSZip();
  for (const name of Object.keys(source.files).toSorted()) {
    const entry = source.files[name];
    if (entry.dir) out.file(name, null, { dir: true, date });
    else out.file(name, await entry.async('nodebuffer'), { date, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Rewrites the zip at `path` in place (WXT's zip:extension:done and zip:sources:done hooks call this). */
export async function normalizeZipFile(path: string): Promise<void> {
  await writeFile(path, await normalizeZip(await readFile(path)));
}
