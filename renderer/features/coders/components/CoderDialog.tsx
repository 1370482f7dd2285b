import { Check, UserRound } from 'lucide-react';
import { useRef, useState } from 'react';
import type { ProjectInfo } from '../../../../shared/contract';
import { AppError } from '../../../../shared/result';
import { useT } from '../../../i18n';
import { Button, Dialog } from '../../../ui';
import { useBlindCoding } from '../hooks/useBlindCoding';
import { useCoderActions, useCoderList } from '../hooks/useCoderActions';

export type CoderDialogProps = { coder: ProjectInfo['coder']; onClose: () => void };

/**
 * Who is coding: the person's name for the current coder (“Codeur 1” until they say), another coder
 * of the project to switch to, or a new one. Never the OS user name: the user types it.
 */
export function CoderDialog({ coder, onClose }: CoderDialogProps) {
  const t = useT();
  const c = t.coders;
  const coders = useCoderList();
  const { use, rename } = useCoderActions();
  const blind = useBlindCoding();
  const [name, setName] = useState(coder.name);
  const [added, setAdded] = useState('');
  const [error, setError] = useState<string | null>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const fail = (e: unknown) => setError(e instanceof AppError ? e.message : String(e));

  const saveName = () => {
    if (name.trim() === '' || name.trim() === coder.name) return onClose();
    rename.mutate({ id: coder.id, name }, { onSuccess: onClose, onError: fail });
  };
  const switchTo = (next: string) => use.mutate(next, { onSuccess: onClose, onError: fail });
  const others = (coders.data ?? []).filter((k) => k.id !== coder.id);

  return (
    <Dialog title={c.title} onClose={onClose} size="sm" icon={<UserRound size={18} />} initialFocus={nameField} closeLabel={t.common.close} testId="coder-dialog"
      footer={
        <>
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button variant="primary" onClick={saveName} data-testid="coder-save">
            {c.save}
          </Button>
        </>
      }
    >
      <form
        className="coder-form"
        onSubmit={(e) => {
          e.preventDefault();
          saveName();
        }}
      >
        <label className="field">
          <span className="field-label">{c.yourName}</span>
          <input ref={nameField} className="input" value={name} onChange={(e) => setName(e.target.value)} data-testid="coder-name" maxLength={120} />
          <span className="note">{c.nameHint}</span>
        </label>
      </form>
      {others.length > 0 && (
        <section className="coder-section">
          <h3 className="coder-heading">{c.switchTo}</h3>
          <ul className="coder-list" data-testid="coder-list">
            {others.map((k) => (
              <li key={k.id}>
                <button type="button" className="coder-choice" onClick={() => switchTo(k.name)}>
                  <UserRound size={14} aria-hidden="true" />
                  <span className="coder-choice-name">{k.name}</span>
                  <span className="coder-choice-count">{c.codings(k.codings)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <form
        className="coder-section coder-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (added.trim() !== '') switchTo(added);
        }}
      >
        <label className="field">
          <span className="field-label">{c.newCoder}</span>
          <span className="coder-add-row">
            <input className="input" value={added} onChange={(e) => setAdded(e.target.value)} data-testid="coder-new" maxLength={120} placeholder={c.newPlaceholder} />
            <Button type="submit" disabled={added.trim() === ''} data-testid="coder-add" icon={<Check size={14} aria-hidden="true" />}>
              {c.codeAs}
            </Button>
          </span>
        </label>
      </form>
      <section className="coder-section">
        <label className="coder-blind">
          <input type="checkbox" checked={blind.on} onChange={(e) => blind.set(e.target.checked)} data-testid="coder-blind" />
          <span>
            <span className="coder-blind-label">{t.team.blind}</span>
            <span className="note">{t.team.blindHint}</span>
          </span>
        </label>
      </section>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
