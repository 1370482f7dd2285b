import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/result';
import type { RecentProject } from '../../shared/contract';
import { electronFake, resetElectronFake } from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const { installAppMenu, menuTemplate } = await import('../../electron/main/menu');

type Item = MenuItemConstructorOptions;

const recent = (name: string, path: string, exists = true): RecentProject => ({ name, path, exists, openedAt: '2026-11-20T10:00:00Z' });

const build = (over: Partial<Parameters<typeof menuTemplate>[0]> = {}) => {
  const deps = {
    language: 'en' as const,
    platform: 'linux' as const,
    isPackaged: true,
    hasProject: true,
    recent: [] as RecentProject[],
    emit: vi.fn(),
    openRecent: vi.fn(),
    openDataFolder: vi.fn(),
    ...over,
  };
  return { deps, template: menuTemplate(deps) };
};

/** Every item of the menu tree, depth first. */
const flatten = (items: readonly Item[]): Item[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu as Item[]) : [])]);
const byId = (template: Item[], id: string) => {
  const item = flatten(template).find((i) => i.id === id);
  if (!item) throw new Error(`no menu item ${id}`);
  return item;
};
const click = (item: Item) => (item.click as () => void)();

beforeEach(resetElectronFake);

describe('the application menu', () => {
  it.each([
    ['project:new', 'project:new'],
    ['project:open', 'project:open'],
    ['documents:import', 'documents:import'],
    ['project:merge', 'project:merge'],
    ['project:close', 'project:close'],
    ['history:undo', 'history:undo'],
    ['history:redo', 'history:redo'],
    ['view:toggleTheme', 'view:toggleTheme'],
  ])('sends %s to the renderer as a menu command', (id, command) => {
    const { deps, template } = build();
    click(byId(template, id));
    expect(deps.emit).toHaveBeenCalledWith('menu:command', { command });
  });

  it('leaves undo and redo to the project, not to Chromium', () => {
    const items = flatten(build().template);
    expect(items.some((i) => i.role === 'undo' || i.role === 'redo')).toBe(false);
    expect(items.filter((i) => ['cut', 'copy', 'paste', 'selectAll'].includes(String(i.role)))).toHaveLength(4);
  });

  it('has no reload or developer tools in the packaged app', () => {
    const roles = flatten(build({ isPackaged: true }).template).map((i) => i.role);
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('toggleDevTools');
    const devRoles = flatten(build({ isPackaged: false }).template).map((i) => i.role);
    expect(devRoles).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('speaks French on a French system', () => {
    const labels = flatten(build({ language: 'fr' }).template).map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['&Fichier', 'Nouveau projet…', 'Ouvrir un projet…', 'Annuler', 'Rétablir', 'Quitter', 'Fusionner une copie…']));
    const english = flatten(build({ language: 'en' }).template).map((i) => i.label);
    expect(english).toEqual(expect.arrayContaining(['&File', 'New project…', 'Undo', 'Redo', 'Quit']));
  });

  it('disables project actions when no project is open', () => {
    const { template } = build({ hasProject: false });
    expect(byId(template, 'documents:import').enabled).toBe(false);
    expect(byId(template, 'project:merge').enabled).toBe(false);
    expect(byId(template, 'project:close').enabled).toBe(false);
    expect(byId(template, 'project:open').enabled).not.toBe(false);
  });

  it('lists existing recent studies, which open on click', () => {
    const { deps, template } = build({
      recent: [recent('École', '/e/ecole.verbatim'), recent('Gone', '/e/gone.verbatim', false), recent('R&D', '/e/rd.verbatim')],
    });
    const submenu = byId(template, 'recent').submenu as Item[];
    expect(submenu.map((i) => i.label)).toEqual(['École', 'R&&D']);
    click(submenu[1] as Item);
    expect(deps.openRecent).toHaveBeenCalledWith('/e/rd.verbatim');
  });

  it('tells two recent studies with one name apart', () => {
    const { template } = build({ recent: [recent('Pilot', '/a/pilot.verbatim'), recent('Pilot', '/b/pilot.verbatim')] });
    const labels = (byId(template, 'recent').submenu as Item[]).map((i) => i.label);
    expect(labels).toEqual(['Pilot — /a/pilot.verbatim', 'Pilot — /b/pilot.verbatim']);
  });

  it('says when there is no recent study', () => {
    const { template } = build({ recent: [] });
    expect(byId(template, 'recent').submenu).toEqual([{ label: 'No recent projects', enabled: false }]);
  });

  it('follows macOS conventions there', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template[0]?.role).toBe('appMenu');
    expect(flatten(template).some((i) => i.role === 'quit')).toBe(false);
  });

  it('opens the data folder from Help', () => {
    const { deps, template } = build();
    click(byId(template, 'dataFolder'));
    expect(deps.openDataFolder).toHaveBeenCalled();
  });
});

describe('installAppMenu', () => {
  const session = (open: (input: { path: string }) => unknown) => ({
    current: () => undefined,
    handlers: {
      'project:recent': vi.fn(async () => [recent('École', '/e/ecole.verbatim')]),
      'project:open': vi.fn(open),
    },
  });
  const install = async (s: ReturnType<typeof session>, showError = vi.fn()) => {
    await installAppMenu({
      session: s as never,
      emit: vi.fn(),
      language: () => 'fr',
      platform: 'linux',
      isPackaged: true,
      openDataFolder: vi.fn(),
      showError,
      log: { error: () => undefined },
    });
    const template = electronFake.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as Item[];
    return { template, showError };
  };

  it('builds Open Recent from the session and opens an entry through the session', async () => {
    const s = session(() => ({}));
    const { template } = await install(s);
    expect(electronFake.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    click((byId(template, 'recent').submenu as Item[])[0] as Item);
    await vi.waitFor(() => expect(s.handlers['project:open']).toHaveBeenCalledWith({ path: '/e/ecole.verbatim' }));
  });

  it('shows why a recent study could not be opened', async () => {
    const s = session(() => {
      throw new AppError('PROJECT_LOCKED', 'Cette étude est ouverte sur un autre poste.');
    });
    const { template, showError } = await install(s);
    click((byId(template, 'recent').submenu as Item[])[0] as Item);
    await vi.waitFor(() => expect(showError).toHaveBeenCalledWith('Impossible d’ouvrir le projet', 'Cette étude est ouverte sur un autre poste.'));
  });
});
