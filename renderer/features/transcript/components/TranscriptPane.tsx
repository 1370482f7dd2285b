import { EditorSelection } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { BookOpen, FileUp, Highlighter } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Code, Coding } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { isTypingTarget } from '../../../platform';
import { EmptyState, Tooltip, useToasts } from '../../../ui';
import { QuickCodePalette, useDocumentCodings, type CodingTarget, type PalettePlacement } from '../../coding';
import { ImportButton, useDocument } from '../../documents';
import { snapToWords } from '../snap-to-words';
import { TranscriptView, type RevealRequest, type TextRange } from './TranscriptView';

export type TranscriptPaneProps = {
  documentId: number | null;
  hasDocuments: boolean;
  onImport: () => void;
  isImporting: boolean;
  codes: readonly Code[];
  selectedCodingId: number | null;
  reveal: RevealRequest | null;
  onSelectionChange: (range: TextRange | null) => void;
  onSelectCoding: (coding: Coding) => void;
  onCodeApplied: (codeId: number) => void;
};

type ButtonPosition = { left: number; top: number };

const PALETTE_HEIGHT = 380;

/** Below the selection when there is room, else above it, so that the passage stays visible. */
function placePalette(view: EditorView, frame: HTMLElement, from: number, to: number): PalettePlacement {
  const box = frame.getBoundingClientRect();
  const end = view.coordsAtPos(to, -1);
  const start = view.coordsAtPos(from, 1);
  if (end && end.bottom - box.top + PALETTE_HEIGHT + 12 < box.height) return { top: Math.max(8, end.bottom - box.top + 10) };
  if (start && start.top - box.top - PALETTE_HEIGHT - 10 > 0) return { bottom: box.bottom - start.top + 10 };
  return {};
}

/** The open transcript: its header, the text with its codings, the floating Code… button and the palette. */
export function TranscriptPane(props: TranscriptPaneProps) {
  const { documentId, codes } = props;
  const t = useT();
  const toasts = useToasts();
  const doc = useDocument(documentId);
  const codings = useDocumentCodings(documentId);
  const frame = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const [target, setTarget] = useState<CodingTarget | null>(null);
  const [button, setButton] = useState<ButtonPosition | null>(null);
  const [placement, setPlacement] = useState<PalettePlacement>({});

  const openPalette = useCallback(() => {
    const v = view.current;
    const detail = doc.data;
    if (!v || !detail) return;
    const selected = v.state.selection.main;
    if (selected.empty) {
      toasts.push('info', t.coding.selectFirst);
      return;
    }
    const { from, to } = snapToWords(detail.text, selected.from, selected.to);
    if (from !== selected.from || to !== selected.to) v.dispatch({ selection: EditorSelection.single(from, to) });
    setPlacement(frame.current ? placePalette(v, frame.current, from, to) : {});
    setTarget({ documentId: detail.id, start: from, end: to, excerpt: detail.text.slice(from, to).replace(/\s+/g, ' ').trim() });
  }, [doc.data, t, toasts]);

  // Ctrl/Cmd+K from anywhere (outside text fields) codes the transcript's current selection.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.key.toLowerCase() !== 'k' || !(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      if (isTypingTarget(e.target) || !view.current) return;
      e.preventDefault();
      openPalette();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openPalette]);

  useEffect(() => {
    setTarget(null);
    setButton(null);
  }, [documentId]);

  const onLayout = useCallback((v: EditorView) => {
    v.requestMeasure({
      key: 'verbatim-code-button',
      read: (editor): ButtonPosition | null => {
        const sel = editor.state.selection.main;
        const box = frame.current?.getBoundingClientRect();
        if (sel.empty || !box) return null;
        const coords = editor.coordsAtPos(sel.head, sel.head === sel.to ? -1 : 1);
        const scroller = editor.scrollDOM.getBoundingClientRect();
        if (!coords || coords.bottom < scroller.top || coords.top > scroller.bottom) return null;
        const below = coords.bottom + 40 < scroller.bottom;
        return {
          left: Math.max(8, Math.min(coords.left - box.left - 8, box.width - 110)),
          top: below ? coords.bottom - box.top + 6 : coords.top - box.top - 36,
        };
      },
      write: (pos) => setButton((prev) => (prev?.left === pos?.left && prev?.top === pos?.top ? prev : pos)),
    });
  }, []);

  if (documentId === null) {
    return (
      <div className="transcript-pane" ref={frame}>
        {props.hasDocuments ? (
          <EmptyState icon={<BookOpen size={32} />} title={t.transcript.noDocTitle} testId="transcript-empty">
            <p>{t.transcript.noDocBody}</p>
          </EmptyState>
        ) : (
          <EmptyState
            icon={<FileUp size={32} />}
            title={t.documents.emptyTitle}
            testId="documents-empty"
            action={<ImportButton onImport={props.onImport} isImporting={props.isImporting} variant="primary" />}
          >
            <p>{t.documents.emptyBody}</p>
            <p className="note">{t.documents.emptyMore}</p>
          </EmptyState>
        )}
      </div>
    );
  }

  const detail = doc.data;
  const list = codings.data ?? [];
  return (
    <div className="transcript-pane" ref={frame}>
      {detail ? (
        <>
          <header className="transcript-header">
            <h1 className="transcript-title" data-testid="transcript-title">
              {detail.name}
            </h1>
            <p className="transcript-meta">
              {t.status.words(detail.words)} · {t.transcript.turns(detail.turns)} · {t.status.codings(list.length)}
            </p>
          </header>
          <TranscriptView
            document={detail}
            codings={list}
            codes={codes}
            selectedCodingId={props.selectedCodingId}
            reveal={props.reveal}
            onSelectionChange={props.onSelectionChange}
            onSelectCoding={props.onSelectCoding}
            onRequestCode={openPalette}
            onLayout={onLayout}
            onReady={(v) => {
              view.current = v;
            }}
          />
          {button && !target && (
            <Tooltip label={t.coding.codeButtonTitle} shortcut="C">
              <button
                type="button"
                className="code-fab"
                style={{ left: button.left, top: button.top }}
                onMouseDown={(e) => e.preventDefault()}
                onClick={openPalette}
                data-testid="code-selection-button"
                aria-keyshortcuts="C Control+K Meta+K"
              >
                <Highlighter size={14} aria-hidden="true" />
                {t.coding.codeButton}
              </button>
            </Tooltip>
          )}
          {target && (
            <QuickCodePalette
              codes={codes}
              target={target}
              placement={placement}
              onClose={(codeId) => {
                setTarget(null);
                view.current?.focus();
                if (codeId !== undefined) props.onCodeApplied(codeId);
              }}
            />
          )}
        </>
      ) : (
        <div className="transcript-loading" aria-busy="true">
          {doc.isError ? doc.error.message : t.common.loading}
        </div>
      )}
    </div>
  );
}
