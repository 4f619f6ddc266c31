/** Cleaning a reader's selection into a query. Pure and dependency-free (the content script uses it too). */

/** One line, no surrounding quotes or punctuation, at most 100 characters. */
export function selectionQuery(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '')
    .slice(0, 100);
}
