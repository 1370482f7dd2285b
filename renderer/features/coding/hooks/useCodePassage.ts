import { useCallback } from 'react';
import type { Code } from '../../../../shared/contract';
import { isAppError } from '../../../../shared/result';
import { useT } from '../../../i18n';
import { useToasts } from '../../../ui';
import { nextColor } from '../../codebook';
import type { TextSelection } from '../codings-at';
import { inVivoName, snapToWords } from '../word-boundaries';
import { useApplyCodes, useApplyNewCode } from './useApplyCoding';
import { useRecentCodes } from './useRecentCodes';

export type PassageSource = {
  document: { id: number; text: string } | null;
  selection: TextSelection | null;
  codes: readonly Code[];
  /** The code just applied (the workspace shows its quotes). */
  onApplied?: (codeId: number) => void;
};

/**
 * Coding the selected passage from outside the palette: a code dropped on it, or in-vivo coding
 * (its own words become a new code). Both snap the passage to whole words first, as the palette does.
 */
export function useCodePassage({ document: doc, selection, codes, onApplied }: PassageSource) {
  const t = useT();
  const toasts = useToasts();
  const apply = useApplyCodes();
  const applyNew = useApplyNewCode({ inlineErrors: ['CONFLICT'] });
  const { remember } = useRecentCodes();

  const passage = useCallback(() => {
    if (!doc || !selection || selection.from === selection.to) return null;
    const { from, to } = snapToWords(doc.text, selection.from, selection.to);
    if (from >= to || doc.text.slice(from, to).trim() === '') return null;
    return { documentId: doc.id, start: from, end: to, text: doc.text.slice(from, to) };
  }, [doc, selection]);

  const applyCode = useCallback(
    (codeId: number): boolean => {
      const range = passage();
      if (!range) {
        toasts.push('info', t.coding.dropNeedsSelection);
        return false;
      }
      const { text: _text, ...where } = range;
      apply.mutate(
        { ...where, codeIds: [codeId] },
        {
          onSuccess: () => {
            remember([codeId]);
            onApplied?.(codeId);
          },
        },
      );
      return true;
    },
    [passage, apply, remember, onApplied, toasts, t],
  );

  const codeInVivo = useCallback((): boolean => {
    const range = passage();
    if (!range) {
      toasts.push('info', t.coding.selectFirst);
      return false;
    }
    const name = inVivoName(range.text);
    const { text: _text, ...where } = range;
    applyNew.mutate(
      { ...where, name, parentId: null, color: nextColor(codes) },
      {
        onSuccess: ({ code }) => {
          remember([code.id]);
          toasts.push('info', t.coding.inVivoDone(code.name));
          onApplied?.(code.id);
        },
        onError: (e) => {
          // A code of that name exists: the passage gets it.
          const id = isAppError(e) && e.code === 'CONFLICT' ? (e.details as { id?: unknown } | undefined)?.id : undefined;
          if (typeof id === 'number') {
            apply.mutate({ ...where, codeIds: [id] }, { onSuccess: () => onApplied?.(id) });
            toasts.push('info', t.coding.inVivoExisting(name));
          }
        },
      },
    );
    return true;
  }, [passage, applyNew, apply, codes, remember, onApplied, toasts, t]);

  return { applyCode, codeInVivo, hasPassage: passage() !== null, isPending: apply.isPending || applyNew.isPending };
}
