import { useContext } from 'react';
import { I18nContext } from './i18n-context';
import type { Messages } from './fr';

/** The active language's strings. */
export function useT(): Messages {
  return useContext(I18nContext).t;
}

export function useLanguage() {
  return useContext(I18nContext).language;
}
