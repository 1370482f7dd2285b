import type { OpLabel } from '../../../shared/contract';
import type { Messages } from '../../i18n';

type KnownAction = Exclude<keyof Messages['history']['actions'], 'other'>;
const isKnown = (action: string, actions: Messages['history']['actions']): action is KnownAction =>
  action !== 'other' && Object.hasOwn(actions, action);

/** `{action: 'codings:apply', subject: 'Confiance'}` → « l’application du code « Confiance » ». */
export function describeOp(t: Messages, label: OpLabel): string {
  const actions = t.history.actions;
  return isKnown(label.action, actions) ? actions[label.action](label.subject) : actions.other(label.subject);
}
