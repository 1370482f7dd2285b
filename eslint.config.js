// Lint enforces the layer table of ARCHITECTURE.md §1 by path, not goodwill: in plain Node,
// `import 'electron'` can silently succeed where an Electron binary is installed.
import { builtinModules } from 'node:module';
import { existsSync, readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

const zones = [
  { target: './shared', from: ['./electron', './renderer'], message: 'shared/ is imported by both sides: it imports neither.' },
  {
    target: './electron/core',
    from: ['./electron/main', './electron/preload', './electron/serve', './electron/cli', './renderer'],
    message: 'The core runs in plain Node and imports no shell.',
  },
  { target: './electron/serve', from: ['./electron/main', './electron/preload', './electron/cli', './renderer'] },
  { target: './electron/cli', from: ['./electron/main', './electron/preload', './electron/serve', './renderer'] },
  { target: './electron/preload', from: ['./electron/core', './electron/serve', './electron/cli', './electron/main', './renderer'] },
  { target: './electron/main', from: ['./electron/serve', './renderer'] },
  { target: './renderer', from: ['./electron'], message: 'The renderer reaches the core only through shared/contract.ts.' },
];

function featureZones() {
  const root = './renderer/features';
  const features = existsSync(root) ? readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];
  return features.map((feature) => ({
    target: `${root}/${feature}`,
    from: root,
    except: [`./${feature}`, ...features.filter((f) => f !== feature).map((f) => `./${f}/index.ts`)],
    message: 'Import another feature through its index.ts.',
  }));
}

const nodeBuiltins = builtinModules.flatMap((m) => [m, `node:${m}`]);
const ban = (paths, patterns = []) => ({
  'no-restricted-imports': ['error', { paths: paths.map((name) => ({ name, message: 'Forbidden in this layer (ARCHITECTURE.md §1).' })), patterns }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  { files: ['shared/**'], rules: ban(['electron', 'better-sqlite3', 'react', 'react-dom', ...nodeBuiltins]) },
  { files: ['electron/core/**', 'electron/serve/**', 'electron/cli/**'], rules: ban(['electron', 'react', 'react-dom']) },
  {
    files: ['renderer/**'],
    rules: ban(['electron', 'better-sqlite3', 'lunr', ...nodeBuiltins], [
      { group: ['**/electron/**'], message: 'The renderer reaches the core only through shared/contract.ts.' },
    ]),
  },
  {
    // A feature reaches another feature only through its index.ts.
    files: ['renderer/features/**'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: [...zones, ...featureZones()] }] },
  },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
);
