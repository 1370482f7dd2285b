import { Plus, X } from 'lucide-react';
import { useId } from 'react';
import { useT } from '../../../i18n';
import { IconButton } from '../../../ui';
import type { CodeEntry } from '../code-tree';
import { minOperands, queryOps, type QueryDraft } from '../query-builder';
import { Segmented } from './Segmented';

export type QueryBuilderProps = { draft: QueryDraft; onChange: (draft: QueryDraft) => void; entries: readonly CodeEntry[] };

/** One operator over a few codes, read as a sentence: “coded A AND B, in the same turn”. */
export function QueryBuilder({ draft, onChange, entries }: QueryBuilderProps) {
  const t = useT();
  const qt = t.analysis.query;
  const id = useId();
  const set = (patch: Partial<QueryDraft>) => onChange({ ...draft, ...patch });
  const setCode = (i: number, codeId: number | null) => set({ codeIds: draft.codeIds.map((c, j) => (j === i ? codeId : c)) });
  const chosen = draft.codeIds.filter((c) => c !== null).length;
  const slotLabel = (i: number) => (draft.op === 'not' ? (i === 0 ? qt.include : qt.exclude) : qt.operand(i));

  return (
    <div className="an-query" data-testid="query-builder">
      <div className="an-query-row">
        <span className="section-title">{qt.operator}</span>
        <Segmented
          label={qt.operator}
          value={draft.op}
          onChange={(op) => set({ op, codeIds: padded(draft.codeIds, minOperands(op)) })}
          options={queryOps.map((op) => ({ value: op, label: qt.ops[op], title: qt.opHelp[op] }))}
          testId="query-op"
        />
        <p className="an-note">{qt.opHelp[draft.op]}</p>
      </div>
      <ol className="an-query-slots">
        {draft.codeIds.map((codeId, i) => (
          <li key={i} className="an-query-slot">
            <label className="an-query-slot-label" htmlFor={`${id}-${i}`}>
              {slotLabel(i)}
            </label>
            <select
              id={`${id}-${i}`}
              className="select select-sm"
              value={codeId ?? ''}
              onChange={(e) => setCode(i, e.target.value === '' ? null : Number(e.target.value))}
              data-testid="query-code"
            >
              <option value="">{qt.pickCode}</option>
              {entries.map(({ code, depth }) => (
                <option key={code.id} value={code.id}>
                  {`${'\u2003'.repeat(depth)}${code.name}`}
                </option>
              ))}
            </select>
            {draft.codeIds.length > minOperands(draft.op) && (
              <IconButton label={qt.removeCode} icon={<X size={14} />} size="sm" bare onClick={() => set({ codeIds: draft.codeIds.filter((_, j) => j !== i) })} />
            )}
          </li>
        ))}
      </ol>
      <button type="button" className="link-btn an-query-add" onClick={() => set({ codeIds: [...draft.codeIds, null] })} data-testid="query-add-code">
        <Plus size={13} aria-hidden="true" /> {qt.addCode}
      </button>
      {(draft.op === 'and' || draft.op === 'not') && (
        <div className="an-query-row">
          <span className="section-title">{qt.mode}</span>
          <Segmented
            label={qt.mode}
            value={draft.mode}
            onChange={(mode) => set({ mode })}
            options={(['overlap', 'turn'] as const).map((v) => ({ value: v, label: qt.modes[v] }))}
            testId="query-mode"
            vertical
          />
        </div>
      )}
      {draft.op === 'near' && (
        <div className="an-query-row">
          <label className="section-title" htmlFor={`${id}-within`}>
            {qt.within}
          </label>
          <div className="an-query-near">
            <input
              id={`${id}-within`}
              type="number"
              min={0}
              step={draft.unit === 'turns' ? 1 : 50}
              className="input input-sm an-query-within"
              value={draft.within}
              onChange={(e) => set({ within: Math.max(0, Number(e.target.value) || 0) })}
              data-testid="query-within"
            />
            <select className="select select-sm" aria-label={qt.within} value={draft.unit} onChange={(e) => set({ unit: e.target.value as QueryDraft['unit'] })} data-testid="query-unit">
              <option value="characters">{qt.units.characters}</option>
              <option value="turns">{qt.units.turns}</option>
            </select>
          </div>
        </div>
      )}
      <label className="an-toggle">
        <input type="checkbox" checked={draft.includeChildren} onChange={(e) => set({ includeChildren: e.target.checked })} />
        {t.analysis.codes.includeChildren}
      </label>
      {chosen < minOperands(draft.op) && <p className="an-note">{qt.incomplete(minOperands(draft.op))}</p>}
    </div>
  );
}

/** Empty slots up to what the operator needs. */
const padded = (ids: readonly (number | null)[], min: number) => [...ids, ...Array<null>(Math.max(0, min - ids.length)).fill(null)];
