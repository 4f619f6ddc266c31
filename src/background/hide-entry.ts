/** "I know this one" from a card: the entry joins the hidden ones in the settings. The extension layer. */
import { updateSettings } from '../settings/store';

export async function hideEntry(id: string): Promise<boolean> {
  try {
    await updateSettings((s) => (s.hiddenEntries.includes(id) ? s : { ...s, hiddenEntries: [...s.hiddenEntries, id] }));
    return true;
  } catch {
    return false;
  }
}
