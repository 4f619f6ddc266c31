/**
 * zod/mini brings no messages of its own ("Invalid input"): the extension pages, which tell the reader what is
 * wrong with a stored value or an import, load zod's English ones by importing this module. The content script,
 * which never shows a problem, does without them.
 */
import { config, locales } from 'zod/mini';

config(locales.en());
