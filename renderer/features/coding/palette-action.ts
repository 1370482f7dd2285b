/**
 * What Enter does in the quick-code palette, and how the palette says it: the highlighted code (or
 * the code to create) together with the ticked ones.
 */
import type { Code } from '../../../shared/contract';
import type { Messages } from '../../i18n';
import type { PaletteOption } from './filter-codes';

/** The codes Enter applies: the highlighted one, then the ticked ones (each once). */
export function enterCodes(option: PaletteOption | undefined, checked: readonly number[]): number[] {
  const highlighted = option?.kind === 'code' ? [option.code.id] : [];
  return [...new Set([...checked, ...highlighted])];
}

type ActionLabels = Pick<Messages['coding'], 'enterApply' | 'enterCreate' | 'enterApplyChecked' | 'enterAlsoChecked'>;

/**
 * What Enter will do, in words: « Appliquer Confiance + 2 codes cochés », « Créer Gouvernance ›
 * Confiance et l’appliquer »; null when it does nothing.
 */
export function enterAction(
  option: PaletteOption | undefined,
  checked: readonly number[],
  byId: ReadonlyMap<number, Code>,
  paths: ReadonlyMap<number, string[]>,
  labels: ActionLabels,
): string | null {
  const label = (id: number) => byId.get(id)?.name ?? paths.get(id)?.at(-1) ?? '?';
  if (option?.kind === 'create') {
    const create = labels.enterCreate(option.path.join(' › '));
    return checked.length > 0 ? `${create} ${labels.enterAlsoChecked(checked.length)}` : create;
  }
  if (option?.kind === 'code') {
    const others = checked.filter((id) => id !== option.code.id).length;
    const apply = labels.enterApply(label(option.code.id));
    return others > 0 ? `${apply} ${labels.enterAlsoChecked(others)}` : apply;
  }
  if (checked.length === 1) return labels.enterApply(label(checked[0]!));
  if (checked.length > 1) return labels.enterApplyChecked(checked.length);
  return null;
}
