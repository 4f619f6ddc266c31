/** The reader's own entries, kept up to date as any page of the extension changes them. */
import { useEffect, useState } from 'react';
import type { OwnEntry } from '../knowledge/own-entry';
import type { Loaded } from '../settings/validated-item';
import { ownEntriesItem } from '../settings/own-entries-store';

export function useOwnEntries(): Loaded<OwnEntry[]> | null {
  const [loaded, setLoaded] = useState<Loaded<OwnEntry[]> | null>(null);
  useEffect(() => {
    let live = true;
    void ownEntriesItem.load().then((value) => live && setLoaded(value));
    const unwatch = ownEntriesItem.watch(setLoaded);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return loaded;
}
