/**
 * Validates knowledge/ (curated entries and the entries generated from knowledge/data/) and prints a summary
 * of both tiers, or every problem with its file and field.
 */
import { knowledgeDir } from '../src/knowledge/location';
import { mergeTiers } from '../src/knowledge/generated/merge';
import { readGeneratedSources, rejected } from '../src/knowledge/generated/read';
import { commonWords } from '../src/knowledge/common-words';
import { readCuratedFiles } from '../src/knowledge/read-files';
import { KnowledgeValidationError, validateKnowledge } from '../src/knowledge/validate';

try {
  const dir = knowledgeDir();
  const sources = readGeneratedSources(dir);
  const { files, overridden } = mergeTiers(readCuratedFiles(dir), sources, { commonWords: commonWords() });
  const { entries, fileOf } = validateKnowledge(files);
  const aliases = entries.reduce((n, e) => n + e.aliases.length, 0);
  const generated = entries.filter((e) => fileOf.get(e.id)!.endsWith('(generated)')).length;
  console.log(`knowledge: ${entries.length} entries, ${aliases} aliases, all valid`);
  console.log(`  curated: ${entries.length - generated}; generated: ${generated}`);
  for (const source of sources) {
    const kept = entries.filter((e) => fileOf.get(e.id) === source.path).length;
    console.log(`    ${source.path}: ${kept} of ${source.entries.length} records' entries`);
  }
  console.log(
    `  left out: ${overridden.length} generated entries a curated entry overrides or that kept no alias; ` +
      `${rejected.length} records the schema rejects (names too long to be aliases)`,
  );
} catch (error) {
  if (error instanceof KnowledgeValidationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
