/** The default settings, apart from the schema so that the content script can have them without zod. */
import type { Settings } from './schema';

export const DEFAULT_SETTINGS: Settings = { paused: false, disabledSites: [], marking: 'default' };
