/**
 * Reads the knowledge source files from disk. Node-only (used by the build
 * plugin, scripts and tests); the extension never imports it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { commonWords } from './common-words';
import { type CompiledKnowledge, compileKnowledge } from './compile';
import { KnowledgeValidationError, validateKnowledge, type KnowledgeFile, type ValidatedKnowledge } from './validate';

export function readKnowledgeFiles(dir: string, root = process.cwd()): KnowledgeFile[] {
  const names = readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .toSorted();
  return names.map((name) => {
    const full = join(dir, name);
    const path = relative(root, full);
    try {
      // uniqueKeys: a key written twice in one entry is an editing slip, not an override.
      return { path, data: parse(readFileSync(full, 'utf8'), { uniqueKeys: true, prettyErrors: true }) as unknown };
    } catch (error) {
      const message = error instanceof YAMLParseError ? error.message : String(error);
      throw new KnowledgeValidationError([{ path, at: '(file)', message: `is not valid YAML: ${message}` }]);
    }
  });
}

export function loadKnowledge(dir: string, root = process.cwd()): ValidatedKnowledge {
  return validateKnowledge(readKnowledgeFiles(dir, root));
}

/** The knowledge in `dir`, validated and compiled as the build compiles it (not-terms included). */
export function compileKnowledgeDir(dir: string, root = process.cwd()): CompiledKnowledge {
  const { entries, notTerms } = loadKnowledge(dir, root);
  return compileKnowledge(entries, notTerms, { commonWords: commonWords() });
}
