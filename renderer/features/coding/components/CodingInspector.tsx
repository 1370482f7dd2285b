import { ChevronLeft, ChevronRight, Crop, Sparkles, Trash2 } from 'lucide-react';
import { useCallback } from 'react';
import type { Code, Coding, MemoTarget } from '../../../../shared/contract';
import { isAppError } from '../../../../shared/result';
import { useT } from '../../../i18n';
import { shortcutLabel } from '../../../platform';
import { Button, ColorSwatch, IconButton, useToasts } from '../../../ui';
import { MemoField } from '../../memos';
import type { TextSelection } from '../codings-at';
import { useBoundaryShortcuts, useInVivoShortcut } from '../hooks/useBoundaryShortcuts';
import { useUpdateCoding } from '../hooks/useApplyCoding';
import { useCodePassage } from '../hooks/useCodePassage';
import { useRemoveCoding } from '../hooks/useRemoveCoding';
import { moveBoundary, snapToWords, type BoundaryMove } from '../word-boundaries';
import { SelectionCodes } from './SelectionCodes';

export type CodingInspectorProps = {
  document: { id: number; text: string } | null;
  codings: readonly Coding[];
  codes: readonly Code[];
  selection: TextSelection | null;
  selectedCodingId: number | null;
  onShowCode: (codeId: number) => void;
  onSelectCoding: (coding: Coding) => void;
  /** A code was applied here (in vivo, or dropped): the workspace shows its quotes. */
  onCodeApplied: (codeId: number) => void;
  /** Opens a memo in the Memos tab. */
  onOpenMemo?: ((target: MemoTarget, label: string) => void) | undefined;
};

/**
 * The inspector's upper part: the selected coding (its passage, boundaries to adjust, its memo),
 * the codes at the cursor or selection, and in-vivo coding of the selection.
 */
export function CodingInspector(props: CodingInspectorProps) {
  const { document: doc, codings, codes, selection, selectedCodingId } = props;
  const t = useT();
  const passage = useCodePassage({ document: doc, selection, codes, onApplied: props.onCodeApplied });
  const coding = selectedCodingId === null ? undefined : codings.find((c) => c.id === selectedCodingId);
  const shown = doc && coding && coding.id > 0 ? coding : undefined;
  const hasSelection = selection !== null && selection.from !== selection.to;
  const { codeInVivo } = passage;
  useInVivoShortcut(doc && hasSelection ? codeInVivo : null);

  return (
    <div className="coding-inspector" data-testid="coding-inspector">
      {doc && shown && (
        <SelectedCoding
          key={shown.id}
          coding={shown}
          code={codes.find((c) => c.id === shown.codeId)}
          text={doc.text}
          selection={selection}
          onShowCode={props.onShowCode}
          onOpenMemo={props.onOpenMemo}
        />
      )}
      <SelectionCodes
        text={doc?.text}
        codings={codings}
        codes={codes}
        selection={doc ? selection : null}
        selectedCodingId={selectedCodingId}
        shownCodingId={shown?.id ?? null}
        onShowCode={props.onShowCode}
        onSelectCoding={props.onSelectCoding}
      />
      {doc && hasSelection && (
        <div className="inspector-actions">
          <Button size="sm" variant="secondary" icon={<Sparkles size={14} />} onClick={codeInVivo} disabled={passage.isPending} data-testid="in-vivo-button" title={t.coding.inVivoTitle}>
            {t.coding.inVivo}
          </Button>
          <span className="note">{t.coding.inVivoKeys(shortcutLabel('shift+mod+v', t.keys))}</span>
        </div>
      )}
    </div>
  );
}

type SelectedCodingProps = {
  coding: Coding;
  code: Code | undefined;
  text: string;
  selection: TextSelection | null;
  onShowCode: (codeId: number) => void;
  onOpenMemo?: ((target: MemoTarget, label: string) => void) | undefined;
};

