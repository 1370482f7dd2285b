import { Check } from 'lucide-react';
import type { KeyboardEvent } from 'react';
import { useT } from '../../../i18n';
import { CODE_PALETTE } from '../code-colors';

export type ColorPickerProps = { value: string; onChange: (color: string) => void; label: string };

/** The twelve palette colours as a radio group (arrows move), plus any other colour. */
export function ColorPicker({ value, onChange, label }: ColorPickerProps) {
  const t = useT();
  const current = value.toLowerCase();
  const index = CODE_PALETTE.findIndex((c) => c === current);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = CODE_PALETTE[(Math.max(index, 0) + step + CODE_PALETTE.length) % CODE_PALETTE.length]!;
    onChange(next);
    e.currentTarget.querySelector<HTMLElement>(`[data-color="${next}"]`)?.focus();
  };

  return (
    <div className="color-picker">
      <div role="radiogroup" aria-label={label} className="color-grid" onKeyDown={onKeyDown}>
        {CODE_PALETTE.map((c, i) => {
          const checked = c === current;
          return (
            <button
              key={c}
              type="button"
              role="radio"
              aria-checked={checked}
              aria-label={t.codebook.colours[i] ?? c}
              title={t.codebook.colours[i] ?? c}
              tabIndex={checked || (index === -1 && i === 0) ? 0 : -1}
              className="color-option"
              data-color={c}
              style={{ backgroundColor: c }}
              onClick={() => onChange(c)}
            >
              {checked && <Check size={12} strokeWidth={3} aria-hidden="true" />}
            </button>
          );
        })}
      </div>
      <label className="color-custom" title={t.codebook.customColour}>
        <input type="color" value={current} aria-label={t.codebook.customColour} onChange={(e) => onChange(e.target.value)} />
      </label>
    </div>
  );
}
