/**
 * An invalid knowledge file fails the build itself, naming the file, the line
 * and column, and the field: a real Vite build with Gloss's knowledge plugin over a temporary
 * knowledge/ directory.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { knowledgePlugin } from '../../scripts/knowledge-plugin';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function buildWith(yaml: string) {
  root = mkdtempSync(join(tmpdir(), 'gloss-kb-'));
  mkdirSync(join(root, 'knowledge'));
  writeFileSync(join(root, 'knowledge/topic.yaml'), yaml);
  writeFileSync(join(root, 'entry.js'), "import table from 'virtual:gloss/alias-table'; console.log(table);");
  return build({
    root,
    logLevel: 'silent',
    plugins: [knowledgePlugin({ root, dir: join(root, 'knowledge') })],
    build: { write: false, lib: { entry: join(root, 'entry.js'), formats: ['es'] } },
  });
}

const VALID = `- id: nato
  title: NATO
  category: organisation
  aliases: [{ text: NATO }]
  summary: A military alliance.
  sources: [{ title: NATO, url: "https://www.nato.int/" }]
  checked: 2026-11-22
`;

describe('the build', () => {
  it('compiles a valid knowledge base', async () => {
    await expect(buildWith(VALID)).resolves.toBeDefined();
  });

  it('fails on an invalid entry, naming the file and the field', async () => {
    await expect(buildWith(VALID.replace('https://www.nato.int/', 'http://www.nato.int/'))).rejects.toThrow(
      'knowledge/topic.yaml:6:33 sources[0].url: must be an https:// URL',
    );
  });

  it('fails on a file that is not YAML', async () => {
    await expect(buildWith('- id: [unclosed')).rejects.toThrow(
      /knowledge\/topic.yaml:1:\d+ \(file\): is not valid YAML/,
    );
  });

  it('fails on an unknown related id', async () => {
    await expect(buildWith(VALID.replace('checked:', 'related: [otan]\n  checked:'))).rejects.toThrow(
      'knowledge/topic.yaml:7:13 related[0]: unknown related id "otan"',
    );
  });
});
