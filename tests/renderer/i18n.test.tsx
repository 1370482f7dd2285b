import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../renderer/i18n';
import { createFakeCore } from './fake-core';
import { renderApp } from './render-app';

describe('language', () => {
  it('follows the system language when set to system', () => {
    expect(resolveLanguage('system', 'fr-CA')).toBe('fr');
    expect(resolveLanguage('system', 'en-US')).toBe('en');
    expect(resolveLanguage('system', 'de-DE')).toBe('en');
    expect(resolveLanguage('fr', 'en-US')).toBe('fr');
    expect(resolveLanguage('en', 'fr-FR')).toBe('en');
  });

  it('switches between French and English from the settings menu', async () => {
    const core = createFakeCore({ settings: { language: 'fr', theme: 'light' } });
    renderApp(core);
    expect((await screen.findByTestId('import-button')).textContent).toBe('Importer');
    expect(screen.getByTestId('tab-codebook').textContent).toBe('Codes');
    expect(document.documentElement.lang).toBe('fr');

    fireEvent.click(screen.getByTestId('settings-menu'));
    fireEvent.click(await screen.findByTestId('language-en'));
    await waitFor(() => expect(screen.getByTestId('import-button').textContent).toBe('Import'));
    expect(core.callsTo('settings:set')).toEqual([{ language: 'en' }]);
    expect(screen.getByTestId('save-state').textContent).toContain('Saved automatically');
    expect(document.documentElement.lang).toBe('en');

    fireEvent.click(screen.getByTestId('settings-menu'));
    fireEvent.click(await screen.findByTestId('language-fr'));
    await waitFor(() => expect(screen.getByTestId('import-button').textContent).toBe('Importer'));
  });

  it('applies the dark theme from the settings', async () => {
    renderApp(createFakeCore({ settings: { language: 'en', theme: 'dark' } }));
    await screen.findByTestId('import-button');
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  });
});
