/**
 * `npm run bench`: prints Gloss's figures. `--quick` runs each part briefly,
 * to show the benchmark still works; timings are never asserted anywhere.
 * Needs a build (`npm run build:chrome`).
 */
import { scanVersusFloor } from './bench/floor';
import { matcherScale } from './bench/matcher-scale';
import { scanTimes } from './bench/scan';
import { popupOpen, searchLatency } from './bench/search';

const quick = process.argv.includes('--quick');
matcherScale({ quick });
await scanTimes({ quick });
await scanVersusFloor({ quick });
searchLatency({ quick });
await popupOpen({ quick });
