/** What Gloss marks and how the marks look, with a live sample of the look. */
import { type RefObject, useEffect, useRef } from 'react';
import { markHighlightName } from '../../settings/page-policy';
import type { MarkColour, Marking, MarkStyle, Settings } from '../../settings/schema';
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

/**
 * The sample sentence is painted exactly as pages are: the same highlight.css, the same highlight names, the
 * CSS Custom Highlight API on the sample's text (so light and dark follow the page's scheme as on a site).
 */
function useSamplePaint(sample: RefObject<HTMLElement | null>, name: string): void {
  useEffect(() => {
    const root = sample.current;
    if (!root || typeof Highlight !== 'function') return;
    const ranges = [...root.querySelectorAll('.sample-term')].map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range;
    });
    const highlight = new Highlight(...ranges);
    CSS.highlights.set(name, highlight);
    return () => {
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    };
  }, [sample, name]);
}

export function MarkingSection({
  settings,
  change,
}: {
  settings: Settings;
  change: (apply: (s: Settings) => Settings) => void;
}) {
  const sample = useRef<HTMLParagraphElement>(null);
  useSamplePaint(sample, markHighlightName(settings));
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
      <p className="muted">Off: every mention is marked. The page's glossary counts every mention either way.</p>
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
      <p className="sample" ref={sample}>
        <span className="visually-hidden">Sample of the look: </span>
        Japan’s <span className="sample-term">Self-Defense Forces</span> joined the exercise under{' '}
        <span className="sample-term">Article 9</span>.
      </p>
    </Section>
  );
}
