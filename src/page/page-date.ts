/**
 * The day a page was published, read from what publishers give search engines and readers: JSON-LD
 * `datePublished`, `<meta property="article:published_time">` (and its og/itemprop/name kin), `<time>` in the
 * article, or a date in the page's address. A front page without any of these has dated links to its stories
 * ("/2014/07/24/world/..."): the newest of them is the page's day. The reading date when nothing is found.
 * Disambiguation compares it with when entries began (see matching/dates.ts). Touches the DOM; never `browser`.
 */
import { dayOfIso } from '../matching/dates';

/** meta elements carrying the publication time, most specific first. */
const META =
  'meta[property="article:published_time"],meta[name="article:published_time"],meta[property="og:published_time"],' +
  'meta[itemprop="datePublished"],meta[name="date"],meta[name="pubdate"],meta[name="publish-date"],' +
  'meta[name="parsely-pub-date"],meta[name="DC.date.issued"],meta[name="dcterms.created"]';
/** "2019-11-20T06:01", "20180619T055000+0900", "2017-11-16": the date part of an ISO 8601 time, with or without dashes. */
const ISO_DAY = /(\d{4})-?(\d{2})-?(\d{2})/;
/** "/2014/07/24/", "/2019-11-20/", "/20191120/" in an address. */
const URL_DAY = /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/_-]|\.html|$)/;
/** A front page needs this many dated links before the newest is taken as its date (one could be an old story). */
const MIN_DATED_LINKS = 3;
/** Links read at most (a front page has hundreds; the newest stories come first on most). */
const MAX_LINKS = 600;

function dayOf(text: string | null | undefined): number | null {
  const m = text ? ISO_DAY.exec(text) : null;
  return m ? dayOfIso(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

function urlDay(url: string): number | null {
  const m = URL_DAY.exec(url);
  return m ? dayOfIso(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

/** `datePublished` of the first JSON-LD object that has one (objects, arrays and @graph are searched). */
function jsonLdDay(doc: Document): number | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    // A regular expression rather than JSON.parse: sites publish JSON-LD with trailing commas and raw newlines.
    const day = dayOf(/"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '')?.[1]);
    if (day !== null) return day;
  }
  return null;
}

/** The page's publication day (days since 1970-01-01, UTC), and where it was read; `now` when none is found. */
export function pageDate(doc: Document, url: string, now = Date.now()): { day: number; from: string } {
  const today = Math.floor(now / 86_400_000);
  const found = (day: number | null, from: string) => (day !== null && day <= today + 1 ? { day, from } : null);
  const meta = doc.querySelector(META);
  const article = doc.querySelector('article, [itemprop="articleBody"], main') ?? doc.body;
  const time = article?.querySelector('time[datetime]') ?? doc.querySelector('time[itemprop="datePublished"]');
  const result =
    found(jsonLdDay(doc), 'json-ld') ??
    found(dayOf(meta?.getAttribute('content') ?? meta?.getAttribute('value')), 'meta') ??
    found(dayOf(time?.getAttribute('datetime')), 'time') ??
    found(urlDay(url), 'address') ??
    found(newestLinkDay(doc, today), 'links');
  return result ?? { day: today, from: 'today' };
}

/** The newest date in the addresses of the page's links, not after today; null with too few dated links. */
function newestLinkDay(doc: Document, today: number): number | null {
  const links = doc.getElementsByTagName('a');
  let newest = -1;
  let dated = 0;
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const day = urlDay(links[i].getAttribute('href') ?? '');
    if (day === null || day > today) continue;
    dated++;
    if (day > newest) newest = day;
  }
  return dated >= MIN_DATED_LINKS ? newest : null;
}
