import { useMemo, type ReactNode } from 'react';
import type { Language } from '../../shared/contract';
import { en } from './en';
import { fr } from './fr';
import { I18nContext } from './i18n-context';

export type I18nProviderProps = { language: Language; children: ReactNode };

export function I18nProvider({ language, children }: I18nProviderProps) {
  const value = useMemo(() => ({ language, t: language === 'fr' ? fr : en }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
