import type { Language, Settings } from '../../shared/contract';

/** French when chosen, or when following a French system; English otherwise. */
export function resolveLanguage(setting: Settings['language'] | undefined, systemLanguage: string | undefined): Language {
  if (setting === 'fr' || setting === 'en') return setting;
  return (systemLanguage ?? '').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
