import { Tags } from 'lucide-react';
import { useState } from 'react';
import type { Code, SearchFilters } from '../../../../shared/contract';
import { AppError } from '../../../../shared/result';
import { useT } from '../../../i18n';
import { Button } from '../../../ui';
import { nextColor, useCreateCode } from '../../codebook';
import { useUndoRedo } from '../../history';
import { useAutoCode } from '../hooks/useAutoCode';

type Level = 'hit' | 'sentence' | 'turn';
const NEW_CODE = 'new';

export type AutoCodeBarProps = {
  query: string;
  filters: SearchFilters;
  codes: readonly Code[];
  hitCount: number;
  /** The ticked hits (documentId + first match); empty: every hit. */
  selected: { documentId: number; start: number; end: number }[];
};

type Outcome = { kind: 'done'; text: string } | { kind: 'error'; text: string };

/** Applies a code to the hits — all, or the ticked ones — at the level of the words, their sentence or their turn; one undoable step. */
export function AutoCodeBar({ query, filters, codes, hitCount, selected }: AutoCodeBarProps) {
  const t = useT();
  const a = t.search.autoCode;
  const [choice, setChoice] = useState('');
  const [newName, setNewName] = useState('');
  const [level, setLevel] = useState<Level>('hit');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const createCode = useCreateCode();
  const autoCode = useAutoCode();
  const history = useUndoRedo();
  const codable = codes.filter((c) => c.isCodable);
  const isBusy = createCode.isPending || autoCode.isPending;
  const canApply = !isBusy && hitCount > 0 && (choice === NEW_CODE ? newName.trim().length > 0 : choice !== '');

  const apply = async () => {
    setOutcome(null);
    try {
      const code =
        choice === NEW_CODE ? await createCode.mutateAsync({ name: newName.trim(), parentId: null, color: nextColor(codes) }) : codable.find((c) => String(c.id) === choice);
      if (!code) return;
      const result = await autoCode.mutateAsync({ query, filters, codeId: code.id, level, ...(selected.length > 0 ? { selected } : {}) });
      if (choice === NEW_CODE) {
        setChoice(String(code.id));
        setNewName('');
      }
      setOutcome({
        kind: 'done',
        text: result.applied === 0 ? a.nothing(code.name) : a.done(result.applied, code.name) + (result.alreadyCoded > 0 ? a.already(result.alreadyCoded) : ''),
      });
    } catch (e) {
      setOutcome({ kind: 'error', text: e instanceof AppError ? e.message : t.errors.internal });
    }
  };

  return (
    <section className="search-autocode" aria-label={a.title} data-testid="search-autocode">
      <h3 className="search-section-title">
        <Tags size={14} aria-hidden="true" />
        {a.title}
      </h3>
      <div className="search-autocode-fields">
        <label className="search-field">
          <span>{a.code}</span>
          <select className="select select-sm" value={choice} onChange={(e) => setChoice(e.target.value)} data-testid="autocode-code">
            <option value="" disabled>
              {a.chooseCode}
            </option>
            {codable.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
            <option value={NEW_CODE}>{a.newCode}</option>
          </select>
        </label>
        {choice === NEW_CODE && (
          <label className="search-field">
            <span>{a.newCodeName}</span>
            <input className="input input-sm" value={newName} onChange={(e) => setNewName(e.target.value)} maxLength={120} autoFocus data-testid="autocode-new-name" />
          </label>
        )}
        <label className="search-field">
          <span>{a.level}</span>
          <select className="select select-sm" value={level} onChange={(e) => setLevel(e.target.value as Level)} data-testid="autocode-level">
            {(['hit', 'sentence', 'turn'] as const).map((l) => (
              <option key={l} value={l}>
                {a.levels[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Button variant="primary" size="sm" disabled={!canApply} onClick={() => void apply()} data-testid="autocode-apply">
        {isBusy ? a.working : selected.length > 0 ? a.applySelected(selected.length) : a.applyAll(hitCount)}
      </Button>
      {outcome && (
        <p className={outcome.kind === 'error' ? 'search-outcome is-error' : 'search-outcome'} role="status" data-testid="autocode-outcome">
          {outcome.text}
          {outcome.kind === 'done' && (
            <button
              type="button"
              className="search-link"
              onClick={() => {
                history.undo();
                setOutcome(null);
              }}
              data-testid="autocode-undo"
            >
              {a.undo}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
