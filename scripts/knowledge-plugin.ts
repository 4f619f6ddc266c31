/**
 * Vite plugin: validates knowledge/ and compiles it into virtual modules.
 * - `virtual:gloss/alias-table`: the alias table as a JSON string, for the
 *   content script to JSON.parse inside main() (so its cost is counted in
 *   gloss:scan, and V8 parses a JSON string faster than an object literal).
 * - `virtual:gloss/details`: entry details, for the background and popup.
 * - `virtual:gloss/search`: search documents and their prebuilt Fuse index.
 * An invalid entry fails the build with its file and field.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileKnowledge } from '../src/knowledge/compile';
import { knowledgeDir } from '../src/knowledge/location';
import { readKnowledgeFiles } from '../src/knowledge/read-files';
import { validateKnowledge } from '../src/knowledge/validate';
import { buildSearchIndex, toSearchDoc } from '../src/search/search';

const PREFIX = 'virtual:gloss/';
const MODULES = ['alias-table', 'details', 'search'] as const;

/** A JS module that parses its JSON at load: faster than an object literal for V8. */
const jsonModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

export function knowledgePlugin({ root = process.cwd(), dir = knowledgeDir(root) } = {}): Plugin {
  let compiled: Record<(typeof MODULES)[number], string> | null = null;

  const compile = () => {
    const files = readKnowledgeFiles(dir, root);
    const { entries } = validateKnowledge(files);
    const { table, details } = compileKnowledge(entries);
    const docs = entries.map(toSearchDoc);
    return {
      files: files.map((f) => resolve(root, f.path)),
      modules: {
        'alias-table': `export default ${JSON.stringify(JSON.stringify(table))};`,
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
