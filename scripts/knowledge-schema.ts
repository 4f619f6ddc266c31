/**
 * Writes knowledge/entry.schema.json from the zod schema, and points every entry file at it (its first line),
 * so editors check entries as they are typed. Run after changing src/knowledge/schema.ts or adding a file;
 * tests/knowledge/json-schema.test.ts fails until it has been run.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { knowledgeJsonSchema, SCHEMA_FILE, withModeline } from '../src/knowledge/json-schema';
import { knowledgeDir } from '../src/knowledge/location';
import { NOT_TERMS_FILE } from '../src/knowledge/schema';

const dir = knowledgeDir();
writeFileSync(join(dir, SCHEMA_FILE), knowledgeJsonSchema());
let pointed = 0;
for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n) && n !== NOT_TERMS_FILE)) {
  const path = join(dir, name);
  const text = readFileSync(path, 'utf8');
  const next = withModeline(text);
  if (next !== text) {
    writeFileSync(path, next);
    pointed++;
  }
}
console.log(`knowledge: wrote ${SCHEMA_FILE}; pointed ${pointed} more file${pointed === 1 ? '' : 's'} at it`);
