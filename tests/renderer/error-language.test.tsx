import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeCore, fail, sampleInfo } from './fake-core';
import { renderApp } from './render-app';

/** The core writes English; the user reads the interface's language, whatever the error. */
describe('errors in the interface’s language', () => {
  const refused = {
    file: '/staging/a/budget.docx',
    code: 'BAD_FILE',
    message: '“budget.docx” is not a Word document: it looks like an Excel spreadsheet renamed to .docx.',
  };

  const importWithRefusal = async (language: 'fr' | 'en') => {
    const core = createFakeCore({ project: { ...sampleInfo, isSample: false }, settings: { language, theme: 'light' } });
    core.override('shell:pickImportFiles', () => ({ paths: [refused.file] }));
    core.override('documents:import', () => ({ imported: [], errors: [refused] }));
    renderApp(core);
    fireEvent.click(await screen.findByTestId('import-menu'));
    fireEvent.click(await screen.findByTestId('import-files'));
    return within(await screen.findByTestId('import-report')).getByTestId('import-report-error').textContent;
  };

  it('shows a refused file’s reason in French in the French interface', async () => {
    expect(await importWithRefusal('fr')).toContain('« budget.docx » n’est pas un document Word : il ressemble à un classeur Excel renommé en .docx.');
  });

  it('shows it in English in the English interface', async () => {
    expect(await importWithRefusal('en')).toContain(refused.message);
  });

  it('never shows an unexpected error’s own text, in either language', async () => {
    for (const language of ['fr', 'en'] as const) {
      const core = createFakeCore({ project: { ...sampleInfo, isSample: false }, settings: { language, theme: 'light' } });
      core.override('shell:pickImportFiles', () => {
        throw fail('INTERNAL', 'SQLITE_ERROR: no such table: documents_v2');
      });
      const { unmount } = renderApp(core);
      fireEvent.click(await screen.findByTestId('import-menu'));
      fireEvent.click(await screen.findByTestId('import-files'));
      const toast = await screen.findByTestId('toast');
      expect(toast.textContent).not.toContain('SQLITE');
      expect(toast.textContent).toContain(language === 'fr' ? 'Une erreur inattendue' : 'Something unexpected went wrong');
      unmount();
    }
  });
});
