/**
 * The JSON Schema editors check knowledge files with is the zod schema's, up to date, and every entry file points
 * to it. `npm run knowledge:schema` fixes both.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeJsonSchema, SCHEMA_FILE, SCHEMA_MODELINE } from '../../src/knowledge/json-schema';
import { knowledgeDir } from '../../src/knowledge/location';
import { NOT_TERMS_FILE } from '../../src/knowledge/schema';

const dir = knowledgeDir();

describe('knowledge/entry.schema.json', () => {
  it('is generated from the zod schema and up to date (npm run knowledge:schema)', () => {
    expect(readFileSync(join(dir, SCHEMA_FILE), 'utf8')).toBe(knowledgeJsonSchema());
  });

  it('describes both ways of writing an alias', () => {
    const schema = JSON.parse(knowledgeJsonSchema()) as {
      items: { properties: { aliases: { items: { anyOf: { type: string }[] } } } };
    };
    expect(schema.items.properties.aliases.items.anyOf.map((s) => s.type)).toEqual(['string', 'object']);
  });

  it('every entry file points editors to it in its first line (npm run knowledge:schema)', () => {
    const files = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n) && n !== NOT_TERMS_FILE);
    expect(files.length).toBeGreaterThan(5);
    const without = files.filter((n) => readFileSync(join(dir, n), 'utf8').split('\n', 1)[0] !== SCHEMA_MODELINE);
    expect(without).toEqual([]);
  });
});
