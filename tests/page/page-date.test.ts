// @vitest-environment happy-dom
/** The page's publication day, from what publishers write for search engines, on small pages and real ones. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayOfIso, dayOfPartial } from '../../src/matching/dates';
import { pageDate } from '../../src/page/page-date';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus');
const NOW = Date.UTC(2026, 11, 7);
const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

function dateOf(html: string, url = 'https://example.com/news/story') {
  document.documentElement.innerHTML = html;
  const { day, from } = pageDate(document, url, NOW);
  return `${iso(day)} ${from}`;
}

describe('pageDate', () => {
  it('reads JSON-LD, then meta, then <time>, then the address', () => {
    expect(
      dateOf(
        '<head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2019-11-20T07:29:39+0000"}]}</script><meta property="article:published_time" content="2018-01-01"></head>',
      ),
    ).toBe('2019-11-20 json-ld');
    expect(dateOf('<head><meta property="article:published_time" content="2019-11-20T06:01:44-05:00"></head>')).toBe(
      '2019-11-20 meta',
    );
    expect(dateOf('<body><article><time datetime="2015-05-04T13:36:31+02:00">4 May</time></article></body>')).toBe(
      '2015-05-04 time',
    );
    expect(dateOf('<body><p>No date here.</p></body>', 'https://www.cnn.com/2019/11/18/politics/story/')).toBe(
      '2019-11-18 address',
    );
    expect(dateOf('<body><p>No date here.</p></body>')).toBe('2026-12-07 today');
  });

  it('a front page without a date of its own: the newest of its dated story links, never a future one', () => {
    const links = ['/2014/07/23/a', '/2014/07/24/b', '/2014/07/22/c', '/2031/01/01/d']
      .map((h) => `<a href="${h}/index.html">x</a>`)
      .join('');
    expect(dateOf(`<body>${links}</body>`, 'https://edition.cnn.com/')).toBe('2014-07-24 links');
  });

  it.each([
    ['np-cnn-international-front', 'http://edition.cnn.com/', '2014-07-24'],
    ['omni-moderndiplomacy-russia-ukraine', 'https://moderndiplomacy.eu/', '2023-03-14'],
    ['np-nikkei-us-nk-summit-ja', 'https://www.nikkei.com/', '2018-06-19'],
    ['rdb-lemonde-intelligence-law', 'https://www.lemonde.fr/', '2015-05-04'],
  ])('%s: %s', (name, url, day) => {
    const html = readFileSync(join(CORPUS, name, 'source.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(iso(pageDate(doc, url, NOW).day)).toBe(day);
  });
});

describe('dates', () => {
  it('a partial date stands for its first day when something begins and its last when it ends', () => {
    expect(iso(dayOfPartial('2023', 'start'))).toBe('2023-01-01');
    expect(iso(dayOfPartial('2023-10', 'end'))).toBe('2023-10-31');
    expect(iso(dayOfPartial('2024-02', 'end'))).toBe('2024-02-29');
    expect(iso(dayOfPartial('2023-10-07', 'start'))).toBe('2023-10-07');
    expect(dayOfIso('2023-13-01')).toBeNull();
  });
});
