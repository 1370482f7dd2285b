import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Settings, type RecentProject } from '../../../shared/contract';

const MAX_RECENT = 12;
const DEFAULT_SETTINGS: Settings = { language: 'system', theme: 'system' };

/** A JSON file written atomically (temp file + rename), so a crash never leaves half a file. */
function writeJson(path: string, value: unknown): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(value, null, 2));
  renameSync(tmp, path);
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

const withoutUndefined = <T extends object>(o: T): Partial<{ [K in keyof T]: Exclude<T[K], undefined> }> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<{ [K in keyof T]: Exclude<T[K], undefined> }>;

/** App-level state kept in the data folder, not in any project: settings and recent projects. */
export function createAppStore(dataDir: string, now: () => Date) {
  mkdirSync(dataDir, { recursive: true });
  const settingsPath = join(dataDir, 'settings.json');
  const recentPath = join(dataDir, 'recent.json');

  const readRecent = (): Omit<RecentProject, 'exists'>[] => {
    const raw = readJson(recentPath);
    return Array.isArray(raw)
      ? raw.filter((r): r is Omit<RecentProject, 'exists'> => typeof r?.path === 'string' && typeof r?.openedAt === 'string')
      : [];
  };

  return {
    settings(): Settings {
      const parsed = Settings.partial().safeParse(readJson(settingsPath) ?? {});
      return { ...DEFAULT_SETTINGS, ...(parsed.success ? withoutUndefined(parsed.data) : {}) };
    },
    updateSettings(patch: { [K in keyof Settings]?: Settings[K] | undefined }): Settings {
      const next: Settings = { ...this.settings(), ...withoutUndefined(patch) };
      writeJson(settingsPath, next);
      return next;
    },
    recent(): RecentProject[] {
      return readRecent().map((r) => ({ ...r, name: r.name ?? basename(r.path), exists: existsSync(r.path) }));
    },
    remember(path: string, name: string): void {
      const abs = resolve(path);
      const rest = readRecent().filter((r) => r.path !== abs);
      writeJson(recentPath, [{ path: abs, name, openedAt: now().toISOString() }, ...rest].slice(0, MAX_RECENT));
    },
  };
}
export type AppStore = ReturnType<typeof createAppStore>;
