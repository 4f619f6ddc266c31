/** The visible-ish text of the corpus pages, for Node-side benchmarks (tags, scripts and styles stripped). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS = join(import.meta.dirname, '../../../shared/corpus');

export function corpusPages(): string[] {
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'licenses')
    .map((d) => d.name)
    .toSorted();
}

export function corpusText(name: string): string {
  return readFileSync(join(CORPUS, name, 'source.html'), 'utf8')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#?\w+;/g, ' ');
}
