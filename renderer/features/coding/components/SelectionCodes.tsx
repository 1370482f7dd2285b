import { X } from 'lucide-react';
import type { Code, Coding } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { shortcutLabel } from '../../../platform';
import { ColorSwatch } from '../../../ui';
import { codingsAt, type TextSelection } from '../codings-at';
import { useRemoveCoding } from '../hooks/useRemoveCoding';

export type SelectionCodesProps = {
  text: string | undefined;
  codings: readonly Coding[];
  codes: readonly Code[];
  selection: TextSelection | null;
  selectedCodingId: number | null;
  /** The coding the inspector shows in full above the list: not listed again. */
  shownCodingId?: number | null;
  onShowCode: (codeId: number) => void;
  onSelectCoding: (coding: Coding) => void;
};

export function SelectionCodes({ text, codings, codes, selection, selectedCodingId, shownCodingId = null, onShowCode, onSelectCoding }: SelectionCodesProps) {
  const t = useT();
  const remove = useRemoveCoding();
  const byId = new Map(codes.map((c) => [c.id, c]));
  if (!selection) {
    return <p className="inspector-note">{t.coding.inspectorNone}</p>;
  }
  const all = codingsAt(codings, selection);
  const here = all.filter((c) => c.id !== shownCodingId).sort((a, b) => a.start - b.start || a.end - b.end);
  // Only the coding shown above is here: nothing more to list.
  if (here.length === 0 && all.length > 0) return null;
  if (here.length === 0) {
    return (
      <div className="inspector-note">
        <p>{t.coding.inspectorEmpty}</p>
        <p className="note">{t.coding.inspectorHint(shortcutLabel('mod+k', t.keys))}</p>
      </div>
    );
  }
  return (
    <ul className="selection-codes" data-testid="selection-codes">
      {here.map((coding) => {
        const code = byId.get(coding.codeId);
        const name = code?.name ?? '?';
        const excerpt = text?.slice(coding.start, coding.end) ?? '';
        return (
          <li
            key={coding.id}
            className={coding.id === selectedCodingId ? 'selection-code is-selected' : 'selection-code'}
            data-testid="selection-code"
          >
            <ColorSwatch color={code?.color ?? '#888'} size={10} />
            <div className="selection-code-body">
              <button type="button" className="link-btn selection-code-name" onClick={() => onShowCode(coding.codeId)} title={t.coding.showQuotes(name)}>
                {name}
              </button>
              <button type="button" className="selection-code-excerpt" onClick={() => onSelectCoding(coding)}>
                {excerpt.length > 90 ? `${excerpt.slice(0, 87).trimEnd()}…` : excerpt}
              </button>
            </div>
            <button
              type="button"
              className="icon-btn icon-btn-sm"
              aria-label={t.coding.remove(name)}
              title={t.coding.remove(name)}
              disabled={coding.id < 0}
              onClick={() => remove.mutate(coding)}
              data-testid="remove-coding"
            >
              <X size={14} />
            </button>
          </li>
        );
      })}
    </ul>
  );
}
