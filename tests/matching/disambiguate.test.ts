/**
 * What an ambiguous term means, decided from the page itself, with the real
 * knowledge base: other terms on the page, context words (in the same
 * paragraph counting more), the site's country domain and the page language.
 * Each page is short realistic news text; paragraphs are blocks.
 */
import { describe, expect, it } from 'vitest';
import { knowledgeDir } from '../../src/knowledge/location';
import { compileKnowledgeDir } from '../../src/knowledge/read-files';
import { PageEvidence } from '../../src/matching/disambiguate';
import { localeContext } from '../../src/matching/locale';
import { matcherFor } from '../../src/matching/matcher';

const { table } = compileKnowledgeDir(knowledgeDir());
const matcher = matcherFor(table);

/** The entry ids a reader would be offered for the `nth` occurrence of `term` on the page. */
function meaning(page: string, term: string, { host = 'news.example.com', lang = 'en', nth = 0 } = {}): string[] {
  const evidence = new PageEvidence(table);
  for (const h of new Set(matcher.scan(localeContext(host, lang).join(' · ')).hints)) evidence.addLocaleHint(h);
  const blocks = page.split(/\n\s*\n/).map((text) => ({ text, ...matcher.scan(text) }));
  for (const b of blocks) {
    for (const h of b.hints) evidence.addHint(h);
    for (let i = 0; i < b.matches.length; i += 3) evidence.addMatch(b.matches[i + 2]);
  }
  let seen = 0;
  for (const b of blocks) {
    for (let i = 0; i < b.matches.length; i += 3) {
      if (b.text.slice(b.matches[i], b.matches[i + 1]) !== term || seen++ < nth) continue;
      const r = evidence.resolve(b.matches[i + 2], b.hints);
      if (r.kind === 'entry') return [table.ids[r.entry]];
      return r.kind === 'undecided' ? r.entries.map((e) => table.ids[e]).toSorted() : [];
    }
  }
  throw new Error(`"${term}" #${nth} is not a term on the page`);
}

describe('meaning from context', () => {
  it('SDF: Syria on a page about Syria, Japan on a page about Japan', () => {
    expect(
      meaning(
        'Kurdish-led fighters of the SDF clashed with Turkish-backed groups near Raqqa in northern Syria.',
        'SDF',
      ),
    ).toEqual(['syrian-democratic-forces']);
    expect(
      meaning(
        'Japan will send the SDF to help after the earthquake, Prime Minister Sanae Takaichi said in Tokyo.',
        'SDF',
      ),
    ).toEqual(['japan-self-defense-forces']);
  });

  it('SDF: the paragraph decides when a page about Japan mentions the Syrian force', () => {
    const page = [
      'Japan is expanding the role of its Self-Defense Forces, and the SDF budget rose again in Tokyo this year.',
      'In Syria, meanwhile, the Syrian Democratic Forces (SDF) handed a prison to government forces near Raqqa.',
    ].join('\n\n');
    expect(meaning(page, 'SDF', { nth: 0 })).toEqual(['japan-self-defense-forces']);
    expect(meaning(page, 'SDF', { nth: 1 })).toEqual(['syrian-democratic-forces']);
  });

  it('SDF alone: a short acronym several bodies use, with nothing on the page to tell which, is not marked', () => {
    expect(meaning('The SDF said on Monday that it would respond.', 'SDF')).toEqual([]);
  });

  it("Congress: Washington's on a US page, India's on an Indian one, and by the site's domain", () => {
    expect(
      meaning(
        'Republicans in the Senate and the House of Representatives said Congress would vote in Washington.',
        'Congress',
      ),
    ).toEqual(['united-states-congress']);
    expect(
      meaning("Rahul Gandhi said Congress would fight Narendra Modi's BJP in the Lok Sabha elections.", 'Congress'),
    ).toEqual(['indian-national-congress']);
    expect(
      meaning('Leaders of Congress met party workers on Tuesday.', 'Congress', { host: 'www.thehindu.co.in' }),
    ).toEqual(['indian-national-congress']);
  });

  it('Labour and Labor: each only where its country is', () => {
    expect(meaning('Keir Starmer told Labour MPs at Westminster that the party must change.', 'Labour')).toEqual([
      'labour-party-uk',
    ]);
    expect(meaning('Anthony Albanese said Labor would hold its majority in Canberra.', 'Labor')).toEqual([
      'australian-labor-party',
    ]);
    expect(() => meaning('The labour market cooled as wages rose.', 'labour')).toThrow(/not a term/);
  });

  it('Supreme Court: by country', () => {
    expect(
      meaning(
        'The Supreme Court in Washington heard the tariff case; Chief Justice John Roberts questioned the government.',
        'Supreme Court',
      ),
    ).toEqual(['supreme-court-of-the-united-states']);
    expect(
      meaning('The Supreme Court in New Delhi stayed the order against the Indian state.', 'Supreme Court'),
    ).toEqual(['supreme-court-of-india']);
  });

  it('Diet: never food, and the page language can name the country', () => {
    expect(() => meaning('A balanced diet keeps you healthy.', 'diet')).toThrow(/not a term/);
    expect(meaning('The Diet passed the budget.', 'Diet', { lang: 'ja' })).toEqual(['national-diet']);
    expect(meaning('The Diet passed the budget.', 'Diet', { host: 'www.asahi.co.jp' })).toEqual(['national-diet']);
    // Without anything on the page to say which Diet: not marked.
    expect(meaning('The Diet passed the budget.', 'Diet')).toEqual([]);
  });

  it('Article 9: Japan only on a page about Japan', () => {
    expect(meaning("Japan's pacifist constitution and its Article 9 were debated in Tokyo.", 'Article 9')).toEqual([
      'article-9-japan',
    ]);
    expect(
      meaning('Article 9 of the GDPR lists special categories of personal data.', 'Article 9 of the GDPR'),
    ).toEqual(['general-data-protection-regulation']);
  });

  it('people who share a surname: the page names the one it means', () => {
    expect(
      meaning('Mojtaba Khamenei was named supreme leader; Khamenei had not appeared in public since.', 'Khamenei'),
    ).toEqual(['mojtaba-khamenei']);
    expect(
      meaning('Vice President Sara Duterte faced a new impeachment complaint; Duterte denied wrongdoing.', 'Duterte'),
    ).toEqual(['sara-duterte']);
  });

  it("a generated person's surname alone: only after the page names them in full, never by context words", () => {
    expect(
      meaning(
        "Former security chief Emmerson Mnangagwa was ousted as vice-president. Mnangagwa's allies in Harare waited.",
        'Mnangagwa',
      ),
    ).toEqual(['emmerson-dambudzo-mnangagwa']);
    // A curated person with no alias for their surname alone gets one that works the same way.
    expect(
      meaning(
        'A debate between Prime Minister Boris Johnson and Jeremy Corbyn. It posted tweets supporting Johnson.',
        'Johnson',
      ),
    ).toEqual(['boris-johnson']);
    expect(meaning('It posted tweets supporting Johnson during the debate in London.', 'Johnson')).toEqual([]);
    // Zimbabwe, its capital and its ruling party are context, not a name: the surname stays unmarked.
    expect(
      meaning('In Harare, Zimbabwe, the ruling ZANU-PF met; Mnangagwa was not there, officials said.', 'Mnangagwa'),
    ).toEqual([]);
  });
});
