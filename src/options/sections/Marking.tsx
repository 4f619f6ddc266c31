/** What Gloss marks and how the marks look, with a live sample of the look. */
import type { CSSProperties } from 'react';
import { type MarkColour, type Marking, type MarkStyle, type Settings } from '../../settings/schema';
import { type Choice, RadioGroup, Section, Toggle } from '../controls';

const MARKING_CHOICES: Choice<Marking>[] = [
  {
    value: 'fewer',
    label: 'Fewer',
    hint: 'Only specialist terms most readers would stop at (Komeito, HIMARS, basis points).',
  },
  {
    value: 'default',
    label: 'Default',
    hint: 'Terms a general reader may not know (the G7, the Bundestag, Article 9), not familiar names.',
  },
  { value: 'more', label: 'More', hint: 'Familiar names too (China, Donald Trump, inflation).' },
];

const STYLE_CHOICES: Choice<MarkStyle>[] = [
  { value: 'underline', label: 'Dotted underline' },
  { value: 'background', label: 'Soft background' },
  { value: 'none', label: 'Not marked', hint: 'Terms still explain themselves when you point at them.' },
];

const COLOUR_CHOICES: Choice<MarkColour>[] = [
  { value: 'blue', label: 'Blue' },
  { value: 'green', label: 'Green' },
  { value: 'purple', label: 'Purple' },
  { value: 'orange', label: 'Orange' },
  { value: 'contrast', label: 'High contrast', hint: 'A solid, thick line in the text’s colour, or black on yellow.' },
];

/** The sample's look: the same colours as highlight.css (light page), on ordinary text here. */
const SAMPLE_COLOURS: Record<Exclude<MarkColour, 'contrast'>, string> = {
  blue: '11 87 208',
  green: '24 128 56',
  purple: '132 48 206',
  orange: '176 80 0',
};

export function sampleStyle({ markStyle, markColour }: Pick<Settings, 'markStyle' | 'markColour'>): CSSProperties {
  if (markStyle === 'none') return {};
  if (markColour === 'contrast') {
    return markStyle === 'underline'
      ? { textDecoration: 'underline solid currentcolor 3px' }
      : { backgroundColor: '#ffeb3b', color: '#000' };
  }
  const rgb = SAMPLE_COLOURS[markColour];
  return markStyle === 'underline'
    ? { textDecoration: `underline dotted rgb(${rgb} / 0.85) 2px` }
    : { backgroundColor: `rgb(${rgb} / 0.16)` };
}

export function MarkingSection({
  settings,
  change,
}: {
  settings: Settings;
  change: (apply: (s: Settings) => Settings) => void;
}) {
  return (
    <Section title="What Gloss marks" id="marking">
      <RadioGroup
        legend="How much"
        name="marking"
        choices={MARKING_CHOICES}
        value={settings.marking}
        onChange={(marking) => change((s) => ({ ...s, marking }))}
      >
        <p className="muted">Everything stays searchable and can be looked up from a selection.</p>
      </RadioGroup>
      <Toggle
        checked={settings.firstMentionOnly}
        onChange={(firstMentionOnly) => change((s) => ({ ...s, firstMentionOnly }))}
      >
        Mark only the first mention of each term on a page
      </Toggle>
      <div className="columns">
        <RadioGroup
          legend="Look"
          name="markStyle"
          choices={STYLE_CHOICES}
          value={settings.markStyle}
          onChange={(markStyle) => change((s) => ({ ...s, markStyle }))}
        />
        <RadioGroup
          legend="Colour"
          name="markColour"
          choices={COLOUR_CHOICES}
          value={settings.markColour}
          onChange={(markColour) => change((s) => ({ ...s, markColour }))}
        />
      </div>
      <p className="sample" aria-label="Sample of the look">
        Japan’s <span style={sampleStyle(settings)}>Self-Defense Forces</span> joined the exercise under{' '}
        <span style={sampleStyle(settings)}>Article 9</span>.
      </p>
    </Section>
  );
}