/** One coding: its code, its passage, its boundaries (buttons and keys), its memo, removing it. */
function SelectedCoding({ coding, code, text, selection, onShowCode, onOpenMemo }: SelectedCodingProps) {
  const t = useT();
  const toasts = useToasts();
  const update = useUpdateCoding({ inlineErrors: ['CONFLICT', 'INVALID_INPUT'] });
  const remove = useRemoveCoding();
  const name = code?.name ?? '?';

  const setRange = useCallback(
    (start: number, end: number) => {
      if (start === coding.start && end === coding.end) return;
      update.mutate(
        { id: coding.id, documentId: coding.documentId, start, end },
        {
          onError: (e) => {
            if (isAppError(e) && (e.code === 'CONFLICT' || e.code === 'INVALID_INPUT')) toasts.push('error', t.coding.adjustFailed);
          },
        },
      );
    },
    [coding, update, toasts, t],
  );

  const nudge = useCallback(
    (move: BoundaryMove) => {
      const next = moveBoundary(text, coding, move);
      if (next) setRange(next.start, next.end);
    },
    [text, coding, setRange],
  );
  useBoundaryShortcuts(nudge);

  const snapped = selection && selection.from !== selection.to ? snapToWords(text, selection.from, selection.to) : null;
  const canFit = snapped !== null && (snapped.from !== coding.start || snapped.to !== coding.end) && text.slice(snapped.from, snapped.to).trim() !== '';
  const excerpt = text.slice(coding.start, coding.end).replace(/\s+/g, ' ').trim();
  const words = excerpt ? excerpt.split(' ').length : 0;
  const endKeys = shortcutLabel('alt+shift+←/→', t.keys);
  const startKeys = shortcutLabel('mod+alt+shift+←/→', t.keys);

  return (
    <section className="selected-coding" aria-label={t.coding.selectedCoding(name)} data-testid="selected-coding" data-coding-id={coding.id}>
      <header className="selected-coding-head">
        <ColorSwatch color={code?.color ?? '#888'} size={11} />
        <button type="button" className="link-btn selected-coding-code" onClick={() => onShowCode(coding.codeId)} title={t.coding.showQuotes(name)}>
          {name}
        </button>
        <IconButton
          size="sm"
          label={t.coding.removeThis(name)}
          icon={<Trash2 size={14} />}
          tooltipAlign="end"
          onClick={() => remove.mutate(coding)}
          data-testid="selected-coding-remove"
        />
      </header>
      <blockquote className="selected-coding-quote" data-testid="selected-coding-quote">
        {excerpt.length > 320 ? `${excerpt.slice(0, 200).trimEnd()} […] ${excerpt.slice(-100).trimStart()}` : excerpt}
      </blockquote>
      <div className="boundaries" role="group" aria-label={t.coding.boundaries}>
        <span className="boundaries-label">{t.coding.wordsCount(words)}</span>
        <span className="boundary" role="group" aria-label={t.coding.startLabel}>
          <span className="boundary-name">{t.coding.startLabel}</span>
          <IconButton size="sm" bare label={t.coding.startEarlier} title={`${t.coding.startEarlier} (${shortcutLabel('mod+alt+shift+←', t.keys)})`} icon={<ChevronLeft size={14} />} onClick={() => nudge('start-earlier')} data-testid="start-earlier" />
          <IconButton size="sm" bare label={t.coding.startLater} title={`${t.coding.startLater} (${shortcutLabel('mod+alt+shift+→', t.keys)})`} icon={<ChevronRight size={14} />} onClick={() => nudge('start-later')} data-testid="start-later" />
        </span>
        <span className="boundary" role="group" aria-label={t.coding.endLabel}>
          <span className="boundary-name">{t.coding.endLabel}</span>
          <IconButton size="sm" bare label={t.coding.endEarlier} title={`${t.coding.endEarlier} (${shortcutLabel('alt+shift+←', t.keys)})`} icon={<ChevronLeft size={14} />} onClick={() => nudge('end-earlier')} data-testid="end-earlier" />
          <IconButton size="sm" bare label={t.coding.endLater} title={`${t.coding.endLater} (${shortcutLabel('alt+shift+→', t.keys)})`} icon={<ChevronRight size={14} />} onClick={() => nudge('end-later')} data-testid="end-later" />
        </span>
      </div>
      <Button
        size="sm"
        variant="secondary"
        icon={<Crop size={14} />}
        disabled={!canFit || update.isPending}
        onClick={() => snapped && setRange(snapped.from, snapped.to)}
        title={canFit ? undefined : t.coding.fitHint}
        data-testid="fit-to-selection"
      >
        {t.coding.fitToSelection}
      </Button>
      <p className="note boundaries-keys">{t.coding.boundaryKeys(endKeys, startKeys)}</p>
      <MemoField
        target={{ type: 'coding', id: coding.id }}
        label={t.coding.memoLabel}
        placeholder={t.coding.memoPlaceholder}
        onOpenInPanel={onOpenMemo ? () => onOpenMemo({ type: 'coding', id: coding.id }, `${name} · ${excerpt.slice(0, 40)}`) : undefined}
        testId="coding-memo"
      />
    </section>
  );
}
