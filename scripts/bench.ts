/**
 * `npm run bench`: prints Gloss's figures. `npm run bench:quick` (`--quick`) runs each part briefly on a few
 * pages, to show the benchmark still works (npm test runs it); timings are never asserted anywhere.
 * `--only=matcher,scan,corpus,dynamic,card,heap,search,popup,scale` runs some parts; `--pages=nytimes,bbc` some
 * corpus pages; `--no-markjs` leaves mark.js out; `--node-only` runs the scale part without Chromium. Needs the measuring build (`npm run build:measure`; `npm run bench` makes it). `tsx scripts/bench/profile-scan.ts <path>` profiles one
 * page's scan.
 */
import { corpusBench } from './bench/corpus';
import { dynamicPage } from './bench/dynamic';
import { matcherScale } from './bench/matcher-scale';
import { cardLatency, heapGrowth } from './bench/reader';
import { scanTimes } from './bench/scan';
import { popupOpen, searchLatency } from './bench/search';
import { tableScale } from './bench/table-scale';

const quick = process.argv.includes('--quick');
const arg = (name: string) =>
  process.argv
    .find((a) => a.startsWith(`--${name}=`))
    ?.slice(name.length + 3)
    .split(',') ?? [];
const only = arg('only');
const wants = (part: string) => only.length === 0 || only.includes(part);
const started = performance.now();

if (wants('matcher')) matcherScale({ quick });
if (wants('scan')) await scanTimes({ quick });
if (wants('corpus')) await corpusBench({ quick, only: arg('pages'), noMarkjs: process.argv.includes('--no-markjs') });
if (wants('dynamic')) await dynamicPage({ quick });
if (wants('card')) await cardLatency({ quick });
if (wants('heap')) await heapGrowth({ quick });
if (wants('search')) searchLatency({ quick });
if (wants('popup')) await popupOpen({ quick });
if (wants('scale')) await tableScale({ quick, inBrowser: !process.argv.includes('--node-only') });
console.log(`\nbench${quick ? ' (quick)' : ''} done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
