import { Settings as SettingsIcon } from 'lucide-react';
import type { Settings } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { Menu, type MenuEntry } from '../../../ui';
import { useSettings, useUpdateSettings } from '../hooks/useSettings';

/** Language and appearance, as radio items. */
export function SettingsMenu() {
  const t = useT();
  const settings = useSettings().data;
  const update = useUpdateSettings();
  const set = (patch: Partial<Settings>) => update.mutate(patch);

  const entries: MenuEntry[] = [
    { kind: 'heading', id: 'lang', label: t.settings.language },
    ...(['system', 'fr', 'en'] as const).map(
      (language): MenuEntry => ({
        kind: 'item',
        id: `lang:${language}`,
        label: language === 'system' ? t.settings.system : language === 'fr' ? t.settings.french : t.settings.english,
        checked: settings?.language === language,
        testId: `language-${language}`,
        onSelect: () => set({ language }),
      }),
    ),
    { kind: 'separator', id: 's' },
    { kind: 'heading', id: 'theme', label: t.settings.theme },
    ...(['system', 'light', 'dark'] as const).map(
      (theme): MenuEntry => ({
        kind: 'item',
        id: `theme:${theme}`,
        label: theme === 'system' ? t.settings.system : theme === 'light' ? t.settings.light : t.settings.dark,
        checked: settings?.theme === theme,
        testId: `theme-${theme}`,
        onSelect: () => set({ theme }),
      }),
    ),
  ];

  return (
    <Menu
      label={t.settings.label}
      testId="settings-menu"
      align="end"
      triggerClassName="icon-btn icon-btn-md"
      trigger={<SettingsIcon size={17} aria-hidden="true" />}
      entries={entries}
    />
  );
}
