/** The tab the popup acts on, and what Gloss found there. */
import { useCallback, useEffect, useState } from 'react';
import type { PageTerm } from '../messaging/protocol';
import { askPage, type TargetTab, targetTab } from '../messaging/tabs';
import type { PageState } from '../settings/page-policy';

export type PageInfo =
  | { kind: 'loading' }
  | { kind: 'unreachable'; tab: TargetTab | null }
  | { kind: 'page'; tab: TargetTab; state: PageState; site: string | null; terms: PageTerm[]; language?: string };

/** After a setting changes, the page restarts its scan: ask again once it has had time to mark. */
const RESCAN_WAIT_MS = 400;

export function usePage(): { page: PageInfo; refresh: (afterChange?: boolean) => void } {
  const [page, setPage] = useState<PageInfo>({ kind: 'loading' });
  const load = useCallback(async () => {
    const tab = await targetTab();
    if (!tab) return setPage({ kind: 'unreachable', tab: null });
    const answer = await askPage(tab.id, { type: 'listPageTerms' });
    setPage(answer ? { kind: 'page', tab, ...answer } : { kind: 'unreachable', tab });
  }, []);
  useEffect(() => void load(), [load]);
  const refresh = useCallback(
    (afterChange = false) => {
      if (afterChange) setTimeout(() => void load(), RESCAN_WAIT_MS);
      else void load();
    },
    [load],
  );
  return { page, refresh };
}
