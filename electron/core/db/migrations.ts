/**
 * The schema migrations, bundled into the build as text (Vite inlines them), never read from disk at
 * run time: a packaged app reads from an asar archive, and the CLI from a build folder.
 */
export const migrationSources: Record<string, string> = import.meta.glob('./migrations/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
});
