import { GitMerge } from 'lucide-react';
import { useId, useMemo, useRef, useState } from 'react';
import type { Code } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { shortcutLabel } from '../../../platform';
import { Button, ColorSwatch, Dialog } from '../../../ui';
import { isWithin, pathIn, type CodeIndex } from '../code-tree';
import { fold } from '../fold';

export type MergeCodeDialogProps = {
  source: Code;
  index: CodeIndex;
  /** Chosen already (a drag with Alt): the dialog only confirms. */
  initialTarget?: Code | null;
  onCancel: () => void;
  onConfirm: (target: Code) => void;
};

/**
 * "Merge into…": pick the code that receives this one (type to filter, arrows, Enter), then read
 * what happens — codings, sub-codes and memos follow, the code disappears — and confirm.
 */
export function MergeCodeDialog({ source, index, initialTarget = null, onCancel, onConfirm }: MergeCodeDialogProps) {
  const t = useT();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [target, setTarget] = useState<Code | null>(initialTarget);
  const input = useRef<HTMLInputElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);

  const candidates = useMemo(() => {
    const q = fold(query);
    return [...index.byId.values()]
      .filter((c) => c.id !== source.id && !isWithin(index.byId, c.id, source.id))
      .filter((c) => c.isCodable || source.codings === 0)
      .map((c) => ({ code: c, path: pathIn(index.byId, c.id) }))
      .filter(({ path }) => !q || fold(path.join(' ')).includes(q));
  }, [index, source, query]);
  const current = Math.min(active, Math.max(0, candidates.length - 1));
  const children = index.children.get(source.id)?.length ?? 0;

  const choose = (code: Code | undefined) => {
    if (!code) return;
    setTarget(code);
    requestAnimationFrame(() => confirm.current?.focus());
  };

  return (
    <Dialog
      title={t.codebook.mergeTitle(source.name)}
      role="alertdialog"
      size="md"
      icon={<GitMerge size={18} />}
      onClose={onCancel}
      closeLabel={t.common.close}
      initialFocus={initialTarget ? confirm : input}
      testId="merge-code-dialog"
      footer={
        <>
          <Button variant="ghost" onClick={onCancel}>
            {t.common.cancel}
          </Button>
          <Button ref={confirm} variant="primary" disabled={!target} onClick={() => target && onConfirm(target)} data-testid="merge-code-confirm">
            {target ? t.codebook.mergeInto(target.name) : t.codebook.merge}
          </Button>
        </>
      }
    >
      {!initialTarget && (
        <div className="merge-picker">
          <label className="field-label" htmlFor={`${listId}-input`}>
            {t.codebook.mergePick}
          </label>
          <input
            ref={input}
            id={`${listId}-input`}
            className="input"
            role="combobox"
            aria-expanded="true"
            aria-controls={listId}
            aria-activedescendant={candidates.length ? `${listId}-${current}` : undefined}
            value={query}
            placeholder={t.codebook.mergeSearch}
            data-testid="merge-search"
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') setActive((current + 1) % Math.max(1, candidates.length));
              else if (e.key === 'ArrowUp') setActive((current - 1 + candidates.length) % Math.max(1, candidates.length));
              else if (e.key === 'Enter') choose(candidates[current]?.code);
              else return;
              e.preventDefault();
            }}
          />
          <ul id={listId} role="listbox" className="merge-list" aria-label={t.codebook.mergePick}>
            {candidates.map(({ code, path }, i) => (
              <li
                key={code.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={target?.id === code.id}
                className={i === current ? 'merge-option is-active' : 'merge-option'}
                data-testid="merge-option"
                data-code-name={code.name}
                onMouseEnter={() => setActive(i)}
                onClick={() => choose(code)}
              >
                <ColorSwatch color={code.color} size={10} />
                <span className="merge-option-name">
                  {path.length > 1 && <span className="palette-parent">{path.slice(0, -1).join(' › ')} › </span>}
                  {code.name}
                </span>
                <span className="palette-count">{code.codings}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {target && (
        <div className="merge-summary" data-testid="merge-summary">
          <p>{t.codebook.mergeBody(source.name, target.name, source.codings, children)}</p>
          <p className="note">{t.codebook.mergeBackup(shortcutLabel('mod+z', t.keys))}</p>
        </div>
      )}
    </Dialog>
  );
}
