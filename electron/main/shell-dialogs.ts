import { basename, extname, join } from 'node:path';
import type { BaseWindow, Dialog, OpenDialogOptions } from 'electron';
import { contract, type Language, type Output, type ShellMethod } from '../../shared/contract';
import { assertNever, type Result } from '../../shared/result';
import { toFailure } from '../core/dispatch';

/**
 * Extensions the import dialog offers: transcripts, participants tables (the renderer sends them to
 * `cases:import`) and REFI-QDA exchange files — one Import for everything, as in the CLI.
 */
export const IMPORT_EXTENSIONS = ['txt', 'md', 'markdown', 'docx', 'odt', 'html', 'htm', 'vtt', 'srt', 'pdf', 'csv', 'tsv', 'xlsx', 'qdpx', 'qdc', 'qde'];
/** Participants tables. */
export const TABLE_EXTENSIONS = ['csv', 'tsv', 'xlsx'];
/** What `project:merge` reads: a colleague's copy of the study, or another tool's REFI-QDA project. */
export const MERGE_EXTENSIONS = ['verbatim', 'qdpx', 'qde'];

const text = {
  fr: {
    importTitle: 'Importer des documents',
    folderTitle: 'Importer un dossier d’entretiens',
    participantsTitle: 'Importer les participants',
    tables: 'Tableaux de participants',
    importable: 'Documents importables',
    allFiles: 'Tous les fichiers',
    openTitle: 'Ouvrir un projet',
    createTitle: 'Nouveau projet',
    projectFiles: 'Projets Verbatim',
    defaultName: 'Nouvelle étude.verbatim',
    exportTitle: 'Exporter',
    mergeTitle: 'Fusionner une copie du projet',
    mergeable: 'Projets Verbatim ou REFI-QDA',
  },
  en: {
    importTitle: 'Import documents',
    folderTitle: 'Import a folder of interviews',
    participantsTitle: 'Import participants',
    tables: 'Participants tables',
    importable: 'Importable documents',
    allFiles: 'All files',
    openTitle: 'Open a project',
    createTitle: 'New project',
    projectFiles: 'Verbatim projects',
    defaultName: 'New study.verbatim',
    exportTitle: 'Export',
    mergeTitle: 'Merge a copy of the project',
    mergeable: 'Verbatim or REFI-QDA projects',
  },
} satisfies Record<Language, Record<string, string>>;

export type ShellDialogDeps = {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  /** Dialogs are modal to the window when there is one. */
  window: () => BaseWindow | undefined;
  language: () => Language;
  /** Where a new study is proposed (the user's Documents folder). */
  defaultDir: () => string;
  log?: Pick<Console, 'error'>;
};

export type ShellHandlers = { handle(method: ShellMethod, raw: unknown): Promise<Result<unknown>> };

/** Electron's answers to the contract's `shell:*` methods: native file dialogs that run in main. */
export function createShellHandlers(deps: ShellDialogDeps): ShellHandlers {
  const open = (options: OpenDialogOptions) => {
    const win = deps.window();
    return win ? deps.dialog.showOpenDialog(win, options) : deps.dialog.showOpenDialog(options);
  };

  const pickImportFiles = async (kind: 'documents' | 'folder' | 'participants' | 'project'): Promise<Output<'shell:pickImportFiles'>> => {
    const t = text[deps.language()];
    const allFiles = { name: t.allFiles, extensions: ['*'] };
    const options: OpenDialogOptions =
      kind === 'folder'
        ? { title: t.folderTitle, properties: ['openDirectory', 'multiSelections'] }
        : kind === 'participants'
          ? { title: t.participantsTitle, properties: ['openFile'], filters: [{ name: t.tables, extensions: TABLE_EXTENSIONS }, allFiles] }
          : kind === 'project'
            ? { title: t.mergeTitle, properties: ['openFile'], filters: [{ name: t.mergeable, extensions: MERGE_EXTENSIONS }, allFiles] }
            : { title: t.importTitle, properties: ['openFile', 'multiSelections'], filters: [{ name: t.importable, extensions: IMPORT_EXTENSIONS }, allFiles] };
    const picked = await open(options);
    return { paths: picked.canceled ? [] : picked.filePaths };
  };

  const pickProjectPath = async (mode: 'open' | 'create'): Promise<Output<'shell:pickProjectPath'>> => {
    const t = text[deps.language()];
    const filters = [
      { name: t.projectFiles, extensions: ['verbatim'] },
      { name: t.allFiles, extensions: ['*'] },
    ];
    if (mode === 'open') {
      const picked = await open({ title: t.openTitle, properties: ['openFile'], filters });
      return { path: picked.canceled ? null : (picked.filePaths[0] ?? null) };
    }
    const win = deps.window();
    const options = {
      title: t.createTitle,
      defaultPath: join(deps.defaultDir(), t.defaultName),
      filters,
      properties: ['createDirectory' as const],
    };
    const picked = win ? await deps.dialog.showSaveDialog(win, options) : await deps.dialog.showSaveDialog(options);
    return { path: picked.canceled || !picked.filePath ? null : picked.filePath };
  };

  /** A save dialog for an export, proposing its default name in the user's Documents folder. */
  const pickExportPath = async (defaultName: string, extension: string): Promise<Output<'shell:pickExportPath'>> => {
    const t = text[deps.language()];
    const win = deps.window();
    const options = {
      title: t.exportTitle,
      defaultPath: join(deps.defaultDir(), basename(defaultName)),
      filters: [
        { name: extension.toUpperCase(), extensions: [extension] },
        { name: t.allFiles, extensions: ['*'] },
      ],
      properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
    };
    const picked = win ? await deps.dialog.showSaveDialog(win, options) : await deps.dialog.showSaveDialog(options);
    if (picked.canceled || !picked.filePath) return { path: null };
    // A name typed without the extension still gets the format's one (readers rely on it).
    return { path: extname(picked.filePath) === '' ? `${picked.filePath}.${extension}` : picked.filePath };
  };

  return {
    async handle(method, raw) {
      try {
        switch (method) {
          case 'shell:pickImportFiles': {
            const input = contract[method].input.safeParse(raw ?? {});
            if (!input.success) return invalidInput(method, input.error.issues);
            return { ok: true, value: await pickImportFiles(input.data.kind) };
          }
          case 'shell:pickProjectPath': {
            const input = contract[method].input.safeParse(raw ?? {});
            if (!input.success) return invalidInput(method, input.error.issues);
            return { ok: true, value: await pickProjectPath(input.data.mode) };
          }
          case 'shell:pickExportPath': {
            const input = contract[method].input.safeParse(raw ?? {});
            if (!input.success) return invalidInput(method, input.error.issues);
            return { ok: true, value: await pickExportPath(input.data.defaultName, input.data.extension) };
          }
          default:
            return assertNever(method);
        }
      } catch (e) {
        return toFailure(e, method, deps.log);
      }
    },
  };
}

const invalidInput = (method: ShellMethod, issues: unknown): Result<never> => ({
  ok: false,
  error: { code: 'INVALID_INPUT', message: `Invalid input for ${method}`, details: issues },
});
