/**
 * Reads the knowledge source files from disk. Node-only (used by the build
 * plugin, scripts and tests); the extension never imports it. Each file keeps
 * its YAML document, so an error names the line and column of the value it is
 * about (`knowledge/japan.yaml:42:5 aliases[2].text: ...`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { commonWords } from './common-words';
import { type CompiledKnowledge, compileKnowledge } from './compile';
import { mergeTiers } from './generated/merge';
import { readGeneratedSources } from './generated/read';
import {
  type FilePosition,
  type KnowledgeError,
  type KnowledgeFile,
  KnowledgeValidationError,
  type ValidatedKnowledge,
  validateKnowledge,
} from './validate';

/**
 * The position of the value at `path` in a parsed document: the deepest node on the path that exists (a missing
 * field is reported where its entry is). With `key`, or when a key has no value, where the key is written.
 */
function locator(
  root: Node | null,
  lines: LineCounter,
): (path: readonly PropertyKey[], key?: boolean) => FilePosition | undefined {
  return (path, key = false) => {
    let node: Node | null = root;
    let at: number | undefined = root?.range?.[0];
    for (const [i, step] of path.entries()) {
      if (isSeq(node) && typeof step === 'number') {
        const item = node.items[step] as Node | undefined;
        if (item === undefined) break;
        node = item;
      } else if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === step);
        if (pair === undefined) break;
        if ((key && i === path.length - 1) || pair.value === null || !(pair.value as Node).range) {
          at = (pair.key as Node).range?.[0] ?? at;
          node = null;
          break;
        }
        node = pair.value as Node;
      } else break;
      at = node.range?.[0] ?? at;
    }
    if (at === undefined) return undefined;
    const { line, col } = lines.linePos(at);
    return { line, col };
  };
}

/** One knowledge file's text, parsed, with where each value is written; `path` is shown in errors. */
export function parseKnowledgeFile(path: string, text: string): KnowledgeFile | KnowledgeError[] {
  const lines = new LineCounter();
  // uniqueKeys: a key written twice in one entry is an editing slip, not an override.
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, lineCounter: lines });
  if (doc.errors.length > 0) {
    return doc.errors.map((error) => {
      const { line, col } = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
      return { path, at: '(file)', message: `is not valid YAML: ${error.message.split('\n')[0]}`, line, col };
    });
  }
  return { path, data: doc.toJS() as unknown, locate: locator(doc.contents as Node | null, lines) };
}

/**
 * The whole knowledge base as files to validate: the curated YAML files, then one list per open dataset under
 * `dir`/data/ with the entries generated from it, a curated entry overriding a generated one with the same
 * identity (src/knowledge/generated/merge.ts).
 */
export function readKnowledgeFiles(dir: string, root = process.cwd()): KnowledgeFile[] {
  return mergeTiers(readCuratedFiles(dir, root), readGeneratedSources(dir), { commonWords: commonWords() }).files;
}

/** The curated tier alone: knowledge/*.yaml. */
export function readCuratedFiles(dir: string, root = process.cwd()): KnowledgeFile[] {
  const names = readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .toSorted();
  const files: KnowledgeFile[] = [];
  const errors: KnowledgeError[] = [];
  for (const name of names) {
    const full = join(dir, name);
    const parsed = parseKnowledgeFile(relative(root, full), readFileSync(full, 'utf8'));
    if (Array.isArray(parsed)) errors.push(...parsed);
    else files.push(parsed);
  }
  if (errors.length > 0) throw new KnowledgeValidationError(errors);
  return files;
}

export function loadKnowledge(dir: string, root = process.cwd()): ValidatedKnowledge {
  return validateKnowledge(readKnowledgeFiles(dir, root));
}

/** The knowledge in `dir`, validated and compiled as the build compiles it (not-terms included). */
export function compileKnowledgeDir(dir: string, root = process.cwd()): CompiledKnowledge {
  const { entries, notTerms } = loadKnowledge(dir, root);
  return compileKnowledge(entries, notTerms, { commonWords: commonWords() });
}
