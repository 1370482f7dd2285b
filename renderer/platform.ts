/** Keyboard conventions of the user's system (⌘ on macOS, Ctrl elsewhere). */
let mac: boolean | undefined;
/** Read once: `navigator.platform` is slow in Chromium, and shortcut labels are drawn on every render. */
export const isMac = (): boolean =>
  (mac ??= typeof navigator !== 'undefined' && /Mac|iPhone|iPad/i.test(navigator.platform || navigator.userAgent));

/** How the modifier keys are written on Windows and Linux keyboards, in the interface's language. */
export type KeyNames = { ctrl: string; shift: string; alt: string };

/**
 * The one way a shortcut is written for the user: `mod+z` → `⌘Z` on macOS, `Ctrl+Z` elsewhere;
 * `shift+mod+v` → `⇧⌘V`, `Ctrl+Shift+V` in English and `Ctrl+Maj+V` in French (French keyboards
 * print "Maj"). Pass the language's `t.keys`. The key after the last `+` is written as given
 * (upper-cased): `alt+shift+←/→`.
 */
export function shortcutLabel(keys: string, names: KeyNames): string {
  const parts = keys.split('+');
  const key = (parts.pop() ?? '').toUpperCase();
  const mac = isMac();
  const mods = parts.map((p) => {
    if (p === 'mod') return mac ? '⌘' : names.ctrl;
    if (p === 'shift') return mac ? '⇧' : names.shift;
    if (p === 'alt') return mac ? '⌥' : names.alt;
    return p;
  });
  if (mac) {
    // macOS writes ⌥⇧⌘ in that order, whatever the order asked.
    const order = ['⌃', '⌥', '⇧', '⌘'];
    return `${mods.sort((a, b) => order.indexOf(a) - order.indexOf(b)).join('')}${key}`;
  }
  // Windows and Linux write Ctrl, then Alt, then Shift.
  const order = [names.ctrl, names.alt, names.shift];
  mods.sort((a, b) => order.indexOf(a) - order.indexOf(b));
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
