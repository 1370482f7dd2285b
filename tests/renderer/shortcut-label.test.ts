import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { fr } from '../../renderer/i18n/fr';
import { isMac, shortcutLabel } from '../../renderer/platform';

describe('shortcut labels', () => {
  it('names the modifier keys in the interface’s language, Ctrl first (Windows, Linux)', () => {
    expect(isMac()).toBe(false);
    expect(shortcutLabel('shift+mod+v', en.keys)).toBe('Ctrl+Shift+V');
    expect(shortcutLabel('shift+mod+v', fr.keys)).toBe('Ctrl+Maj+V');
    expect(shortcutLabel('mod+alt+shift+←', en.keys)).toBe('Ctrl+Alt+Shift+←');
    expect(shortcutLabel('alt+shift+←/→', fr.keys)).toBe('Alt+Maj+←/→');
    expect(shortcutLabel('mod+1', en.keys)).toBe('Ctrl+1');
    expect(shortcutLabel('mod+z', fr.keys)).toBe('Ctrl+Z');
  });
});
