/**
 * "I know this one" from a card: the entry joins the hidden ones in the settings; its Undo takes it out again.
 * The extension layer.
 */
import { updateSettings } from '../settings/store';

export async function hideEntry(id: string, undo = false): Promise<boolean> {
  try {
    await updateSettings((s) => {
      if (undo)
        return s.hiddenEntries.includes(id) ? { ...s, hiddenEntries: s.hiddenEntries.filter((h) => h !== id) } : s;
      return s.hiddenEntries.includes(id) ? s : { ...s, hiddenEntries: [...s.hiddenEntries, id] };
    });
    return true;
  } catch {
    return false;
  }
}
