import { describe, expect, it } from 'vitest';
import { minFamiliarity, pageState, readSettingsLoosely, siteOf, withSite } from '../../src/settings/page-policy';
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
    const s = { paused: false, disabledSites: ['bbc.co.uk'] };
    expect(pageState(s, 'https://www.bbc.co.uk/news')).toBe('site-off');
    expect(pageState(s, 'https://www.nytimes.com/')).toBe('on');
    expect(pageState({ ...s, paused: true }, 'https://www.nytimes.com/')).toBe('paused');
  });

  it('turns a site off and on without duplicates', () => {
    const off = withSite(withSite(DEFAULT_SETTINGS, 'a.com', false), 'a.com', false);
    expect(off.disabledSites).toEqual(['a.com']);
    expect(withSite(off, 'a.com', true).disabledSites).toEqual([]);
  });

  it('reads damaged settings field by field, falling back to defaults', () => {
    expect(readSettingsLoosely(null)).toEqual(DEFAULT_SETTINGS);
    expect(readSettingsLoosely({ paused: 'yes', disabledSites: ['a.com', 3, null], marking: 'all' })).toEqual({
      paused: false,
      disabledSites: ['a.com'],
      marking: 'default',
    });
  });

  it.each([
    ['fewer', 2],
    ['default', 1],
    ['more', 0],
  ] as const)('marking %s marks entries of familiarity %i and up', (marking, least) => {
    expect(minFamiliarity({ marking })).toBe(least);
  });
});
