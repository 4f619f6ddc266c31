/**
 * Vite plugin: validates knowledge/ and compiles it into virtual modules.
 * - `virtual:gloss/alias-table`: the alias table as a JSON string with a
 *   version (a hash of it), for the background, which cuts each page the
 *   part its words can form (see src/matching/table-subset.ts).
 * - `virtual:gloss/alias-table-version`: just that version, for the content
 *   script to know that the background's answer is for its build.
 * - `virtual:gloss/details`: entry details, for the background and popup.
 * - `virtual:gloss/search`: search documents and their prebuilt Fuse index.
 * The knowledge is both tiers: knowledge/*.yaml (curated) and the entries generated from the open data
 * under knowledge/data/ (src/knowledge/generated/), a curated entry overriding a generated one with the same
 * identity. An invalid entry fails the build with its file and field.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { commonWords } from '../src/knowledge/common-words';
import { compileKnowledge } from '../src/knowledge/compile';
import { knowledgeDir } from '../src/knowledge/location';
import { readKnowledgeFiles } from '../src/knowledge/read-files';
import { PART } from '../src/knowledge/shards';
import { validateKnowledge } from '../src/knowledge/validate';
import { buildSearchIndex, toSearchDocs } from '../src/search/search';
import { scaledTable } from './bench/synthetic-table';

const PREFIX = 'virtual:gloss/';

/** The open-data files the generated tier is built from (knowledge/data/<source>/*). */
function dataFiles(dir: string): string[] {
  const data = join(dir, 'data');
  if (!existsSync(data)) return [];
  return readdirSync(data, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(data, d.name)).map((f) => join(data, d.name, f)));
}
const MODULES = ['alias-table', 'alias-table-version', 'details', 'search'] as const;

/**
 * The large data (the whole alias table, every entry's details, the search index: megabytes at 11,000 entries)
 * ships as JSON files beside the code, not inside it: a JavaScript file that size is slow to compile. Each is an
 * object cut by its keys into files of at most SHARD_BYTES, since addons.mozilla.org's linter will not parse a
 * file over 5 MB. Its module exports a loader that reads the files from the extension's own origin (no network)
 * and joins them. Only the background and the popup load them; the content script never does.
 */
const DATA_MODULES = ['alias-table', 'details', 'search'] as const;
type DataModule = (typeof DATA_MODULES)[number];
const SHARD_BYTES = 4_000_000;

/**
 * `value`'s keys packed into objects of at most SHARD_BYTES of JSON each, in order; a list too long for one file is
 * cut into parts (`docs@0`, `docs@1`: src/knowledge/shards.ts joins them back).
 */
export function shardObject(name: string, value: Record<string, unknown>): string[] {
  const shards: string[] = [];
  let entries: [string, unknown][] = [];
  let size = 2;
  const flush = () => {
    if (entries.length > 0) shards.push(JSON.stringify(Object.fromEntries(entries)));
    entries = [];
    size = 2;
  };
  const add = (key: string, item: unknown, bytes: number) => {
    if (size + bytes > SHARD_BYTES) flush();
    entries.push([key, item]);
    size += bytes;
  };
  for (const [key, item] of Object.entries(value)) {
    if (key.includes(PART)) throw new Error(`${name}.${key}: a key may not hold "${PART}"`);
    const bytes = Buffer.byteLength(JSON.stringify({ [key]: item }));
    if (bytes <= SHARD_BYTES) {
      add(key, item, bytes);
      continue;
    }
    if (!Array.isArray(item)) throw new Error(`${name}.${key} is ${bytes} bytes of JSON, more than one file may hold`);
    // A long list: parts that each fit in what is left of a file, or a whole one.
    let part: unknown[] = [];
    let partBytes = 0;
    let n = 0;
    const cut = () => {
      if (part.length > 0) add(`${key}${PART}${n++}`, part, partBytes + key.length + 10);
      part = [];
      partBytes = 0;
    };
    for (const element of item) {
      const elementBytes = Buffer.byteLength(JSON.stringify(element)) + 1;
      if (elementBytes + key.length + 12 > SHARD_BYTES)
        throw new Error(`${name}.${key}[${n}] is ${elementBytes} bytes of JSON, more than one file may hold`);
      if (partBytes + elementBytes + key.length + 12 > SHARD_BYTES - size) {
        cut();
        flush();
      }
      part.push(element);
      partBytes += elementBytes;
    }
    cut();
  }
  flush();
  return shards;
}

const shardFile = (name: DataModule, i: number) => `knowledge/${name}-${i}.json`;
/** The module that joins the files back, beside this plugin's own sources (not under the knowledge's root). */
const SHARDS_MODULE = fileURLToPath(new URL('../src/knowledge/shards.ts', import.meta.url));
const loaderModule = (name: DataModule, shards: number) => {
  const files = Array.from({ length: shards }, (_, i) => `/${shardFile(name, i)}`);
  return `import { joinShards } from ${JSON.stringify(SHARDS_MODULE)};
export default () => Promise.all(${JSON.stringify(files)}.map((f) => fetch(f).then((r) => {
  if (!r.ok) throw new Error('Gloss: ' + f + ' missing');
  return r.json();
}))).then(joinShards);`;
};

export function knowledgePlugin({ root = process.cwd(), dir = knowledgeDir(root) } = {}): Plugin {
  let compiled: { modules: Record<(typeof MODULES)[number], string>; data: Record<DataModule, string[]> } | null = null;
  /** The data files a build's modules load, to write beside its code. */
  const used = new Set<DataModule>();

  const compile = () => {
    const files = readKnowledgeFiles(dir, root);
    const validated = validateKnowledge(files);
    const { entries, notTerms } = validated;
    const knowledge = compileKnowledge(entries, notTerms, { commonWords: commonWords() });
    const { details } = knowledge;
    // `npm run bench` measures set-up with tables 10 and 30 times today's (scripts/bench/table-scale.ts).
    const scale = Number(process.env.GLOSS_BENCH_ALIAS_SCALE ?? 1);
    const table = scale > 1 ? scaledTable(knowledge.table, scale) : knowledge.table;
    const docs = toSearchDocs(validated);
    const tableJson = JSON.stringify(table);
    const version = createHash('sha256').update(tableJson).digest('hex').slice(0, 16);
    const data: Record<DataModule, string[]> = {
      'alias-table': shardObject('alias-table', { json: tableJson, version }),
      details: shardObject('details', details),
      search: shardObject('search', { docs, index: buildSearchIndex(docs) }),
    };
    return {
      // Generated entries have no file of their own: watch the data files they come from.
      files: [
        ...files.filter((f) => !f.path.endsWith('(generated)')).map((f) => resolve(root, f.path)),
        ...dataFiles(dir),
      ],
      modules: {
        'alias-table': loaderModule('alias-table', data['alias-table'].length),
        'alias-table-version': `export default ${JSON.stringify(version)};`,
        details: loaderModule('details', data.details.length),
        search: loaderModule('search', data.search.length),
      },
      data,
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
        compiled = { modules: result.modules, data: result.data };
        for (const file of result.files) this.addWatchFile(file);
      }
      const name = id.slice(PREFIX.length + 1) as (typeof MODULES)[number];
      if ((DATA_MODULES as readonly string[]).includes(name)) used.add(name as DataModule);
      return compiled.modules[name];
    },
    generateBundle() {
      if (compiled === null) return;
      for (const name of used)
        compiled.data[name].forEach((source, i) =>
          this.emitFile({ type: 'asset', fileName: shardFile(name, i), source }),
        );
    },
    watchChange(id) {
      if (id.startsWith(dir)) compiled = null;
    },
  };
}
