import { startMain } from './start';

// The entry point electron-builder and `electron .` load (package.json "main": out/electron/main.js).
startMain(process.argv);
