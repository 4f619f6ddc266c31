/**
 * Reads the knowledge source files from disk. Node-only (used by the build
 * plugin, scripts and tests); the extension never imports it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { type CompiledKnowledge, compileKnowledge } from './compile';
import { mergeTiers } from './generated/merge';
import { readGeneratedSources } from './generated/read';
import { KnowledgeValidationError, validateKnowledge, type KnowledgeFile, type ValidatedKnowledge } from './validate';

/**
 * The whole knowledge base as files to validate: the curated YAML files, then one list per open dataset under
 * `dir`/data/ with the entries generated from it, a curated entry overriding a generated one with the same
 * identity (src/knowledge/generated/merge.ts).
 */
export function readKnowledgeFiles(dir: string, root = process.cwd()): KnowledgeFile[] {
  return mergeTiers(readCuratedFiles(dir, root), readGeneratedSources(dir)).files;
}

/** The curated tier alone: knowledge/*.yaml. */
export function readCuratedFiles(dir: string, root = process.cwd()): KnowledgeFile[] {
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
  return compileKnowledge(entries, notTerms);
}
