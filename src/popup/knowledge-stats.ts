/** What the popup says about the knowledge base. Pure. */
import type { EntryDetails } from '../knowledge/compile';
import { CATEGORY_LABELS } from '../knowledge/labels';
import type { Category } from '../knowledge/schema';

export interface KnowledgeStats {
  entries: number;
  /** The most recent date an entry was checked against its sources. */
  lastChecked: string;
  /** Categories with their entry counts, largest first. */
  categories: { category: Category; label: string; count: number }[];
}

export function knowledgeStats(entries: readonly EntryDetails[]): KnowledgeStats {
  const counts = new Map<Category, number>();
  let lastChecked = '';
  for (const e of entries) {
    counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
    if (e.checked > lastChecked) lastChecked = e.checked;
  }
  return {
    entries: entries.length,
    lastChecked,
    categories: [...counts]
      .map(([category, count]) => ({ category, label: CATEGORY_LABELS[category], count }))
      .toSorted((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
  };
}
