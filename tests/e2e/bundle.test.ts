/**
 * The content script runs on every page: its size has a budget, checked here
 * on the built extension (sizes, not timings). Issue #6 sets 40 KB gzipped;
 * the libraries meant for the popup and background must not leak into it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, requireBuild } from './harness';

const BUDGET_GZIP_BYTES = 40 * 1024;

describe('content script', () => {
  requireBuild();
  const code = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'));

  it(`stays within ${BUDGET_GZIP_BYTES / 1024} KB gzipped`, () => {
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('carries neither zod, Fuse.js, React nor the entry details', () => {
    const text = code.toString('utf8');
    expect(text).not.toMatch(/safeParse|ZodError/); // zod
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
