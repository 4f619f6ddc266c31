/**
 * The content script runs on every page: its size has a budget, checked here
 * on the built extension (sizes, not timings). Issue #6 sets 40 KB gzipped;
 * the libraries meant for the popup and background must not leak into it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { RELEASE_EXTENSION_DIR as EXTENSION_DIR, requireBuild, ROOT } from './harness';

const BUDGET_GZIP_BYTES = 40 * 1024;

describe('content script', () => {
  requireBuild(EXTENSION_DIR);
  const code = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'));

  it(`stays within ${BUDGET_GZIP_BYTES / 1024} KB gzipped`, () => {
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('carries neither classic zod, Fuse.js, React nor the entry details', () => {
    const text = code.toString('utf8');
    // The settings schema is zod/mini (src/settings/schema.ts), which the bundler keeps only as used; classic zod's
    // chained methods would all come along.
    expect(text).not.toMatch(/superRefine|toJSONSchema/); // classic zod
    expect(text).not.toMatch(/parseIndex|createIndex/); // Fuse.js
    expect(text).not.toMatch(/react\.element|__REACT_DEVTOOLS/); // React
    expect(text).not.toMatch(/"sources":\[/); // entry details load on demand
  });
});

describe('manifest', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    permissions: string[];
    commands: Record<string, { suggested_key?: { default?: string } }>;
  };

  it('asks only for the permissions the README justifies', () => {
    expect(manifest.permissions.toSorted()).toEqual(['activeTab', 'contextMenus', 'storage']);
  });

  it('declares the keyboard commands with default shortcuts', () => {
    for (const command of ['next-term', 'previous-term', 'explain-selection']) {
      expect(manifest.commands[command]?.suggested_key?.default, command).toMatch(/^Alt\+Shift\+[A-Z]$/);
    }
  });
});

describe('both built manifests', () => {
  // The Firefox build is made by `npm run build` (and `npm test`) too; the e2e tests need only Chrome's.
  const builds = ['chrome-mv3', 'firefox-mv2'].filter((b) => existsSync(join(ROOT, '.output', b, 'manifest.json')));

  it.each(builds)('%s asks for the narrowest access the README justifies, and loads no remote code', (build) => {
    const manifest = JSON.parse(readFileSync(join(ROOT, '.output', build, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    > & { permissions: string[]; content_scripts: Record<string, unknown>[] };
    expect(manifest.permissions.toSorted()).toEqual(['activeTab', 'contextMenus', 'storage']);
    expect(manifest.host_permissions ?? manifest.optional_permissions ?? null).toBeNull();
    // The content script: http(s) pages, the top document only.
    expect(manifest.content_scripts.map((c) => [c.matches, c.all_frames ?? false])).toEqual([
      [['http://*/*', 'https://*/*'], false],
    ]);
    // No loosened content security policy: the extension's pages run only the scripts it ships.
    expect(manifest.content_security_policy ?? null).toBeNull();
    expect(manifest.web_accessible_resources ?? null).toBeNull();
  });
});
