/**
 * Knowledge errors are kind to contributors (issue #19): a mistake planted in a copy of the real knowledge base
 * gives exactly one error, naming the file, the line and column, and the field. Before, a typo in one entry's
 * category dropped the entry, and every entry that related to it got a false "unknown related id" error.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { knowledgeDir } from '../../src/knowledge/location';
import { loadKnowledge, parseKnowledgeFile } from '../../src/knowledge/read-files';
import { formatKnowledgeError, KnowledgeValidationError } from '../../src/knowledge/validate';

let root: string;
let dir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'gloss-knowledge-'));
  dir = join(root, 'knowledge');
  mkdirSync(dir);
  for (const name of readdirSync(knowledgeDir()).filter((n) => n.endsWith('.yaml')))
    copyFileSync(join(knowledgeDir(), name), join(dir, name));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Replaces the first `find` after the line `after` in `file` by `replace`; returns the changed line's number. */
function plant(file: string, after: string, find: string, replace: string): number {
  const path = join(dir, file);
  const lines = readFileSync(path, 'utf8').split('\n');
  const start = lines.indexOf(after);
  expect(start, `"${after}" in ${file}`).toBeGreaterThanOrEqual(0);
  const at = lines.findIndex((line, i) => i > start && line.includes(find));
  lines[at] = lines[at].replace(find, replace);
  writeFileSync(path, lines.join('\n'));
  return at + 1;
}

function errors(): string[] {
  try {
    loadKnowledge(dir, root);
    return [];
  } catch (error) {
    if (!(error instanceof KnowledgeValidationError)) throw error;
    return error.errors.map(formatKnowledgeError);
  }
}

describe('a mistake planted in the knowledge base', () => {
  it('the copy is valid before anything is planted', () => {
    expect(errors()).toEqual([]);
  });

  it('a misspelt category: one error, at its line, and no false errors in the entries that relate to it', () => {
    const line = plant('japan.yaml', '- id: fumio-kishida', 'category: person', 'category: persn');
    expect(errors()).toEqual([expect.stringMatching(new RegExp(`^knowledge/japan\\.yaml:${line}:13 category: `))]);
  });

  it('an alias that starts with a dash: one error, at the alias', () => {
    const line = plant('japan.yaml', '- id: fumio-kishida', '- text: Kishida Fumio', '- text: "-Kishida Fumio"');
    expect(errors()).toEqual([`knowledge/japan.yaml:${line}:13 aliases[2].text: must start with a letter or digit`]);
  });

  it('a related id that does not exist: one error, at it', () => {
    const line = plant('japan.yaml', '- id: fumio-kishida', '- shinzo-abe', '- shinzo-abbe');
    expect(errors()).toEqual([`knowledge/japan.yaml:${line}:7 related[3]: unknown related id "shinzo-abbe"`]);
  });

  it('a misspelt field name: one error, naming the field it should be', () => {
    const line = plant('japan.yaml', '- id: fumio-kishida', 'subtitle:', 'subtitel:');
    expect(errors()).toEqual([`knowledge/japan.yaml:${line}:3 subtitel: unknown field (did you mean "subtitle"?)`]);
  });

  it('a broken id still counts for the entries relating to it, and its own related ids are checked', () => {
    const line = plant('japan.yaml', '- id: fumio-kishida', 'title: Fumio Kishida', 'title: <Fumio Kishida>');
    plant('japan.yaml', '- id: fumio-kishida', '- shinzo-abe', '- shinzo-abbe');
    expect(errors()).toEqual([
      `knowledge/japan.yaml:${line}:10 title: must be plain text (no "<" or ">")`,
      expect.stringMatching(/^knowledge\/japan\.yaml:\d+:7 related\[3\]: unknown related id "shinzo-abbe"$/),
    ]);
  });

  it('broken YAML: one error, at its line', () => {
    const line = plant('japan.yaml', '- id: fumio-kishida', 'title: Fumio Kishida', 'title: "Fumio Kishida');
    const found = errors();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^knowledge/japan\\.yaml:${line}:\\d+ \\(file\\): is not valid YAML`));
  });
});

describe('aliases written as plain strings', () => {
  it('read as the object form, and are checked the same way', () => {
    const file = parseKnowledgeFile(
      'knowledge/x.yaml',
      [
        '- id: komeito',
        '  title: Komeito',
        '  category: organisation',
        '  aliases:',
        '    - Komeito',
        '    - { text: New Komeito, case: exact }',
        '  summary: A Japanese political party.',
        '  sources:',
        '    - { title: Komeito, url: "https://www.komei.or.jp/en/" }',
        '  checked: 2026-11-22',
      ].join('\n'),
    );
    if (Array.isArray(file)) throw new Error(file.map(formatKnowledgeError).join('\n'));
    expect(file.locate?.([0, 'aliases', 1])).toEqual({ line: 6, col: 7 });
  });
});
