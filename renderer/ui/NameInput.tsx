import type { Ref } from 'react';

export type NameInputProps = {
  inputRef?: Ref<HTMLInputElement>;
  value: string;
  label: string;
  /** Shown under the field (a name taken, the core's message); the field is marked invalid. */
  error?: string | undefined;
  disabled?: boolean;
  className?: string;
  errorClassName?: string;
  testId?: string;
  onChange: (value: string) => void;
  /** Enter, or leaving the field while it shows no error (`how` says which: Enter may refocus). */
  onCommit: (how: 'enter' | 'blur') => void;
  /** Escape (it does not reach the dialog or list around the field). */
  onCancel: () => void;
};

/**
 * The in-place rename field of documents, speakers and participants: Enter or leaving it saves,
 * Escape gives up, an error stays under it until the name is changed.
 */
export function NameInput({ inputRef, value, label, error, disabled, className = 'input input-sm', errorClassName = 'field-error', testId, onChange, onCommit, onCancel }: NameInputProps) {
  return (
    <>
      <input
        ref={inputRef}
        className={className}
        value={value}
        aria-label={label}
        aria-invalid={error !== undefined}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onCommit('enter');
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          }
        }}
        onBlur={() => {
          if (error === undefined) onCommit('blur');
        }}
        disabled={disabled}
        data-testid={testId}
      />
      {error !== undefined && (
        <p className={errorClassName} role="alert">
          {error}
        </p>
      )}
    </>
  );
}
