/**
 * Vite plugin: validates knowledge/ and compiles it into virtual modules.
 * - `virtual:gloss/alias-table`: the alias table as a JSON string with a
 *   version (a hash of it), for the background to publish to storage, where
 *   the content script reads it (see src/background/alias-table-publisher.ts).
 * - `virtual:gloss/alias-table-version`: just that version, for the content
 *   script to know whether the stored table is the current one.
 * - `virtual:gloss/details`: entry details, for the background and popup.
 * - `virtual:gloss/search`: search documents and their prebuilt Fuse index.
 * An invalid entry fails the build with its file and field.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { commonWords } from '../src/knowledge/common-words';
import { compileKnowledge } from '../src/knowledge/compile';
import { knowledgeDir } from '../src/knowledge/location';
import { readKnowledgeFiles } from '../src/knowledge/read-files';
import { validateKnowledge } from '../src/knowledge/validate';
import { buildSearchIndex, toSearchDoc } from '../src/search/search';

const PREFIX = 'virtual:gloss/';
const MODULES = ['alias-table', 'alias-table-version', 'details', 'search'] as const;

/** A JS module that parses its JSON at load: faster than an object literal for V8. */
const jsonModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

export function knowledgePlugin({ root = process.cwd(), dir = knowledgeDir(root) } = {}): Plugin {
  let compiled: Record<(typeof MODULES)[number], string> | null = null;

  const compile = () => {
    const files = readKnowledgeFiles(dir, root);
    const { entries, notTerms } = validateKnowledge(files);
    const { table, details } = compileKnowledge(entries, notTerms, { commonWords: commonWords() });
    const docs = entries.map(toSearchDoc);
    const tableJson = JSON.stringify(table);
    const version = createHash('sha256').update(tableJson).digest('hex').slice(0, 16);
    return {
      files: files.map((f) => resolve(root, f.path)),
      modules: {
        'alias-table': `export default ${JSON.stringify({ json: tableJson, version })};`,
        'alias-table-version': `export default ${JSON.stringify(version)};`,
        details: jsonModule(details),
        search: jsonModule({ docs, index: buildSearchIndex(docs) }),
      },
    };
  };

  return {
    name: 'gloss-knowledge',
    resolveId(id) {
      return id.startsWith(PREFIX) && (MODULES as readonly string[]).includes(id.slice(PREFIX.length))
        ? `\0${id}`
        : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      if (compiled === null) {
        const result = compile();
        compiled = result.modules;
        for (const file of result.files) this.addWatchFile(file);
      }
      return compiled[id.slice(PREFIX.length + 1) as (typeof MODULES)[number]];
    },
    watchChange(id) {
      if (id.startsWith(dir)) compiled = null;
    },
  };
}
