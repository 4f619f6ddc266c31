import { describe, expect, it } from 'vitest';
import {
  markableEntries,
  markHighlightName,
  minFamiliarity,
  pageState,
  siteOf,
  withSite,
} from '../../src/settings/page-policy';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

describe('page policy', () => {
  it.each([
    ['https://www.nytimes.com/a', 'nytimes.com'],
    ['http://127.0.0.1:8080/x', '127.0.0.1:8080'],
    ['HTTPS://News.Example.ORG/', 'news.example.org'],
    ['chrome://settings', null],
    ['not a url', null],
  ])('siteOf(%s) = %s', (url, site) => expect(siteOf(url)).toBe(site));

  it('marks unless paused or the site is off', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['bbc.co.uk'] };
    expect(pageState(s, 'https://www.bbc.co.uk/news')).toBe('site-off');
    expect(pageState(s, 'https://www.nytimes.com/')).toBe('on');
    expect(pageState({ ...s, paused: true }, 'https://www.nytimes.com/')).toBe('paused');
  });

  it('in "only on these sites" mode, marks the listed sites only', () => {
    const s = {
      ...DEFAULT_SETTINGS,
      siteMode: 'listed' as const,
      enabledSites: ['nytimes.com'],
      disabledSites: ['x.com'],
    };
    expect(pageState(s, 'https://www.nytimes.com/a')).toBe('on');
    expect(pageState(s, 'https://www.bbc.co.uk/news')).toBe('site-off');
    expect(pageState(s, 'about:blank')).toBe('site-off');
    expect(pageState({ ...s, paused: true }, 'https://www.nytimes.com/a')).toBe('paused');
  });

  it('turns a site off and on without duplicates, in the list the mode uses', () => {
    const off = withSite(withSite(DEFAULT_SETTINGS, 'a.com', false), 'a.com', false);
    expect(off.disabledSites).toEqual(['a.com']);
    expect(withSite(off, 'a.com', true).disabledSites).toEqual([]);
    const listed = { ...DEFAULT_SETTINGS, siteMode: 'listed' as const };
    const on = withSite(withSite(listed, 'a.com', true), 'a.com', true);
    expect(on.enabledSites).toEqual(['a.com']);
    expect(on.disabledSites).toEqual([]);
    expect(withSite(on, 'a.com', false).enabledSites).toEqual([]);
  });

  it.each([
    ['fewer', 2],
    ['default', 1],
    ['more', 0],
  ] as const)('marking %s marks entries of familiarity %i and up', (marking, least) => {
    expect(minFamiliarity({ marking })).toBe(least);
  });

  it('lets through the entries that are familiar enough, in a shown category, and not hidden', () => {
    const table = {
      ids: ['a', 'b', 'c', 'd'],
      categories: ['person', 'place'],
      cat: [0, 1, 0, 1],
      fam: [2, 1, 0, 2],
    };
    const markable = (s: Partial<typeof DEFAULT_SETTINGS>) => [
      ...markableEntries(table, { ...DEFAULT_SETTINGS, ...s }),
    ];
    expect(markable({})).toEqual([1, 1, 0, 1]);
    expect(markable({ marking: 'more' })).toEqual([1, 1, 1, 1]);
    expect(markable({ hiddenCategories: ['place'] })).toEqual([1, 0, 0, 0]);
    expect(markable({ hiddenEntries: ['a'] })).toEqual([0, 1, 0, 1]);
  });

  it('names one highlight per look, the default keeping the plain name', () => {
    expect(markHighlightName(DEFAULT_SETTINGS)).toBe('gloss-term');
    expect(markHighlightName({ markStyle: 'background', markColour: 'contrast' })).toBe(
      'gloss-term-background-contrast',
    );
    expect(markHighlightName({ markStyle: 'none', markColour: 'green' })).toBe('gloss-term-none');
  });
});

describe('highlight.css', () => {
  it('styles every look a reader can choose (and paints nothing for "not marked")', async () => {
    const { readFileSync } = await import('node:fs');
    const { MARK_COLOURS, MARK_STYLES } = await import('../../src/settings/choices');
    const css = readFileSync(new URL('../../src/page/highlight.css', import.meta.url), 'utf8');
    for (const markStyle of MARK_STYLES) {
      for (const markColour of MARK_COLOURS) {
        const name = markHighlightName({ markStyle, markColour });
        expect(css.includes(`::highlight(${name})`), name).toBe(markStyle !== 'none');
      }
    }
  });
});
