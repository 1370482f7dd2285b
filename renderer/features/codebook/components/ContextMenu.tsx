import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export type ContextMenuItem =
  | { kind: 'item'; id: string; label: string; icon?: ReactNode; hint?: string; disabled?: boolean; danger?: boolean; onSelect: () => void }
  | { kind: 'separator'; id: string };

export type ContextMenuProps = {
  /** Viewport coordinates of the pointer (or of the element the keyboard opened it from). */
  at: { x: number; y: number };
  label: string;
  items: readonly ContextMenuItem[];
  onClose: () => void;
  testId?: string;
};

/**
 * A menu at the pointer (right-click, Shift+F10, the ⋯ button): arrows move, Enter chooses,
 * Escape or a click elsewhere closes, and focus goes back where it was.
 */
export function ContextMenu({ at, label, items, onClose, testId = 'context-menu' }: ContextMenuProps) {
  const root = useRef<HTMLDivElement>(null);
  const enabled = items.filter((i): i is Extract<ContextMenuItem, { kind: 'item' }> => i.kind === 'item' && !i.disabled);
  const [active, setActive] = useState(0);
  const [pos, setPos] = useState(at);

  // Keep the menu inside the window.
  useLayoutEffect(() => {
    const box = root.current?.getBoundingClientRect();
    if (!box) return;
    setPos({
      x: Math.max(4, Math.min(at.x, window.innerWidth - box.width - 8)),
      y: Math.max(4, at.y + box.height > window.innerHeight - 8 ? at.y - box.height : at.y),
    });
  }, [at.x, at.y]);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const onDown = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) onClose();
    };
    document.addEventListener('mousedown', onDown, true);
    return () => {
      document.removeEventListener('mousedown', onDown, true);
      if (previous?.isConnected) previous.focus();
    };
  }, [onClose]);

  useEffect(() => {
    root.current?.querySelector<HTMLElement>(`[data-menu-index="${active}"]`)?.focus();
  }, [active]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const n = enabled.length;
    if (e.key === 'ArrowDown') setActive((a) => (a + 1) % n);
    else if (e.key === 'ArrowUp') setActive((a) => (a - 1 + n) % n);
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(n - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') onClose();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  let index = -1;
  return createPortal(
    <div
      ref={root}
      role="menu"
      aria-label={label}
      className="menu context-menu"
      style={{ position: 'fixed', left: pos.x, top: pos.y }}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
      data-testid={testId}
    >
      {items.map((item) => {
        if (item.kind === 'separator') return <div key={item.id} role="separator" className="menu-separator" />;
        const i = item.disabled ? -1 : ++index;
        return (
          <button
            key={item.id}
            type="button"
            role="menuitem"
            className={item.danger ? 'menu-item menu-item-danger' : 'menu-item'}
            tabIndex={i === active ? 0 : -1}
            disabled={item.disabled}
            data-menu-index={i >= 0 ? i : undefined}
            data-testid={`menu-${item.id}`}
            onMouseEnter={() => i >= 0 && setActive(i)}
            onClick={() => {
              onClose();
              item.onSelect();
            }}
          >
            <span className="menu-item-icon" aria-hidden="true">
              {item.icon}
            </span>
            <span className="menu-item-label">{item.label}</span>
            {item.hint && <span className="menu-item-hint">{item.hint}</span>}
          </button>
        );
      })}
    </div>,
    document.body,
  );
}
