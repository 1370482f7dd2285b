import { FolderOpen } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import type { PathPromptMode } from '../../../transport/path-prompt';
import { Button, Dialog } from '../../../ui';
import { useProject } from '../hooks/useProject';
import { useRecentProjects } from '../hooks/useRecentProjects';

export type ProjectPathFormProps = { mode: PathPromptMode; onAnswer: (path: string | null) => void };

/** The dialog itself: a path field, what it means in browser mode, and a suggested folder. */
export function ProjectPathForm({ mode, onAnswer }: ProjectPathFormProps) {
  const t = useT();
  const d = t.project.pathDialog;
  const recent = useRecentProjects();
  const project = useProject().data;
  // The sample study lives in the app's own data folder: not a place to suggest for a study.
  const sampleFolder = project?.isSample ? folderOf(project.path) : null;
  const folder = (recent.data ?? []).map((r) => folderOf(r.path)).find((f) => f !== null && f !== sampleFolder) ?? null;
  const [value, setValue] = useState('');
  const [error, setError] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const path = value.trim();
    if (!path) {
      setError(true);
      input.current?.focus();
      return;
    }
    onAnswer(path);
  };

  return (
    <Dialog
      title={mode === 'create' ? d.titleCreate : d.titleOpen}
      onClose={() => onAnswer(null)}
      initialFocus={input}
      closeLabel={t.common.close}
      icon={<FolderOpen size={18} />}
      testId="project-path-dialog"
    >
      <form onSubmit={submit} className="form" noValidate>
        <label className="field">
          <span className="field-label">{d.label}</span>
          <input
            ref={input}
            className="input input-mono"
            value={value}
            placeholder={d.placeholder}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={error}
            aria-describedby="path-dialog-note"
            data-testid="project-path-input"
            onChange={(e) => {
              setValue(e.target.value);
              setError(false);
            }}
          />
        </label>
        {error && (
          <p className="field-error" role="alert">
            {d.required}
          </p>
        )}
        <p id="path-dialog-note" className="note">
          {d.browserNote} {mode === 'create' && d.createNote}
        </p>
        {folder && (
          <p className="note suggestion">
            {d.suggestion} <code>{folder}</code>{' '}
            <button type="button" className="link-btn" onClick={() => { setValue(folder); input.current?.focus(); }}>
              {d.useFolder}
            </button>
          </p>
        )}
        <div className="form-actions">
          <Button variant="ghost" onClick={() => onAnswer(null)}>
            {t.common.cancel}
          </Button>
          <Button variant="primary" type="submit" data-testid="project-path-submit">
            {mode === 'create' ? t.common.create : t.common.open}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** A file's folder, with its trailing separator. */
function folderOf(path: string): string | null {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut + 1) : null;
}
