import { useAppEvent } from '../api-context';
import { assertNever } from '../../shared/result';
import type { MenuCommand } from '../../shared/contract';

export type MenuHandlers = { [C in MenuCommand]: () => void };

/** The native menu (Electron) sends commands as events; each runs the same action as its button. */
export function useMenuCommands(handlers: MenuHandlers): void {
  useAppEvent('menu:command', ({ command }) => {
    switch (command) {
      case 'project:new':
      case 'project:open':
      case 'project:close':
      case 'project:merge':
      case 'documents:import':
      case 'history:undo':
      case 'history:redo':
      case 'view:toggleTheme':
        handlers[command]();
        return;
      default:
        assertNever(command);
    }
  });
}
