/**
 * The knowledge base covers what issue #5 names as the stuff of world news,
 * at news scale, with familiarity levels that keep pages from being flooded.
 */
import { describe, expect, it } from 'vitest';
import { knowledgeDir } from '../../src/knowledge/location';
import { loadKnowledge } from '../../src/knowledge/read-files';

const entries = loadKnowledge(knowledgeDir()).entries;
const ids = new Set(entries.map((e) => e.id));

const NAMED: Record<string, string[]> = {
  'legislatures, courts, central banks and parties': [
    'united-states-congress',
    'united-states-senate',
    'united-states-house-of-representatives',
    'supreme-court-of-the-united-states',
    'federal-reserve',
    'bundestag',
    'knesset',
    'likud',
    'lok-sabha',
    'indian-national-congress',
    'conservative-party-uk',
    'labour-party-uk',
    'liberal-democrats-uk',
  ],
  'international organisations and groupings': [
    'united-nations',
    'un-security-council',
    'un-general-assembly',
    'unhcr',
    'unicef',
    'world-health-organization',
    'north-atlantic-treaty-organization',
    'european-union',
    'european-commission',
    'european-council',
    'european-parliament',
    'council-of-the-european-union',
    'g7',
    'g20',
    'brics',
    'asean',
    'quad',
    'aukus',
    'international-atomic-energy-agency',
    'international-monetary-fund',
    'world-bank',
    'world-trade-organization',
    'opec-plus',
  ],
  'treaties, agreements and legal concepts': [
    'article-5-north-atlantic-treaty',
    'geneva-conventions',
    'nuclear-non-proliferation-treaty',
    'budapest-memorandum',
    'minsk-agreements',
    'impeachment',
    'filibuster',
  ],
  'conflicts, disputed territories and flashpoints': [
    'crimea',
    'donbas',
    'zaporizhzhia-nuclear-power-plant',
    'kashmir',
    'line-of-control',
    'taiwan-strait',
    'south-china-sea',
    'senkaku-islands',
    'gaza-strip',
    'west-bank',
    'korean-demilitarized-zone',
  ],
  'economic and financial terms': [
    'sanctions-against-russia',
    'disconnection-from-swift',
    'russian-oil-price-cap',
    'basis-point',
    'quantitative-easing',
    'tariff',
    'gdp',
    'inflation',
    'bond-yield',
  ],
  'military systems and concepts': [
    'himars',
    'atacms',
    'patriot-missile-system',
    'iron-dome',
    'storm-shadow',
    'taurus-missile',
    'f-16',
    'deterrence',
    'counterstrike-capability',
  ],
};

describe('breadth', () => {
  it('has at least 600 entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(600);
  });

  it.each(Object.entries(NAMED))('covers %s', (_, wanted) => {
    expect(wanted.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has people with dated roles: every person has a subtitle, and none says "current"', () => {
    const people = entries.filter((e) => e.category === 'person');
    expect(people.length).toBeGreaterThan(150);
    expect(people.filter((p) => !p.subtitle).map((p) => p.id)).toEqual([]);
  });

  it('keeps most entries markable and familiar names quiet', () => {
    const common = entries.filter((e) => e.familiarity === 'common').length;
    expect(common).toBeGreaterThan(20);
    expect(common).toBeLessThan(entries.length / 5);
  });
});
