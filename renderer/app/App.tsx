import { useEffect } from 'react';
import { useSettings } from '../features/project';
import { I18nProvider, resolveLanguage } from '../i18n';
import { AppRoot } from './AppRoot';
import { useTheme } from './useTheme';

/** Language and theme from the settings, then the app. */
export function App() {
  const settings = useSettings();
  const language = resolveLanguage(settings.data?.language, typeof navigator === 'undefined' ? undefined : navigator.language);
  const theme = useTheme(settings.data?.theme);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <I18nProvider language={language}>
      <AppRoot theme={theme} />
    </I18nProvider>
  );
}
