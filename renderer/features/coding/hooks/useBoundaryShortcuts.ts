import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../../../platform';
import type { BoundaryMove } from '../word-boundaries';

/**
 * Keys that adjust the selected coding, from anywhere but a text field:
 * Alt+Shift+← / → move its end by a word, Ctrl+Alt+Shift+← / → (⌘⌥⇧ on macOS) move its start.
 */
export function useBoundaryShortcuts(onMove: ((move: BoundaryMove) => void) | null): void {
  const latest = useRef(onMove);
  useEffect(() => {
    latest.current = onMove;
  });
  const enabled = onMove !== null;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !e.altKey || !e.shiftKey || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
      if (isTypingTarget(e.target) || (e.target instanceof Element && e.target.closest('[aria-modal="true"]'))) return;
      const start = e.ctrlKey || e.metaKey;
      const later = e.key === 'ArrowRight';
      const move: BoundaryMove = start ? (later ? 'start-later' : 'start-earlier') : later ? 'end-later' : 'end-earlier';
      e.preventDefault();
      latest.current?.(move);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}

/** V in the transcript, or Ctrl/⌘+Shift+V from anywhere but a text field: in-vivo coding. */
export function useInVivoShortcut(onInVivo: (() => void) | null): void {
  const latest = useRef(onInVivo);
  useEffect(() => {
    latest.current = onInVivo;
  });
  const enabled = onInVivo !== null;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.key.toLowerCase() !== 'v') return;
      const inTranscript = e.target instanceof Element && e.target.closest('[data-testid="transcript-content"]') !== null;
      const plain = !e.ctrlKey && !e.metaKey && !e.shiftKey && inTranscript;
      const chord = (e.ctrlKey || e.metaKey) && e.shiftKey && !isTypingTarget(e.target);
      if (!plain && !chord) return;
      if (e.target instanceof Element && e.target.closest('[aria-modal="true"]')) return;
      e.preventDefault();
      latest.current?.();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
