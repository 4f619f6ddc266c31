/**
 * Where the knowledge source files are: knowledge/ in the project, or the
 * directory named by GLOSS_KNOWLEDGE_DIR (to build or test against another
 * knowledge base, e.g. a snapshot while editors are mid-change). Node-only.
 */
import { isAbsolute, resolve } from 'node:path';

export function knowledgeDir(root = process.cwd()): string {
  const dir = process.env.GLOSS_KNOWLEDGE_DIR;
  if (!dir) return resolve(root, 'knowledge');
  return isAbsolute(dir) ? dir : resolve(root, dir);
}
