import { assertNever } from '../../shared/result';
import { Check } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export type MenuEntry =
  | {
      kind: 'item';
      id: string;
      label: string;
      icon?: ReactNode;
      hint?: string;
      disabled?: boolean;
      /** For a choice among several (language, theme): shown as a radio item. */
      checked?: boolean;
      testId?: string;
      onSelect: () => void;
    }
  | { kind: 'heading'; id: string; label: string }
  | { kind: 'separator'; id: string }
  | { kind: 'note'; id: string; label: string };

export type MenuProps = {
  /** Visible content of the trigger button. */
  trigger: ReactNode;
  label: string;
  entries: MenuEntry[];
  align?: 'start' | 'end';
  triggerClassName?: string;
  testId?: string;
  /** Called when the menu opens (to refresh what it lists). */
  onOpen?: () => void;
};

/** A menu button (WAI-ARIA menu pattern): arrows move, Enter chooses, Escape and Tab close. */
export function Menu({ trigger, label, entries, align = 'start', triggerClassName, testId, onOpen }: MenuProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = entries.filter((e): e is Extract<MenuEntry, { kind: 'item' }> => e.kind === 'item' && !e.disabled);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  useEffect(() => {
    if (!open || active < 0) return;
    root.current?.querySelector<HTMLElement>(`[data-menu-index="${active}"]`)?.focus();
  }, [open, active]);

  const show = (at: number) => {
    onOpen?.();
    setOpen(true);
    setActive(at);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    setActive(-1);
    if (refocus) button.current?.focus();
  };
  const choose = (item: Extract<MenuEntry, { kind: 'item' }>) => {
    close(true);
    item.onSelect();
  };

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      show(0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      show(items.length - 1);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      close(false);
    }
  };

  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const count = items.length;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => (a + 1) % count);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (a - 1 + count) % count);
    } else if (e.key === 'Home') {
      e.preventDefault();
      setActive(0);
    } else if (e.key === 'End') {
      e.preventDefault();
      setActive(count - 1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    } else if (e.key === 'Tab') {
      close(false);
    }
  };

  let index = -1;
  return (
    <div className="menu-root" ref={root}>
      <button
        ref={button}
        type="button"
        className={triggerClassName ?? 'btn btn-ghost btn-md'}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={label}
        data-testid={testId}
        onClick={() => (open ? close(false) : show(-1))}
        onKeyDown={onButtonKey}
      >
        {trigger}
      </button>
      {open && (
        <div id={menuId} role="menu" aria-label={label} className={`menu menu-${align}`} onKeyDown={onMenuKey}>
          {entries.map((entry) => {
            switch (entry.kind) {
              case 'separator':
                return <div key={entry.id} role="separator" className="menu-separator" />;
              case 'heading':
                return (
                  <div key={entry.id} role="presentation" className="menu-heading">
                    {entry.label}
                  </div>
                );
              case 'note':
                return (
                  <div key={entry.id} role="presentation" className="menu-note">
                    {entry.label}
                  </div>
                );
              case 'item': {
                const i = entry.disabled ? -1 : ++index;
                return (
                  <button
                    key={entry.id}
                    type="button"
                    role={entry.checked === undefined ? 'menuitem' : 'menuitemradio'}
                    aria-checked={entry.checked}
                    className="menu-item"
                    tabIndex={i === active ? 0 : -1}
                    disabled={entry.disabled}
                    aria-disabled={entry.disabled}
                    data-menu-index={i >= 0 ? i : undefined}
                    data-testid={entry.testId}
                    onClick={() => choose(entry)}
                    onMouseEnter={() => i >= 0 && setActive(i)}
                  >
                    <span className="menu-item-icon" aria-hidden="true">
                      {entry.checked === undefined ? entry.icon : entry.checked ? <Check size={14} /> : null}
                    </span>
                    <span className="menu-item-label">{entry.label}</span>
                    {entry.hint && <span className="menu-item-hint">{entry.hint}</span>}
                  </button>
                );
              }
              default:
                return assertNever(entry);
            }
          })}
        </div>
      )}
    </div>
  );
}
