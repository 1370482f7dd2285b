import type { KeyboardEvent } from 'react';

/** Up, Down, Home and End move focus between a list's `[data-nav-item]` elements. */
export function moveFocus(e: KeyboardEvent<HTMLElement>): void {
  if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
  const items = [...e.currentTarget.querySelectorAll<HTMLElement>('[data-nav-item]')];
  const i = items.indexOf(document.activeElement as HTMLElement);
  if (i === -1) return;
  e.preventDefault();
  const next = e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : i + (e.key === 'ArrowDown' ? 1 : -1);
  items[Math.max(0, Math.min(items.length - 1, next))]?.focus();
}
