/** Validates knowledge/ and prints a one-line summary, or every problem with its file and field. */
import { knowledgeDir } from '../src/knowledge/location';
import { loadKnowledge } from '../src/knowledge/read-files';
import { KnowledgeValidationError } from '../src/knowledge/validate';

try {
  const { entries } = loadKnowledge(knowledgeDir());
  const aliases = entries.reduce((n, e) => n + e.aliases.length, 0);
  console.log(`knowledge: ${entries.length} entries, ${aliases} aliases, all valid`);
} catch (error) {
  if (error instanceof KnowledgeValidationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
