import { useId } from 'preact/hooks';
import { t, type MessageKey } from '../../utils/i18n';
import { LIMITS, type QuoteSettings, type Settings } from '../../utils/settings/schema';
import { isHexColor } from '../../utils/settings/validate';
import { Section, Toggle, Whole } from './fields';
import { Preview } from './Preview';
import { resetOf, type Part } from './sections';

const SOURCES: [keyof QuoteSettings['sources'], Extract<MessageKey, `options.quotes.from${string}`>][] = [
  ['parent', 'options.quotes.fromParent'],
  ['ancestors', 'options.quotes.fromAncestors'],
  ['post', 'options.quotes.fromPost'],
  ['anywhere', 'options.quotes.fromAnywhere'],
];

/** "#rrggbb" and an opacity of 0–100 from a stored #rgb, #rgba, #rrggbb or #rrggbbaa. */
export function splitColor(color: string): { rgb: string; alpha: number } {
  const hex = color.slice(1);
  const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
  const alpha = full.length === 8 ? parseInt(full.slice(6), 16) / 255 : 1;
  return { rgb: `#${full.slice(0, 6).toLowerCase()}`, alpha: Math.round(alpha * 100) };
}

/** The stored form: #rrggbb when opaque, else #rrggbbaa. */
export function joinColor(rgb: string, alpha: number): string {
  if (alpha >= 100) return rgb;
  return `${rgb}${Math.round((Math.max(0, alpha) / 100) * 255).toString(16).padStart(2, '0')}`;
}

/** The browser's colour picker for the hue, a slider for the opacity; only a #hex colour is ever stored (it ends up in a stylesheet). */
function ColourField({ value, onChange }: { value: string; onChange: (color: string) => void }) {
  const id = useId();
  const { rgb, alpha } = splitColor(value);
  const take = (next: string) => isHexColor(next) && next !== value && onChange(next);
  return (
    <div class="tl-setting">
      <div class="tl-setting-text">
        <label for={id}>{t('options.quotes.colour')}</label>
        <span class="tl-hint tl-setting-hint">{t('options.quotes.colourHint')}</span>
      </div>
      <div class="tl-setting-control tl-colour">
        <input id={id} type="color" value={rgb} onInput={(e) => take(joinColor((e.currentTarget as HTMLInputElement).value, alpha))} />
        <input
          type="range"
          min={10}
          max={100}
          step={5}
          value={alpha}
          aria-label={t('options.quotes.opacity')}
          aria-valuetext={t('options.quotes.opacityValue', alpha)}
          onInput={(e) => take(joinColor(rgb, Number((e.currentTarget as HTMLInputElement).value)))}
        />
        {/* Not an <output>: that is a live region of its own, and the slider already says its value. */}
        <span class="tl-opacity" aria-hidden="true">
          {t('options.quotes.opacityValue', alpha)}
        </span>
      </div>
    </div>
  );
}

export function QuotesSection(part: Part<'quotes'> & { theme: Settings['theme'] }) {
  const { value, set } = part;
  return (
    <Section id="quotes" title={t('options.quotes.title')} description={t('options.quotes.about')} reset={resetOf(part)}>
      <ColourField value={value.color} onChange={(color) => set({ ...value, color })} />
      <Preview theme={part.theme} color={value.color} />
      <Whole
        label={t('options.quotes.minWords')}
        hint={t('options.quotes.minWordsHint')}
        value={value.minWords}
        min={LIMITS.minWords[0]}
        max={LIMITS.minWords[1]}
        onChange={(minWords) => set({ ...value, minWords })}
      />
      <p class="tl-setting-group">{t('options.quotes.lookIn')}</p>
      {SOURCES.map(([key, label]) => (
        <Toggle key={key} label={t(label)} checked={value.sources[key]} onChange={(on) => set({ ...value, sources: { ...value.sources, [key]: on } })} />
      ))}
    </Section>
  );
}
