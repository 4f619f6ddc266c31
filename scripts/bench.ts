/**
 * `npm run bench`: prints Gloss's figures. `--quick` runs each part briefly,
 * to show the benchmark still works; timings are never asserted anywhere.
 * `--only=corpus,dynamic,...` runs some parts; `--pages=nytimes,bbc` some corpus pages.
 * Needs a build (`npm run build:chrome`).
 */
import { corpusBench } from './bench/corpus';
import { matcherScale } from './bench/matcher-scale';
import { scanTimes } from './bench/scan';
import { popupOpen, searchLatency } from './bench/search';

const quick = process.argv.includes('--quick');
const arg = (name: string) =>
  process.argv
    .find((a) => a.startsWith(`--${name}=`))
    ?.slice(name.length + 3)
    .split(',') ?? [];
const only = arg('only');
const wants = (part: string) => only.length === 0 || only.includes(part);

if (wants('matcher')) matcherScale({ quick });
if (wants('scan')) await scanTimes({ quick });
if (wants('corpus')) await corpusBench({ quick, only: arg('pages') });
if (wants('search')) searchLatency({ quick });
if (wants('popup')) await popupOpen({ quick });
