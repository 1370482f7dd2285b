import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../shared/contract';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const { createShellHandlers, IMPORT_EXTENSIONS } = await import('../../electron/main/shell-dialogs');

const dialog = { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() };
const win = { id: 1 };
let language: Language = 'fr';
const shell = createShellHandlers({
  dialog: dialog as never,
  window: () => win as never,
  language: () => language,
  defaultDir: () => '/home/ana/Documents',
  log: { error: () => undefined },
});

beforeEach(() => {
  dialog.showOpenDialog.mockReset();
  dialog.showSaveDialog.mockReset();
  language = 'fr';
});

describe('shell:pickImportFiles', () => {
  it('returns the chosen paths, several at once', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/a/entretien 1.docx', '/a/entretien 2.vtt'] });
    expect(await shell.handle('shell:pickImportFiles', {})).toEqual({ ok: true, value: { paths: ['/a/entretien 1.docx', '/a/entretien 2.vtt'] } });
    const [parent, options] = dialog.showOpenDialog.mock.calls[0] as [unknown, { properties: string[]; filters: { extensions: string[] }[] }];
    expect(parent).toBe(win);
    expect(options.properties).toEqual(expect.arrayContaining(['openFile', 'multiSelections']));
    expect(options.filters[0]?.extensions).toEqual(expect.arrayContaining(['txt', 'md', 'docx', 'odt', 'html', 'vtt', 'srt', 'csv', 'xlsx', 'qdpx', 'qdc']));
    expect(options.filters.at(-1)?.extensions).toEqual(['*']);
  });

  it('returns no paths when cancelled', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await shell.handle('shell:pickImportFiles', {})).toEqual({ ok: true, value: { paths: [] } });
  });

  it('validates its input with the contract', async () => {
    expect(await shell.handle('shell:pickImportFiles', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(IMPORT_EXTENSIONS).not.toContain('*');
  });
});

describe('shell:pickProjectPath', () => {
  it('opens a *.verbatim file', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/etudes/ecole.verbatim'] });
    expect(await shell.handle('shell:pickProjectPath', { mode: 'open' })).toEqual({ ok: true, value: { path: '/etudes/ecole.verbatim' } });
    const options = dialog.showOpenDialog.mock.calls[0]?.[1] as { filters: { extensions: string[] }[]; properties: string[] };
    expect(options.filters[0]?.extensions).toEqual(['verbatim']);
    expect(options.properties).not.toContain('multiSelections');
  });

  it('answers null when cancelled', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await shell.handle('shell:pickProjectPath', { mode: 'open' })).toEqual({ ok: true, value: { path: null } });
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await shell.handle('shell:pickProjectPath', { mode: 'create' })).toEqual({ ok: true, value: { path: null } });
  });

  it.each([
    ['fr', 'Nouvelle étude.verbatim'],
    ['en', 'New study.verbatim'],
  ] as const)('proposes a new study’s name in the user’s language (%s)', async (lang, name) => {
    language = lang;
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/ana/Documents/Étude.verbatim' });
    expect(await shell.handle('shell:pickProjectPath', { mode: 'create' })).toEqual({ ok: true, value: { path: '/home/ana/Documents/Étude.verbatim' } });
    const options = dialog.showSaveDialog.mock.calls[0]?.[1] as { defaultPath: string };
    expect(options.defaultPath).toBe(join('/home/ana/Documents', name));
  });

  it('refuses an unknown mode', async () => {
    expect(await shell.handle('shell:pickProjectPath', { mode: 'delete' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await shell.handle('shell:pickProjectPath', undefined)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('turns a dialog failure into INTERNAL, never a throw', async () => {
    dialog.showOpenDialog.mockRejectedValue(new Error('GTK is gone'));
    expect(await shell.handle('shell:pickProjectPath', { mode: 'open' })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('works without a window (dialog not modal)', async () => {
    const lone = createShellHandlers({ dialog: dialog as never, window: () => undefined, language: () => 'en', defaultDir: () => '/d' });
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/x.verbatim'] });
    await lone.handle('shell:pickProjectPath', { mode: 'open' });
    expect(dialog.showOpenDialog.mock.calls[0]?.[0]).toMatchObject({ filters: expect.any(Array) });
  });
});

describe('shell:pickImportFiles kinds', () => {
  it('asks for folders or for a participants table when told to', async () => {
    const { createShellHandlers } = await import('../../electron/main/shell-dialogs');
    const calls: unknown[] = [];
    const shell = createShellHandlers({
      dialog: {
        showOpenDialog: (async (options: unknown) => {
          calls.push(options);
          return { canceled: false, filePaths: ['/x'] };
        }) as never,
        showSaveDialog: (async () => ({ canceled: true })) as never,
      },
      window: () => undefined,
      language: () => 'fr',
      defaultDir: () => '/home',
    });
    await shell.handle('shell:pickImportFiles', { kind: 'folder' });
    await shell.handle('shell:pickImportFiles', { kind: 'participants' });
    await shell.handle('shell:pickImportFiles', { kind: 'project' });
    expect(calls[0]).toMatchObject({ properties: ['openDirectory', 'multiSelections'] });
    expect(calls[1]).toMatchObject({ properties: ['openFile'], filters: [{ extensions: ['csv', 'tsv', 'xlsx'] }, { extensions: ['*'] }] });
    // Project › Merge…: one colleague's copy or another tool's project.
    expect(calls[2]).toMatchObject({ title: 'Fusionner une copie du projet', properties: ['openFile'], filters: [{ extensions: ['verbatim', 'qdpx', 'qde'] }, { extensions: ['*'] }] });
  });
});

describe('shell:pickExportPath', () => {
  it('proposes the export’s name in the Documents folder and returns the chosen path', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/ana/Documents/Rapport.docx' });
    const answer = await shell.handle('shell:pickExportPath', { defaultName: 'Étude - synthèse.docx', extension: 'docx' });
    expect(answer).toEqual({ ok: true, value: { path: '/home/ana/Documents/Rapport.docx' } });
    const [parent, options] = dialog.showSaveDialog.mock.calls[0] as [unknown, { defaultPath: string; title: string; filters: { extensions: string[] }[] }];
    expect(parent).toBe(win);
    expect(options.defaultPath).toBe(join('/home/ana/Documents', 'Étude - synthèse.docx'));
    expect(options.title).toBe('Exporter');
    expect(options.filters[0]?.extensions).toEqual(['docx']);
    expect(options.filters.at(-1)?.extensions).toEqual(['*']);
  });

  it('adds the extension to a name typed without one', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/ana/Documents/Rapport final' });
    expect(await shell.handle('shell:pickExportPath', { defaultName: 'x.html', extension: 'html' })).toEqual({
      ok: true,
      value: { path: '/home/ana/Documents/Rapport final.html' },
    });
  });

  it('answers null when cancelled', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await shell.handle('shell:pickExportPath', { defaultName: 'x.csv', extension: 'csv' })).toEqual({ ok: true, value: { path: null } });
  });

  it('keeps a proposed name inside the Documents folder', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await shell.handle('shell:pickExportPath', { defaultName: '../../etc/x.csv', extension: 'csv' });
    const options = dialog.showSaveDialog.mock.calls[0]?.[1] as { defaultPath: string };
    expect(options.defaultPath).toBe(join('/home/ana/Documents', 'x.csv'));
  });

  it('validates its input with the contract', async () => {
    expect(await shell.handle('shell:pickExportPath', { defaultName: '', extension: 'csv' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await shell.handle('shell:pickExportPath', { defaultName: 'x', extension: '.c/sv' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
