/** Builds small alias tables for matcher tests without the knowledge files. */
import { compileKnowledge } from '../../src/knowledge/compile';
import { entrySchema, type EntryInput } from '../../src/knowledge/schema';
import type { AliasTable } from '../../src/matching/alias-table';

export function entry(id: string, aliases: EntryInput['aliases'], extra: Partial<EntryInput> = {}): EntryInput {
  return {
    id,
    title: id,
    category: 'concept',
    aliases,
    summary: 'A test entry.',
    sources: [{ title: 'Test', url: 'https://example.org/' }],
    checked: '2026-11-22',
    ...extra,
  };
}

export function tableOf(...entries: EntryInput[]): AliasTable {
  return compileKnowledge(entries.map((e) => entrySchema.parse(e))).table;
}
