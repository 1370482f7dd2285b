import { app, dialog } from 'electron';
import { runCli } from '../cli/run';
import { cliArgsOf, runCliMode, userArgs } from './cli-mode';
import { startGui } from './gui';
import { missingBindingMessage, nativeBindingPath } from './native-binding';
import { appPaths } from './paths';
import { registerAppScheme } from './protocol';

/**
 * Decides between the two lives of the app binary: a headless command (the packaged CLI) or the
 * desktop window. Runs before `ready`, as scheme privileges must.
 */
export function startMain(argv: readonly string[]): void {
  registerAppScheme();
  const args = userArgs(argv, app.isPackaged);
  // VERBATIM_DATA_DIR is honoured as by the Node CLI and browser mode (tests, portable use).
  const dataDir = process.env.VERBATIM_DATA_DIR || app.getPath('userData');
  const appPath = app.getAppPath();
  const resourcesPath = process.resourcesPath;
  const nativeBinding = nativeBindingPath({ isPackaged: app.isPackaged, appPath, resourcesPath });
  const missing = missingBindingMessage(nativeBinding, app.isPackaged);
  const cliArgs = cliArgsOf(args);

  if (cliArgs) {
    app.disableHardwareAcceleration();
    app.dock?.hide();
    if (missing) {
      process.stderr.write(`verbatim: ${missing}\n`);
      app.exit(1);
      return;
    }
    void runCliMode(cliArgs, {
      run: runCli,
      dataDir,
      nativeBinding,
      stdout: process.stdout,
      stderr: process.stderr,
      exit: (code) => app.exit(code),
    });
    return;
  }

  if (missing) {
    void app.whenReady().then(() => {
      dialog.showErrorBox('Verbatim', missing);
      app.exit(1);
    });
    return;
  }
  startGui({ args, dataDir, nativeBinding, ...appPaths({ isPackaged: app.isPackaged, appPath, resourcesPath }) });
}
