/** What opens a card and how cards look. */
import { type ChangeEvent, useId } from 'react';
import {
  type CardFontSize,
  CARD_FONT_PX,
  DWELL_RANGE,
  type Modifier,
  type Settings,
  type Theme,
  type Trigger,
} from '../../settings/schema';
import { type Choice, RadioGroup, Section } from '../controls';

const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform);

const MODIFIER_LABELS: Record<Modifier, string> = {
  Alt: IS_MAC ? 'Option (⌥)' : 'Alt',
  Control: IS_MAC ? 'Control (⌃)' : 'Ctrl',
  Shift: 'Shift',
  Meta: IS_MAC ? 'Command (⌘)' : 'Windows / Super',
};

const TRIGGER_CHOICES: Choice<Trigger>[] = [
  {
    value: 'hover',
    label: 'Resting the pointer on a term',
    hint: 'On a touch screen, a tap opens the card whatever you choose here.',
  },
  { value: 'modifier', label: 'Pointing at a term while holding a key' },
  {
    value: 'click',
    label: 'Clicking a term',
    hint: 'A term inside a link: the first click opens its card, with “Open link”; a second click follows the link.',
  },
];

const SIZE_LABELS: Record<CardFontSize, string> = {
  small: 'Small',
  medium: 'Medium',
  large: 'Large',
  larger: 'Larger',
};

const THEME_CHOICES: Choice<Theme>[] = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function CardsSection({
  settings,
  change,
}: {
  settings: Settings;
  change: (apply: (s: Settings) => Settings) => void;
}) {
  const modifierId = useId();
  const dwellId = useId();
  const sizeId = useId();
  const setDwell = (e: ChangeEvent<HTMLInputElement>) => {
    const dwellMs = Number(e.target.value);
    if (Number.isInteger(dwellMs) && dwellMs >= DWELL_RANGE.min && dwellMs <= DWELL_RANGE.max) {
      change((s) => ({ ...s, dwellMs }));
    }
  };
  return (
    <Section title="Cards" id="cards">
      <RadioGroup
        legend="A card opens on"
        name="trigger"
        choices={TRIGGER_CHOICES}
        value={settings.trigger}
        onChange={(trigger) => change((s) => ({ ...s, trigger }))}
      />
      <div className="field">
        <label htmlFor={modifierId}>Key to hold</label>
        <select
          id={modifierId}
          value={settings.modifier}
          disabled={settings.trigger !== 'modifier'}
          onChange={(e) => {
            // Read now: the change applies later, when the control may show another value.
            const modifier = e.target.value as Modifier;
            change((s) => ({ ...s, modifier }));
          }}
        >
          {Object.entries(MODIFIER_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={dwellId}>Delay before a card opens: {settings.dwellMs} ms</label>
        <input
          id={dwellId}
          type="range"
          min={DWELL_RANGE.min}
          max={DWELL_RANGE.max}
          step={DWELL_RANGE.step}
          value={settings.dwellMs}
          disabled={settings.trigger !== 'hover'}
          aria-valuetext={`${settings.dwellMs} milliseconds`}
          onChange={setDwell}
        />
      </div>
      <div className="field">
        <label htmlFor={sizeId}>Text size</label>
        <select
          id={sizeId}
          value={settings.cardFontSize}
          onChange={(e) => {
            const cardFontSize = e.target.value as CardFontSize;
            change((s) => ({ ...s, cardFontSize }));
          }}
        >
          {Object.entries(SIZE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label} ({CARD_FONT_PX[value as CardFontSize]} px)
            </option>
          ))}
        </select>
      </div>
      <RadioGroup
        legend="Theme"
        name="theme"
        choices={THEME_CHOICES}
        value={settings.theme}
        onChange={(theme) => change((s) => ({ ...s, theme }))}
      />
    </Section>
  );
}
