// @vitest-environment happy-dom
/**
 * What is the article and what is furniture, on small pages built the way news sites build theirs. The real
 * pages are in tests/e2e/relevance.test.ts and `npm run relevance`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { matcherFor } from '../../src/matching/matcher';
import { collectChunks } from '../../src/page/collect-text';
import { Furniture } from '../../src/page/furniture';
import { defaultMarkOptions, PageTerms } from '../../src/page/page-terms';
import { installHighlightStandIn } from '../helpers/highlight-stand-in';
import { entry, tableOf } from '../helpers/table';

beforeAll(installHighlightStandIn);

const prose = (n: number, term = 'NATO') =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i}: the ${term} allies met again, and the ministers said, at length, that the talks on the plan would go on for some weeks, perhaps months, before any decision.</p>`,
  ).join('');

const ARTICLE_PAGE = `
  <header class="site-header"><a href="/">The Daily</a><nav><a href="/nato">NATO</a> <a href="/world">World</a></nav></header>
  <div id="page" class="layout-with-sidebar">
    <div class="story">
      <div class="story-header"><h1>NATO leaders meet in Vilnius</h1><p class="standfirst">The G7 watches.</p>
        <div class="byline">By Jane Doe, Reuters</div></div>
      <div class="story-body">${prose(6)}
        <figure><img alt=""><figcaption>Leaders of the G7 in June.</figcaption></figure>
        <ul><li><a href="/a">Read more: Reuters on the G7 summit</a></li></ul>
      </div>
      <div class="related-stories"><h3>Related</h3><p>What the G7 means for you, and what Reuters says about it, in full detail here.</p></div>
    </div>
    <aside><p>Most read: Reuters on the G7</p></aside>
  </div>
  <div id="cookie-banner" role="dialog"><p>We and our partners (Reuters) use cookies under GDPR.</p></div>
  <footer><p>© Reuters 2024</p></footer>`;

const FRONT_PAGE = `
  <nav role="navigation"><ul><li><a href="/g7">G7</a></li><li><a href="/nato">NATO</a></li></ul></nav>
  <main>
    <section><h2><a href="/1">NATO allies agree on a plan</a></h2><p>Short teaser about Reuters.</p></section>
    <section><h2><a href="/2">G7 leaders meet</a></h2><p>Another teaser.</p></section>
  </main>
  <div class="site-footer"><a href="/about">About</a> <a href="/g7">G7</a></div>`;

const table = tableOf(
  entry('nato', [{ text: 'NATO' }]),
  entry('g7', [{ text: 'G7' }]),
  entry('reuters', [{ text: 'Reuters' }]),
  entry('gdpr', [{ text: 'GDPR' }]),
);

function marked(firstMentionOnly = false): string[] {
  const terms = new PageTerms(table, document, { ...defaultMarkOptions(table), firstMentionOnly });
  const matcher = matcherFor(table);
  for (const chunk of collectChunks(document.body)) terms.addChunk(chunk, matcher.scan(chunk.text));
  terms.settle();
  return terms.orderedMatches().map((m) => `${m.range.toString()}@${m.range.startContainer.parentElement!.localName}`);
}

describe('furniture', () => {
  it('on an article page, marks the headline, standfirst, body and captions, and nothing around them', () => {
    document.body.innerHTML = ARTICLE_PAGE;
    const furniture = new Furniture(document);
    expect(furniture.article?.roots.map((r) => r.className)).toEqual(['story-body']);
    expect(marked()).toEqual(['NATO@h1', 'G7@p', ...Array.from({ length: 6 }, () => 'NATO@p'), 'G7@figcaption']);
  });

  it('the first mention only, across headline and body', () => {
    document.body.innerHTML = ARTICLE_PAGE;
    expect(marked(true)).toEqual(['NATO@h1', 'G7@p']);
  });

  it('on a front page, marks headlines and teasers but not the menus and footers', () => {
    document.body.innerHTML = FRONT_PAGE;
    expect(new Furniture(document).article).toBeNull();
    expect(marked()).toEqual(['NATO@a', 'Reuters@p', 'G7@a']);
  });

  it('counts what furniture names as evidence, without marking it', () => {
    const ambiguous = tableOf(
      entry('sdf-japan', [{ text: 'SDF' }], { context: ['Japan', 'Tokyo'] }),
      entry('sdf-syria', [{ text: 'SDF' }], { context: ['Syria'] }),
      entry('japan', [{ text: 'Japan' }]),
    );
    document.body.innerHTML = `<nav><a href="/japan">Japan</a> <a href="/tokyo">Tokyo</a></nav><div class="body">${prose(4, 'SDF')}</div>`;
    const terms = new PageTerms(ambiguous, document);
    const matcher = matcherFor(ambiguous);
    for (const chunk of collectChunks(document.body)) terms.addChunk(chunk, matcher.scan(chunk.text));
    terms.settle();
    const matches = terms.orderedMatches();
    expect(matches.map((m) => m.range.toString())).toEqual(['SDF', 'SDF', 'SDF', 'SDF']);
    expect(terms.entryIds(matches[0])).toEqual(['sdf-japan']);
  });

  it('a wrapper named for its layout ("layout-with-sidebar") that holds the story is not furniture', () => {
    document.body.innerHTML = ARTICLE_PAGE;
    const furniture = new Furniture(document);
    expect(furniture.isStructural(document.getElementById('page')!)).toBe(false);
    expect(furniture.isStructural(document.querySelector('aside')!)).toBe(true);
    expect(furniture.isStructural(document.querySelector('.byline')!)).toBe(true);
  });

  it('takes the first story of a page that appends the next ones, even when a later one is longer', () => {
    document.body.innerHTML = `<div class="post"><h1>First</h1><div class="a">${prose(6)}</div></div>
      <div class="post"><h2>Next story</h2><div class="b">${prose(12)}</div></div>`;
    expect(new Furniture(document).article?.roots.map((r) => r.className)).toEqual(['a']);
  });
});
