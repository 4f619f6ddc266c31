/**
 * The built Firefox package (.output/firefox-mv2): the manifest Firefox and
 * addons.mozilla.org read, the same features as the Chrome build, and nothing
 * test-only (the Firefox tests drive this very build; there is no test build).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELEASE_EXTENSION_DIR as EXTENSION_DIR } from '../harness';
import { ADDON_ID, FIREFOX_RELEASE_DIR as FIREFOX_EXTENSION_DIR, findFirefox, requireFirefoxBuild } from './harness';

interface Manifest {
  manifest_version: number;
  permissions: string[];
  commands: Record<string, { suggested_key?: { default?: string } }>;
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
    gecko_android?: { strict_min_version?: string };
  };
  browser_action?: { default_popup?: string };
  options_ui?: { page?: string };
  content_scripts: { matches: string[]; js: string[] }[];
  web_accessible_resources?: unknown;
  [key: string]: unknown;
}

requireFirefoxBuild(FIREFOX_EXTENSION_DIR);
const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const firefox = read(FIREFOX_EXTENSION_DIR);
const major = (version: string) => Number.parseInt(version, 10);

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));

/** The files of a build, with the content hashes of chunk names taken out (they differ between the builds). */
const shape = (dir: string) =>
  filesIn(dir)
    .map((f) => f.replace(/-[\w-]{8}\.js$/, '.js'))
    .toSorted();

describe('Firefox manifest', () => {
  const gecko = firefox.browser_specific_settings?.gecko;

  it('is Manifest V2, the version WXT targets for Firefox, with a toolbar popup and an options page', () => {
    expect(firefox.manifest_version).toBe(2);
    expect(firefox.browser_action?.default_popup).toBe('popup.html');
    expect(firefox.options_ui?.page).toBe('options.html');
  });

  it('has a fixed add-on id', () => {
    expect(gecko?.id).toBe(ADDON_ID);
  });

  it('needs Firefox 140 or later (the CSS Custom Highlight API), which the Firefox under test is', () => {
    const min = major(gecko?.strict_min_version ?? '0');
    expect(min).toBeGreaterThanOrEqual(140);
    const installed = execFileSync(findFirefox(), ['--version'], { encoding: 'utf8' });
    expect(major(/(\d+\.\d+)/.exec(installed)?.[1] ?? '0')).toBeGreaterThanOrEqual(min);
  });

  it('declares Firefox for Android, from the first version with all Gloss needs', () => {
    // Without gecko_android, addons.mozilla.org does not offer the add-on on Android at all.
    const android = firefox.browser_specific_settings?.gecko_android;
    expect(android).toBeDefined();
    const min = major(android?.strict_min_version ?? '0');
    // The Highlight API (140, as on the desktop), and the data-collection declaration Android reads from 142 on.
    expect(min).toBeGreaterThanOrEqual(major(gecko?.strict_min_version ?? '0'));
    expect(min).toBe(142);
  });

  it('declares that Gloss collects no data', () => {
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('asks for the same permissions, commands and pages as the Chrome build', () => {
    const chrome = read(EXTENSION_DIR);
    expect(firefox.permissions.toSorted()).toEqual(chrome.permissions.toSorted());
    expect(firefox.commands).toEqual(chrome.commands);
    expect(firefox.content_scripts.map((c) => c.matches)).toEqual(chrome.content_scripts.map((c) => c.matches));
  });
});

describe('nothing test-only in the Firefox package', () => {
  it('exposes no page to web content and has only the popup and options pages', () => {
    expect(firefox.web_accessible_resources).toBeUndefined();
    expect(
      filesIn(FIREFOX_EXTENSION_DIR)
        .filter((f) => f.endsWith('.html'))
        .toSorted(),
    ).toEqual(['options.html', 'popup.html']);
  });

  it('has the same files as the Chrome build, apart from the manifest', () => {
    expect(shape(FIREFOX_EXTENSION_DIR)).toEqual(shape(EXTENSION_DIR));
  });
});
