import type { Language, Settings } from '../../shared/contract';

/**
 * The language of native menus and dialogs: the user's choice in the app's settings, else the OS
 * locale (French for any French locale, English otherwise) — the rule the renderer follows too.
 */
export function uiLanguage(osLocale: string, setting: Settings['language'] = 'system'): Language {
  if (setting !== 'system') return setting;
  return osLocale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
