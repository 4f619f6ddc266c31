/** The Firefox harness says what to install when it finds no usable Firefox, instead of failing obscurely. */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFirefox } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'gloss-find-firefox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in executable that answers `--version` like Firefox `version` would. */
function fakeFirefox(version: string): string {
  const path = join(dir, `firefox-${version}`);
  writeFileSync(path, `#!/bin/sh\necho "Mozilla Firefox ${version}"\n`);
  chmodSync(path, 0o755);
  return path;
}

describe('findFirefox', () => {
  it('names the package to install when no Firefox is found', () => {
    expect(() => findFirefox([undefined, join(dir, 'missing')])).toThrow(/apt-get install -y firefox-esr/);
  });

  it('refuses a Firefox older than 140, which has no CSS Custom Highlight API', () => {
    expect(() => findFirefox([fakeFirefox('128.14.0esr')])).toThrow(/needs Firefox 140\+/);
  });

  it('takes the first candidate that exists and is new enough', () => {
    const esr = fakeFirefox('140.1.0esr');
    expect(findFirefox([join(dir, 'missing'), esr, fakeFirefox('153.7.0esr')])).toBe(esr);
  });
});
