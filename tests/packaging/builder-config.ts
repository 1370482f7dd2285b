import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

// js-yaml is what electron-builder itself reads its config with (a dependency of app-builder-lib).
const yaml = createRequire(join(ROOT, 'package.json'))('js-yaml') as { load(text: string): unknown };

export type BuilderConfig = {
  appId: string;
  productName: string;
  directories: { output: string; buildResources: string };
  files: string[];
  extraResources: { from: string; to: string }[];
  asar: boolean;
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; category: string; icon: string; desktop?: { entry?: Record<string, string> } };
  win: { target: string[] };
  mac: { target: string[]; hardenedRuntime: boolean; entitlements: string; entitlementsInherit: string };
  [key: string]: unknown;
};

export const readBuilderConfig = (): BuilderConfig =>
  yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
