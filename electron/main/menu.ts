import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Language, MenuCommand, RecentProject } from '../../shared/contract';
import { toFailure } from '../core/dispatch';
import type { Emit, Session } from '../core/session';
import { menuLabels } from './menu-labels';

export type MenuDeps = {
  language: Language;
  platform: NodeJS.Platform;
  isPackaged: boolean;
  hasProject: boolean;
  recent: readonly RecentProject[];
  emit: Emit;
  openRecent: (path: string) => void;
  openDataFolder: () => void;
};

const MAX_RECENT = 10;

// Each platform's own convention: Ctrl+Y on Windows, Shift+Z elsewhere.
const redoAccelerator = (platform: NodeJS.Platform) => (platform === 'win32' ? 'Ctrl+Y' : 'CmdOrCtrl+Shift+Z');

// On Windows and Linux a lone `&` in a label would swallow the next letter as an access key.
const literal = (label: string, platform: NodeJS.Platform) => (platform === 'darwin' ? label : label.replaceAll('&', '&&'));

function recentItems(deps: MenuDeps, noRecent: string): MenuItemConstructorOptions[] {
  const shown = deps.recent.filter((r) => r.exists).slice(0, MAX_RECENT);
  if (shown.length === 0) return [{ label: noRecent, enabled: false }];
  const names = shown.map((r) => r.name);
  return shown.map((r, i) => ({
    id: `recent:${i}`,
    // Two studies with one name are told apart by their path.
    label: literal(names.indexOf(r.name) === names.lastIndexOf(r.name) ? r.name : `${r.name} — ${r.path}`, deps.platform),
    sublabel: r.path,
    click: () => deps.openRecent(r.path),
  }));
}

/**
 * The application menu as data (tested without Electron). Items the renderer must act on (a dialog
 * it drives, the project's undo journal, the theme) are sent to it as `menu:command` events.
 */
export function menuTemplate(deps: MenuDeps): MenuItemConstructorOptions[] {
  const t = menuLabels[deps.language];
  const isMac = deps.platform === 'darwin';
  const command = (id: MenuCommand, label: string, extra: MenuItemConstructorOptions = {}): MenuItemConstructorOptions => ({
    id,
    label,
    click: () => deps.emit('menu:command', { command: id }),
    ...extra,
  });

  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      command('project:new', t.newProject, { accelerator: 'CmdOrCtrl+N' }),
      command('project:open', t.openProject, { accelerator: 'CmdOrCtrl+O' }),
      { id: 'recent', label: t.openRecent, submenu: recentItems(deps, t.noRecent) },
      { type: 'separator' },
      command('documents:import', t.importDocuments, { accelerator: 'CmdOrCtrl+I', enabled: deps.hasProject }),
      command('project:merge', t.mergeProject, { enabled: deps.hasProject }),
      { type: 'separator' },
      command('project:close', t.closeProject, { enabled: deps.hasProject }),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: t.quit } as const]),
    ],
  };

  // Undo and redo are the project's (the ops journal), so they go to the renderer, not to Chromium.
  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      command('history:undo', t.undo, { accelerator: 'CmdOrCtrl+Z' }),
      command('history:redo', t.redo, { accelerator: redoAccelerator(deps.platform) }),
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };

  const developer: MenuItemConstructorOptions[] = deps.isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'reload', label: t.reload }, { role: 'toggleDevTools', label: t.devTools }];
  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      command('view:toggleTheme', t.toggleTheme, { accelerator: 'CmdOrCtrl+Shift+L' }),
      { type: 'separator' },
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.fullScreen },
      ...developer,
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: t.help,
    submenu: [
      { id: 'dataFolder', label: t.dataFolder, click: () => deps.openDataFolder() },
      ...(isMac ? [] : [{ role: 'about', label: t.about } as const]),
    ],
  };

  return [...(isMac ? [{ role: 'appMenu' } as const] : []), file, edit, view, ...(isMac ? [{ role: 'windowMenu' } as const] : []), help];
}

export type AppMenuDeps = Omit<MenuDeps, 'recent' | 'hasProject' | 'openRecent' | 'language'> & {
  session: Pick<Session, 'handlers' | 'current'>;
  language: () => Language;
  showError: (title: string, message: string) => void;
  log?: Pick<Console, 'error'>;
};

/**
 * Builds and installs the menu from the session's state; call again whenever that state changes
 * (a project opened or closed, the language changed). Opening a recent study goes straight to the
 * session, which emits `project:switched` for the renderer.
 */
export async function installAppMenu(deps: AppMenuDeps): Promise<void> {
  const language = deps.language();
  let recent: RecentProject[] = [];
  try {
    recent = await deps.session.handlers['project:recent']({});
  } catch (e) {
    deps.log?.error('[menu] recent projects unavailable', e);
  }
  const openRecent = (path: string) => {
    void (async () => {
      try {
        await deps.session.handlers['project:open']({ path });
      } catch (e) {
        const failure = toFailure(e, 'project:open', deps.log);
        if (!failure.ok) deps.showError(menuLabels[language].openFailed, failure.error.message);
      }
    })();
  };
  const template = menuTemplate({
    ...deps,
    language,
    recent,
    hasProject: deps.session.current() !== undefined,
    openRecent,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
