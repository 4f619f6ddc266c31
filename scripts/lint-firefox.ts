/**
 * `web-ext lint` on the Firefox build, failing on every error and on every
 * warning that Gloss's own code causes. Warnings that come from a dependency
 * bundled into a chunk (React's innerHTML for dangerouslySetInnerHTML, zod's
 * `Function('')` probe for its JIT) are listed with the package they come from.
 *
 * Which source a warning comes from is read from source maps: a second Firefox
 * build with hidden maps (GLOSS_SOURCEMAPS=1, into .output/sourcemapped) whose
 * code is checked to be byte-identical to the release build's.
 *
 * Usage: npm run lint:firefox (after npm run build).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

const ROOT = resolve(import.meta.dirname, '..');
export const RELEASE_DIR = join(ROOT, '.output/firefox-mv2');
export const MAPPED_DIR = join(ROOT, '.output/sourcemapped/firefox-mv2');

/** One message of `web-ext lint --output json`. */
export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface Attributed extends LintMessage {
  /** The original source file (relative to the repo), when a source map knows it. */
  source: string | null;
  /** The npm package the source belongs to, or null for Gloss's own code (or no known source). */
  dependency: string | null;
}

/** The package a source path belongs to (`node_modules/@scope/name/...` or `node_modules/name/...`). */
export function packageOf(source: string): string | null {
  const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source.replaceAll('\\', '/'));
  return match ? match[1] : null;
}

/**
 * Finds the original source of each message with the build's source maps. `mapOf(file)` returns the map's JSON
 * for a built file, or null when it has none (the manifest, HTML): such a message counts as Gloss's own.
 */
export function attribute(messages: LintMessage[], mapOf: (file: string) => string | null): Attributed[] {
  return messages.map((m) => {
    const map = m.file && m.line !== undefined ? mapOf(m.file) : null;
    if (map === null || m.line === undefined) return { ...m, source: null, dependency: null };
    // web-ext reports ESLint's 1-based columns; source maps count from 0.
    const original = originalPositionFor(new TraceMap(map), { line: m.line, column: Math.max(0, (m.column ?? 1) - 1) });
    const source = original.source === null ? null : original.source.replace(/^(\.\.\/)+/, '');
    return { ...m, source, dependency: source === null ? null : packageOf(source) };
  });
}

function lint(): { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] } {
  const run = spawnSync(
    join(ROOT, 'node_modules/.bin/web-ext'),
    ['lint', '--source-dir', RELEASE_DIR, '--self-hosted', '--output', 'json'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const json = run.stdout.slice(run.stdout.indexOf('{'));
  return JSON.parse(json) as ReturnType<typeof lint>;
}

function buildWithMaps(): void {
  const run = spawnSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], {
    cwd: ROOT,
    env: { ...process.env, GLOSS_SOURCEMAPS: '1' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`the source-mapped Firefox build failed:\n${run.stdout}\n${run.stderr}`);
}

/** The map of a built file, after checking the mapped build's copy is the release file byte for byte. */
function mapFor(file: string): string | null {
  if (!file.endsWith('.js')) return null;
  const released = join(RELEASE_DIR, file);
  const mapped = join(MAPPED_DIR, file);
  if (!existsSync(mapped) || !existsSync(`${mapped}.map`)) return null;
  if (!readFileSync(released).equals(readFileSync(mapped))) {
    throw new Error(`${file} differs between the release and source-mapped builds: rebuild with npm run build`);
  }
  return readFileSync(`${mapped}.map`, 'utf8');
}

function main(): void {
  if (!existsSync(join(RELEASE_DIR, 'manifest.json'))) throw new Error('No Firefox build: run `npm run build` first.');
  buildWithMaps();
  const { errors, warnings, notices } = lint();
  const all = attribute([...errors, ...warnings, ...notices], mapFor);
  const own = all.filter((m) => m.dependency === null);
  for (const m of all) {
    const where = `${m.file ?? '(extension)'}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}`;
    const from = m.dependency ? `from ${m.dependency} (${m.source})` : `GLOSS'S OWN${m.source ? ` (${m.source})` : ''}`;
    console.log(`${m.code}  ${where}  ${from}: ${m.message}`);
  }
  console.log(
    `web-ext lint: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices; ` +
      `${own.length} from Gloss's own code, ${all.length - own.length} from dependencies.`,
  );
  if (errors.length > 0 || own.length > 0) process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
