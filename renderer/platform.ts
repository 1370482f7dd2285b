/** Keyboard conventions of the user's system (⌘ on macOS, Ctrl elsewhere). */
let mac: boolean | undefined;
/** Read once: `navigator.platform` is slow in Chromium, and shortcut labels are drawn on every render. */
export const isMac = (): boolean =>
  (mac ??= typeof navigator !== 'undefined' && /Mac|iPhone|iPad/i.test(navigator.platform || navigator.userAgent));

/** `mod+z` → `⌘Z` on macOS, `Ctrl+Z` elsewhere; `shift+mod+z` → `⇧⌘Z` / `Ctrl+Shift+Z`. */
export function shortcutLabel(keys: string): string {
  const parts = keys.split('+');
  const key = (parts.pop() ?? '').toUpperCase();
  const mac = isMac();
  const mods = parts.map((p) => {
    if (p === 'mod') return mac ? '⌘' : 'Ctrl';
    if (p === 'shift') return mac ? '⇧' : 'Shift';
    if (p === 'alt') return mac ? '⌥' : 'Alt';
    return p;
  });
  if (mac) return `${mods.join('')}${key}`;
  // Windows and Linux write Ctrl first.
  mods.sort((a, b) => (a === 'Ctrl' ? -1 : b === 'Ctrl' ? 1 : 0));
  return [...mods, key].join('+');
}

/** True when a key event targets a place where the user types (undo there belongs to the field). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select')) return true;
  // The transcript is a read-only CodeMirror view: contenteditable, but not a place where one types —
  // except in edit mode, where it is.
  return target instanceof HTMLElement && target.isContentEditable && !target.closest('.cm-editor:not(.is-editing)');
}
