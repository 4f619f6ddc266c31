/**
 * zod/mini brings no messages of its own ("Invalid input"): the extension pages, which tell the reader what is
 * wrong with a stored value or an import, load zod's English ones. The content script, which never shows a
 * problem, does without them.
 */
import { config, locales } from 'zod/mini';

let loaded = false;

/** Makes zod's issues read in English ("Too small: expected number to be >=100"). Idempotent. */
export function useEnglishMessages(): void {
  if (loaded) return;
  config(locales.en());
  loaded = true;
}
