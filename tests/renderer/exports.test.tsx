import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createPathPrompt } from '../../renderer/transport/path-prompt';
import { createHttpTransport } from '../../renderer/transport/http-transport';
import { fail } from './fake-core';
import { renderApp } from './render-app';
import { createSynthesisFake } from './synthesis-fake';

vi.setConfig({ testTimeout: 20_000 });

async function openExport() {
  fireEvent.click(await screen.findByTestId('export-button'));
  return screen.findByTestId('export-dialog');
}

describe('export dialog', () => {
  it('offers every format, keeps the report’s options and writes where the user chose', async () => {
    const core = createSynthesisFake();
    renderApp(core);
    const dialog = await openExport();
    for (const f of ['docx', 'html', 'md', 'csv', 'xlsx', 'codebook-csv', 'qdc', 'qdpx', 'transcripts-txt', 'transcripts-docx']) {
      expect(within(dialog).getByTestId(`export-format-${f}`)).toBeTruthy();
    }
    fireEvent.click(within(dialog).getByTestId('export-format-html'));
    const title = await within(dialog).findByTestId('export-title');
    fireEvent.change(title, { target: { value: 'Gouverner les données' } });
    fireEvent.change(within(dialog).getByTestId('export-author'), { target: { value: 'Équipe Valmont' } });
    fireEvent.change(within(dialog).getByTestId('export-licence'), { target: { value: 'CC-BY-SA-4.0' } });
    expect([...(within(dialog).getByTestId('export-licence') as HTMLSelectElement).options].map((o) => o.textContent)).toContain('Tous droits réservés');
    fireEvent.click(within(within(dialog).getByTestId('export-themes')).getByText('Confiance des habitants'));
    fireEvent.click(within(dialog).getByTestId('export-submit'));

    await waitFor(() => expect(within(dialog).getByTestId('export-done').textContent).toContain('/home/ana/Documents/Rapport.docx'));
    expect(core.report()).toMatchObject({ title: 'Gouverner les données', author: 'Équipe Valmont', licence: 'CC-BY-SA-4.0', codeIds: [3] });
    expect(core.callsTo('shell:pickExportPath')).toEqual([{ defaultName: 'Étude exemple - Rapport de synthèse.html', extension: 'html' }]);
    expect(core.callsTo('exports:write')).toEqual([{ format: 'html', path: '/home/ana/Documents/Rapport.docx' }]);
  });

  it('writes CSV for the interface’s spreadsheet locale with its headers, switchable to the other locale', async () => {
    const core = createSynthesisFake();
    renderApp(core);
    const dialog = await openExport();
    fireEvent.click(within(dialog).getByTestId('export-format-csv'));
    const locale = within(dialog).getByTestId('export-csv-locale') as HTMLSelectElement;
    expect(locale.value).toBe('fr');
    fireEvent.click(within(dialog).getByTestId('export-submit'));
    await waitFor(() => expect(core.callsTo('exports:write')).toHaveLength(1));
    expect(core.callsTo('exports:write')[0]).toEqual({ format: 'csv', path: '/home/ana/Documents/Rapport.docx', language: 'fr', csvLocale: 'fr' });
    fireEvent.change(locale, { target: { value: 'en' } });
    fireEvent.click(within(dialog).getByTestId('export-submit'));
    await waitFor(() => expect(core.callsTo('exports:write')).toHaveLength(2));
    expect(core.callsTo('exports:write')[1]).toMatchObject({ format: 'csv', language: 'fr', csvLocale: 'en' });
    // XLSX: headers in the interface's language, no CSV choice.
    fireEvent.click(within(dialog).getByTestId('export-format-xlsx'));
    expect(within(dialog).queryByTestId('export-csv-locale')).toBeNull();
    fireEvent.click(within(dialog).getByTestId('export-submit'));
    await waitFor(() => expect(core.callsTo('exports:write')).toHaveLength(3));
    expect(core.callsTo('exports:write')[2]).toEqual({ format: 'xlsx', path: '/home/ana/Documents/Rapport.docx', language: 'fr' });
  });

  it('keeps the report’s draft mode (off by default) in the project’s settings', async () => {
    const core = createSynthesisFake();
    renderApp(core);
    const dialog = await openExport();
    const draft = (await within(dialog).findByTestId('export-draft')) as HTMLInputElement;
    expect(draft.checked).toBe(false);
    fireEvent.click(draft);
    fireEvent.click(within(dialog).getByTestId('export-submit'));
    await waitFor(() => expect(core.callsTo('exports:write')).toHaveLength(1));
    expect(core.report()).toMatchObject({ draft: true });
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const core = createSynthesisFake();
    core.override('shell:pickExportPath', () => ({ path: null }));
    renderApp(core);
    const dialog = await openExport();
    fireEvent.click(within(dialog).getByTestId('export-format-csv'));
    expect(within(dialog).queryByTestId('export-report-options')).toBeNull();
    fireEvent.click(within(dialog).getByTestId('export-submit'));
    await waitFor(() => expect(core.callsTo('shell:pickExportPath')).toHaveLength(1));
    expect(core.callsTo('exports:write')).toEqual([]);
    expect(core.callsTo('report:setSettings')).toEqual([]);
    expect(within(dialog).queryByTestId('export-done')).toBeNull();
  });

  it('lists the originals an anonymized export would leak, and leads to the Anonymization view', async () => {
    const core = createSynthesisFake();
    core.override('exports:write', () => {
      throw fail('EXPORT_LEAK', 'The anonymized export was not written: 2 original(s) remain', {
        leaks: [
          { original: 'Martine Lebrun', where: 'Rapport, thème Confiance', context: '… dit Martine Lebrun …' },
          { original: 'Valmont', where: 'Titre', context: 'Étude Valmont' },
        ],
      });
    });
    renderApp(core);
    const dialog = await openExport();
    fireEvent.click(within(dialog).getByTestId('export-anonymize'));
    fireEvent.click(within(dialog).getByTestId('export-submit'));
    const leaks = await within(dialog).findByTestId('export-leaks');
    expect(leaks.textContent).toContain('2 originaux subsistent');
    expect(within(leaks).getAllByTestId('export-leak').map((r) => r.textContent)).toEqual([
      'Martine LebrunRapport, thème Confiance… dit Martine Lebrun …',
      'ValmontTitreÉtude Valmont',
    ]);
    expect(core.callsTo('exports:write')).toEqual([{ format: 'docx', path: '/home/ana/Documents/Rapport.docx', anonymized: true }]);
    fireEvent.click(within(leaks).getByTestId('export-open-anonymization'));
    await waitFor(() => expect(screen.queryByTestId('export-dialog')).toBeNull());
    expect(screen.getByTestId('view-anonymization-tab').getAttribute('aria-current')).toBe('page');
  });

  it('asks before replacing an existing file, and replaces it only when the user agrees', async () => {
    for (const agrees of [true, false]) {
      const core = createSynthesisFake();
      core.override('exports:write', (input: { format: 'csv'; path?: string; overwrite?: boolean }) => {
        if (!input.overwrite) throw fail('CONFLICT', `A file already exists at ${input.path}`, { path: input.path });
        return { format: input.format, path: input.path!, fileName: 'Rapport.docx', bytes: 10 };
      });
      const confirm = vi.spyOn(window, 'confirm').mockReturnValue(agrees);
      const view = renderApp(core);
      const dialog = await openExport();
      fireEvent.click(within(dialog).getByTestId('export-format-csv'));
      fireEvent.click(within(dialog).getByTestId('export-submit'));
      if (agrees) await waitFor(() => expect(within(dialog).getByTestId('export-done')).toBeTruthy());
      else expect((await within(dialog).findByTestId('export-error')).textContent).toContain('Un fichier existe déjà');
      expect(confirm).toHaveBeenCalledWith(expect.stringContaining('/home/ana/Documents/Rapport.docx'));
      expect(core.callsTo('exports:write')).toEqual([
        { format: 'csv', path: '/home/ana/Documents/Rapport.docx', language: 'fr', csvLocale: 'fr' },
        ...(agrees ? [{ format: 'csv', path: '/home/ana/Documents/Rapport.docx', language: 'fr', csvLocale: 'fr', overwrite: true }] : []),
      ]);
      confirm.mockRestore();
      view.unmount();
    }
  });

  it('starts anonymized when opened from the Anonymization view, and plain elsewhere', async () => {
    const core = createSynthesisFake();
    renderApp(core);
    const plain = await openExport();
    expect((within(plain).getByTestId('export-anonymize') as HTMLInputElement).checked).toBe(false);
    fireEvent.click(within(plain).getByText('Annuler'));
    await waitFor(() => expect(screen.queryByTestId('export-dialog')).toBeNull());

    fireEvent.click(screen.getByTestId('view-anonymization-tab'));
    const dialog = await openExport();
    expect((within(dialog).getByTestId('export-anonymize') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(dialog).getByTestId('export-format-csv'));
    fireEvent.click(within(dialog).getByTestId('export-submit'));
    await waitFor(() => expect(core.callsTo('exports:write')).toEqual([{ format: 'csv', path: '/home/ana/Documents/Rapport.docx', anonymized: true, language: 'fr', csvLocale: 'fr' }]));
  });

  it('shows the core’s message for a format it does not write yet', async () => {
    const core = createSynthesisFake();
    core.override('exports:write', () => {
      throw fail('INVALID_INPUT', 'The codebook is empty: there is no code to export as QDC');
    });
    renderApp(core);
    const dialog = await openExport();
    fireEvent.click(within(dialog).getByTestId('export-format-qdc'));
    fireEvent.click(within(dialog).getByTestId('export-submit'));
    expect((await within(dialog).findByTestId('export-error')).textContent).toContain('Le livre de codes est vide : aucun code à exporter en QDC');
    // Choosing another format clears it.
    fireEvent.click(within(dialog).getByTestId('export-format-csv'));
    expect(within(dialog).queryByTestId('export-error')).toBeNull();
  });
});

describe('browser-mode delivery', () => {
  it('has no save dialog, and downloads an export with the run’s token', async () => {
    const fetch = vi.fn(async () => new Response('<html>rapport</html>', { status: 200 }));
    const transport = createHttpTransport({ token: 't0k', pathPrompt: createPathPrompt(), fetch: fetch as never });
    expect(await transport.invoke('shell:pickExportPath', { defaultName: 'x.html', extension: 'html' })).toEqual({ ok: true, value: { path: null } });
    expect(fetch).not.toHaveBeenCalled();

    const clicks: { href: string; download: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    });
    URL.createObjectURL = vi.fn(() => 'blob:report');
    URL.revokeObjectURL = vi.fn();
    const answer = await transport.download!({ path: '/data/exports/4f2a/Étude - synthèse.html', fileName: 'Étude - synthèse.html' });
    expect(answer).toEqual({ ok: true, value: null });
    expect(fetch).toHaveBeenCalledWith(`/api/download/4f2a/${encodeURIComponent('Étude - synthèse.html')}`, { headers: { 'x-verbatim-token': 't0k' } });
    expect(clicks).toEqual([{ href: 'blob:report', download: 'Étude - synthèse.html' }]);
    click.mockRestore();
  });

  it('reports a download the server refuses', async () => {
    const fetch = vi.fn(async () => new Response('{}', { status: 404 }));
    const transport = createHttpTransport({ token: 't0k', pathPrompt: createPathPrompt(), fetch: fetch as never });
    expect(await transport.download!({ path: '/d/exports/x/a.csv', fileName: 'a.csv' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
