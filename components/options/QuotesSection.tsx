import { DEFAULT_SETTINGS, LIMITS, type QuoteSettings } from '../../utils/settings/schema';
import { isHexColor } from '../../utils/settings/validate';
import { Section, Toggle, Whole } from './fields';
import type { Part } from './sections';

const SOURCES: [keyof QuoteSettings['sources'], string][] = [
  ['parent', 'The comment replied to'],
  ['ancestors', 'Comments further up the thread'],
  ['post', 'The post'],
  ['anywhere', 'Anywhere else in the thread'],
];

export function QuotesSection({ value, set }: Part<'quotes'>) {
  // Only a #hex colour is taken (it ends up in a stylesheet); anything else puts the old one back.
  const color = (input: HTMLInputElement) => {
    const text = input.value.trim();
    if (isHexColor(text)) set({ ...value, color: text });
    else input.value = value.color;
  };
  return (
    <Section legend="Quotes" onReset={() => set(DEFAULT_SETTINGS.quotes)}>
      <label>
        Highlight colour{' '}
        <input value={value.color} aria-label="Highlight colour (#hex)" onChange={(e) => color(e.currentTarget as HTMLInputElement)} />{' '}
        <span class="tl-swatch" style={{ display: 'inline-block', width: '1em', height: '1em', background: value.color }} aria-hidden="true" />
      </label>
      <Whole label="Shortest quote linked (words)" value={value.minWords} min={LIMITS.minWords[0]} max={LIMITS.minWords[1]} onChange={(minWords) => set({ ...value, minWords })} />
      <p class="tl-hint">Look for a quote's source in:</p>
      {SOURCES.map(([key, label]) => (
        <Toggle key={key} label={label} checked={value.sources[key]} onChange={(on) => set({ ...value, sources: { ...value.sources, [key]: on } })} />
      ))}
    </Section>
  );
}
