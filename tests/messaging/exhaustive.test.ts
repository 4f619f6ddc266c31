/**
 * The compiler checks the handlers cover the contract (issue #19): a copy of src/ with one more request declared
 * on each side (schema and response, nothing else) must fail `tsc`, and exactly at the two handlers' switches
 * (the background's and the content script's), where `unhandled(request)` is no longer given `never`.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'gloss-exhaustive-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `text` with `insert` added after the one occurrence of `anchor` (fails loudly if the anchor moved). */
function after(text: string, anchor: string, insert: string): string {
  const at = text.indexOf(anchor);
  if (at < 0 || text.indexOf(anchor, at + 1) >= 0) throw new Error(`anchor not found once: ${anchor}`);
  return text.slice(0, at + anchor.length) + insert + text.slice(at + anchor.length);
}

describe('the handlers are exhaustive', () => {
  it('a request declared but not handled fails tsc at each handler', { timeout: 120_000 }, async () => {
    cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
    for (const shared of ['node_modules', '.wxt']) symlinkSync(join(ROOT, shared), join(dir, shared));
    const tsconfig = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ ...tsconfig, include: ['.wxt/wxt.d.ts', 'src'] }));

    const protocol = join(dir, 'src/messaging/protocol.ts');
    let text = readFileSync(protocol, 'utf8');
    text = after(
      text,
      "backgroundRequestSchema = z.discriminatedUnion('type', [",
      "\n  z.strictObject({ type: z.literal('forgotten') }),",
    );
    text = after(text, 'export interface BackgroundResponses {', '\n  forgotten: boolean;');
    text = after(
      text,
      "pageRequestSchema = z.discriminatedUnion('type', [",
      "\n  z.strictObject({ type: z.literal('forgottenToo') }),",
    );
    text = after(text, 'export interface PageResponses {', '\n  forgottenToo: boolean;');
    writeFileSync(protocol, text);

    const tsc = join(ROOT, 'node_modules/.bin/tsc');
    const result = await promisify(execFile)(tsc, ['--noEmit', '-p', dir], { cwd: dir }).then(
      () => ({ failed: false, output: '' }),
      (error: { stdout?: string }) => ({ failed: true, output: String(error.stdout ?? '') }),
    );
    expect(result.failed).toBe(true);
    const errors = result.output.split('\n').filter((line) => /error TS\d+/.test(line));
    expect(errors.map((line) => line.replace(/\(\d+,\d+\).*/, ''))).toEqual([
      'src/content/page-requests.ts',
      'src/messaging/background-handler.ts',
    ]);
    for (const line of errors) expect(line).toMatch(/not assignable to parameter of type 'never'/);
  });
});
