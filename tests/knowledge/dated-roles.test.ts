/**
 * No role in the present tense without its date (issue #18, point 3): "led by Nigel Farage since June 2024",
 * never "led by Nigel Farage". The detector is tested on its own, then run over every curated entry.
 */
import { describe, expect, it } from 'vitest';
import { undatedRolePhrases } from '../../src/knowledge/dated-roles';
import { knowledgeDir } from '../../src/knowledge/location';
import { readCuratedFiles } from '../../src/knowledge/read-files';

describe('undatedRolePhrases', () => {
  it.each([
    'British right-wing populist party led by Nigel Farage',
    'Israel’s main right-wing party, led by Benjamin Netanyahu.',
    'King Charles III is its head, and Shirley Botchwey became Secretary-General on 1 April 2025.',
    'Marles is deputy leader of the Labor Party.',
    'His daughter Sara Duterte is vice president.',
    'He chairs the United Russia party.',
    'A cartel led by Ismael Zambada.',
    'She heads a coalition with Forza Italia and the League.',
  ])('flags %j', (text) => {
    expect(undatedRolePhrases(text)).toHaveLength(1);
  });

  it.each([
    'British right-wing populist party, led by Nigel Farage since June 2024',
    'A Sudanese paramilitary force, led since 2013 by Mohamed Hamdan Dagalo.',
    'King Charles III has been its head since September 2022.',
    'The declaration was drafted by a committee chaired by Eleanor Roosevelt.',
    'It leads the opposition INDIA bloc.',
    'A cartel once led by Joaquín Guzmán.',
    'The summit of the EU heads of state or government.',
    'Prime Minister of Japan, 2021–2024, led by nobody.',
  ])('passes %j', (text) => {
    expect(undatedRolePhrases(text)).toEqual([]);
  });
});

/**
 * Sentences the detector flags that give no person an undated role: an office's or an organisation's
 * standing function, or a past event whose year sits outside the detector's window. Each with its reason.
 */
const NOT_ROLES: Record<string, string> = {
  'rajya-sabha': 'an office chairs it (the Vice President of India), not a named person',
  'european-court-of-human-rights': 'a 2025 event: governments led a call for debate',
  'mohammed-bin-rashid': 'a constitutional convention about offices',
  'red-cross-red-crescent-movement': 'the ICRC’s mandate, not a person',
  'islamic-revolutionary-guard-corps': 'what the IRGC commands, not a person',
  cptpp: 'a past event (2018) led by Japan',
  'world-war-ii': 'the alliances of 1939–1945',
  starlink: 'run by a company (SpaceX), not a person',
  'ftse-100': 'run by a company (FTSE Russell)',
  topix: 'run by a company (Japan Exchange Group)',
  'hong-kong-stock-exchange': 'run by a company (HKEX)',
  'eu-high-representative': 'what the office does, not a named person',
  'director-of-national-intelligence': 'what the office does, not a named person',
  'pakistani-general-election-2024': 'a past event (2024): the coalition that formed the government then',
  'rwandan-genocide': 'a past event (1994): who ended it',
  'iran-war-2026': 'a past event (April 2026): who led the delegations',
  'burkina-faso-coups-2022': 'past events (2022): who led the coups',
  'zanu-pf': 'dated: "since then" follows "November 2017" beyond the detector’s window',
};

describe('the curated knowledge base', () => {
  it('gives every present-tense role its date', () => {
    const undated: string[] = [];
    for (const file of readCuratedFiles(knowledgeDir())) {
      if (!Array.isArray(file.data)) continue;
      for (const entry of file.data as { id: string; subtitle?: string; summary?: string; details?: string }[]) {
        if (entry.id in NOT_ROLES) continue;
        for (const field of ['subtitle', 'summary', 'details'] as const)
          for (const sentence of undatedRolePhrases(entry[field] ?? ''))
            undated.push(`${entry.id}.${field}: ${sentence}`);
      }
    }
    expect(undated).toEqual([]);
  });
});
