import type { KeyboardEvent, ReactNode } from 'react';

export type SegmentedProps<T extends string> = {
  label: string;
  value: T;
  options: readonly { value: T; label: string; title?: string | undefined }[];
  onChange: (value: T) => void;
  testId?: string;
  /** Options stacked, for long labels in a narrow column. */
  vertical?: boolean;
};

/** A small set of exclusive choices side by side (a radio group that looks like a switch). */
export function Segmented<T extends string>({ label, value, options, onChange, testId, vertical = false }: SegmentedProps<T>) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = options.findIndex((o) => o.value === value);
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = options[(i + step + options.length) % options.length]!;
    onChange(next.value);
    e.currentTarget.querySelector<HTMLElement>(`[data-value="${next.value}"]`)?.focus();
  };
  return (
    <div className={vertical ? 'an-segmented is-vertical' : 'an-segmented'} role="radiogroup" aria-label={label} onKeyDown={onKeyDown} data-testid={testId}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          role="radio"
          aria-checked={o.value === value}
          tabIndex={o.value === value ? 0 : -1}
          className={o.value === value ? 'an-segment is-on' : 'an-segment'}
          title={o.title}
          data-value={o.value}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}

/** A labelled control in a toolbar. */
export function ToolbarField({ label, children, htmlFor }: { label: string; children: ReactNode; htmlFor?: string }) {
  return (
    <div className="an-field">
      {htmlFor ? (
        <label className="an-field-label" htmlFor={htmlFor}>
          {label}
        </label>
      ) : (
        <span className="an-field-label">{label}</span>
      )}
      {children}
    </div>
  );
}
