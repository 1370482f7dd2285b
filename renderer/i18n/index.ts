export { I18nProvider } from './I18nProvider';
export { useT, useLanguage } from './useT';
export { resolveLanguage } from './resolve-language';
export type { Messages } from './fr';
