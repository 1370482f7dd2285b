import type { CSSProperties } from 'react';
import { useT } from '../../../i18n';
import type { CodeEntry } from '../code-tree';
import { toggle } from '../filters';

export type CodePickerProps = {
  entries: readonly CodeEntry[];
  selected: readonly number[];
  onChange: (ids: number[]) => void;
  includeChildren: boolean;
  onIncludeChildren: (value: boolean) => void;
};

/** The codebook as a checklist: the codes whose quotes to read together. */
export function CodePicker({ entries, selected, onChange, includeChildren, onIncludeChildren }: CodePickerProps) {
  const t = useT();
  const c = t.analysis.codes;
  return (
    <fieldset className="an-code-picker" data-testid="analysis-code-picker">
      <legend className="an-picker-legend">
        <span className="section-title">{c.label}</span>
        <span className="an-picker-actions">
          <button type="button" className="link-btn" onClick={() => onChange(entries.map((e) => e.code.id))}>
            {c.all}
          </button>
          <button type="button" className="link-btn" onClick={() => onChange([])}>
            {c.none}
          </button>
        </span>
      </legend>
      <label className="an-toggle">
        <input type="checkbox" checked={includeChildren} onChange={(e) => onIncludeChildren(e.target.checked)} data-testid="analysis-include-children" />
        {c.includeChildren}
      </label>
      <div className="an-code-list">
        {entries.map(({ code, depth }) => (
          <label key={code.id} className="an-code-option" style={{ '--depth': depth } as CSSProperties}>
            <input type="checkbox" checked={selected.includes(code.id)} onChange={() => onChange(toggle(selected, code.id))} />
            <span className="an-dot" style={{ backgroundColor: code.color }} aria-hidden="true" />
            <span className="an-check-label">{code.name}</span>
            <span className="an-count">{includeChildren ? code.codingsWithSubcodes : code.codings}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
