/**
 * Vite plugin: validates knowledge/ and compiles it into two virtual modules.
 * - `virtual:gloss/alias-table`: the alias table as a JSON string, for the
 *   content script to JSON.parse inside main() (so its cost is counted in
 *   gloss:scan, and V8 parses a JSON string faster than an object literal).
 * - `virtual:gloss/details`: entry details, for the background only.
 * An invalid entry fails the build with its file and field.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileKnowledge } from '../src/knowledge/compile';
import { readKnowledgeFiles } from '../src/knowledge/read-files';
import { validateKnowledge } from '../src/knowledge/validate';

const IDS = ['virtual:gloss/alias-table', 'virtual:gloss/details'] as const;

export function knowledgePlugin(root = process.cwd()): Plugin {
  const dir = resolve(root, 'knowledge');
  return {
    name: 'gloss-knowledge',
    resolveId(id) {
      return (IDS as readonly string[]).includes(id) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:gloss/')) return undefined;
      const files = readKnowledgeFiles(dir, root);
      for (const f of files) this.addWatchFile(resolve(root, f.path));
      const { table, details } = compileKnowledge(validateKnowledge(files).entries);
      if (id === '\0virtual:gloss/alias-table') {
        return `export default ${JSON.stringify(JSON.stringify(table))};`;
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(details))});`;
    },
  };
}
