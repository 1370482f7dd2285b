import { EditorSelection } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { BookOpen, FileUp, Highlighter } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Code, Coding, EditReport } from '../../../../shared/contract';
import { errorCodeOf } from '../../../api';
import { useT } from '../../../i18n';
import { isTypingTarget } from '../../../platform';
import { EmptyState, Tooltip, useToasts } from '../../../ui';
import { QuickCodePalette, snapToWords, useDocumentCodings, type CodingTarget, type PalettePlacement } from '../../coding';
import { ImportButton, useDocument, type ImportKind } from '../../documents';
import { useUndoRedo } from '../../history';
import { SpeakersDialog } from '../../speakers';
import { useEditDocument } from '../hooks/useEditDocument';
import type { TranscriptEditing } from '../hooks/useTranscriptEditing';
import { EditReportDialog } from './EditReportDialog';
import { TranscriptEditor, type EditorHandle } from './TranscriptEditor';
import { TranscriptHeader } from './TranscriptHeader';
import { TranscriptView, type RevealRequest, type TextRange } from './TranscriptView';
import { UnsavedChangesDialog } from './UnsavedChangesDialog';

export type TranscriptPaneProps = {
  documentId: number | null;
  hasDocuments: boolean;
  onImport: (kind?: ImportKind) => void;
  isImporting: boolean;
  codes: readonly Code[];
  selectedCodingId: number | null;
  reveal: RevealRequest | null;
  onSelectionChange: (range: TextRange | null) => void;
  onSelectCoding: (coding: Coding) => void;
  onCodeApplied: (codeId: number) => void;
  /** The edit session, owned by the workspace (which asks before leaving unsaved changes). */
  editing: TranscriptEditing;
};

/**
 * Where the floating Code… button sits in the pane: `left` is its right edge when `inGutter`;
 * `compact` (icon only) when the gutter has room for the icon but not the label.
 */
type ButtonPosition = { left: number; top: number; inGutter: boolean; compact: boolean };

/** Room the Code… button needs in the gutter beside the text (its width and a gap), with its label and without. */
const GUTTER_BUTTON_ROOM = 104;
const GUTTER_ICON_ROOM = 36;

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

/** Where the reader is: the selection if it is in view, else the first line shown. */
function readingPosition(view: EditorView): number {
  const { head } = view.state.selection.main;
  const { from, to } = view.viewport;
  const top = view.lineBlockAtHeight(Math.max(0, view.scrollDOM.scrollTop - view.documentPadding.top)).from;
  return head >= top && head >= from && head <= to && !view.state.selection.main.empty ? head : top;
}

/** The open transcript: its header, the text with its codings, the floating Code… button and the palette; or its editor. */
export function TranscriptPane(props: TranscriptPaneProps) {
  const { documentId, codes, editing } = props;
  const t = useT();
  const toasts = useToasts();
  const doc = useDocument(documentId);
  const codings = useDocumentCodings(documentId);
  const edit = useEditDocument();
  const history = useUndoRedo();
  const frame = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const editor = useRef<EditorHandle | null>(null);
  const [target, setTarget] = useState<CodingTarget | null>(null);
  const [button, setButton] = useState<ButtonPosition | null>(null);
  const [placement, setPlacement] = useState<PalettePlacement>({});
  const [showSpeakers, setShowSpeakers] = useState(false);
  const [startAt, setStartAt] = useState(0);
  const [report, setReport] = useState<EditReport | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const isEditing = documentId !== null && editing.documentId === documentId;

  const startEditing = useCallback(() => {
    if (documentId === null || !doc.data) return;
    setTarget(null);
    setNotice(null);
    edit.reset();
    setStartAt(view.current ? readingPosition(view.current) : 0);
    editing.start(documentId);
  }, [documentId, doc.data, editing, edit]);

  /** Saves the edited text; `then` runs once saved (leaving for another document, say). */
  const save = useCallback(
    (then?: () => void) => {
      const handle = editor.current;
      if (!handle || documentId === null || edit.isPending) return;
      if (!handle.isChanged()) {
        editing.stop();
        then?.();
        return;
      }
      edit.mutate(
        { id: documentId, text: handle.text() },
        {
          onSuccess: (result) => {
            editing.stop();
            if (result.lost.length > 0) setReport(result);
            else setNotice(t.editing.notice(result.kept, result.reanchored));
            then?.();
          },
        },
      );
    },
    [documentId, edit, editing, t],
  );

  const cancel = useCallback(() => editing.guard(() => undefined), [editing]);

  // Ctrl/Cmd+E opens the editor; closing the window with unsaved changes asks first.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.key.toLowerCase() !== 'e' || !(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      if (isTypingTarget(e.target) || isEditing || !doc.data || frame.current?.closest('[hidden]')) return;
      // A modal dialog owns the keyboard.
      if (e.target instanceof Element && e.target.closest('[aria-modal="true"]')) return;
      e.preventDefault();
      startEditing();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [isEditing, doc.data, startEditing]);

  useEffect(() => {
    if (!editing.isDirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = t.editing.beforeUnload;
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [editing.isDirty, t]);

  // A document that went away (deleted, or another one opened by other means) ends its edit.
  useEffect(() => {
    if (editing.documentId !== null && editing.documentId !== documentId) editing.stop();
  }, [documentId, editing]);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 9000);
    return () => clearTimeout(timer);
  }, [notice]);

  const openPalette = useCallback(() => {
    const v = view.current;
    const detail = doc.data;
    if (!v || !detail || isEditing) return;
    const selected = v.state.selection.main;
    if (selected.empty) {
      toasts.push('info', t.coding.selectFirst);
      return;
    }
    const { from, to } = snapToWords(detail.text, selected.from, selected.to);
    if (from !== selected.from || to !== selected.to) v.dispatch({ selection: EditorSelection.single(from, to) });
    setPlacement(frame.current ? placePalette(v, frame.current, from, to) : {});
    setTarget({ documentId: detail.id, start: from, end: to, excerpt: detail.text.slice(from, to).replace(/\s+/g, ' ').trim() });
  }, [doc.data, t, toasts, isEditing]);

  // Ctrl/Cmd+K from anywhere (outside text fields) codes the transcript's current selection.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.key.toLowerCase() !== 'k' || !(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      if (isTypingTarget(e.target) || !view.current || isEditing || frame.current?.closest('[hidden]')) return;
      e.preventDefault();
      openPalette();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openPalette, isEditing]);

  useEffect(() => {
    setTarget(null);
    setButton(null);
    setNotice(null);
    setShowSpeakers(false);
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
        // Beside the line where the selection ends, in the gutter left of the text, so that it
        // covers none of the words being read; below (or above) the selection when the pane is too
        // narrow for a gutter.
        // With times, the lines' left padding holds each turn's time: the gutter ends before it.
        const line = editor.contentDOM.querySelector('.cm-line');
        const contentLeft = editor.contentDOM.getBoundingClientRect().left;
        const hasTimes = editor.dom.classList.contains('has-times');
        const gutterRight = hasTimes ? contentLeft : contentLeft + (line ? parseFloat(getComputedStyle(line).paddingLeft) || 0 : 0);
        const gutter = gutterRight - box.left;
        if (gutter >= GUTTER_ICON_ROOM) {
          const lineHeight = coords.bottom - coords.top;
          return {
            left: gutter - (gutter >= GUTTER_BUTTON_ROOM ? 12 : 4),
            top: coords.top - box.top + Math.round((lineHeight - 28) / 2),
            inGutter: true,
            compact: gutter < GUTTER_BUTTON_ROOM,
          };
        }
        const below = coords.bottom + 40 < scroller.bottom;
        return {
          left: Math.max(8, Math.min(coords.left - box.left - 8, box.width - 110)),
          top: below ? coords.bottom - box.top + 6 : coords.top - box.top - 36,
          inGutter: false,
          compact: false,
        };
      },
      write: (pos) =>
        setButton((prev) =>
          prev && pos && prev.left === pos.left && prev.top === pos.top && prev.inGutter === pos.inGutter && prev.compact === pos.compact ? prev : pos,
        ),
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
            action={<ImportButton onImport={props.onImport} isImporting={props.isImporting} variant="primary" menuAlign="start" />}
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
  const hasTimes = detail?.turnList.some((turn) => turn.tStartMs !== null) ?? false;
  const saveError = edit.isError ? (errorCodeOf(edit.error) === 'INVALID_INPUT' ? edit.error.message : t.errors.internal) : null;
  return (
    <div className="transcript-pane" ref={frame}>
      {detail ? (
        <>
          <TranscriptHeader
            document={detail}
            codingCount={list.length}
            hasTimes={hasTimes}
            isEditing={isEditing}
            isDirty={editing.isDirty}
            isSaving={edit.isPending}
            saveError={saveError}
            notice={notice}
            onDismissNotice={() => setNotice(null)}
            onEdit={startEditing}
            onSave={() => save()}
            onCancel={cancel}
            onShowSpeakers={() => setShowSpeakers(true)}
          />
          {isEditing ? (
            <TranscriptEditor
              key={detail.id}
              document={detail}
              codings={list}
              codes={codes}
              startAt={startAt}
              onSave={() => save()}
              onCancel={cancel}
              onDirtyChange={editing.setDirty}
              onReady={(handle) => {
                editor.current = handle;
              }}
            />
          ) : (
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
          )}
          {button && !target && !isEditing && (
            <Tooltip label={t.coding.codeButtonTitle} shortcut="C">
              <button
                type="button"
                className={button.compact ? 'code-fab is-compact' : 'code-fab'}
                style={{ left: button.left, top: button.top, ...(button.inGutter ? { transform: 'translateX(-100%)' } : {}) }}
                aria-label={button.compact ? t.coding.codeButton : undefined}
                onMouseDown={(e) => e.preventDefault()}
                onClick={openPalette}
                data-testid="code-selection-button"
                aria-keyshortcuts="C Control+K Meta+K"
              >
                <Highlighter size={14} aria-hidden="true" />
                {!button.compact && t.coding.codeButton}
              </button>
            </Tooltip>
          )}
          {target && !isEditing && (
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
          {showSpeakers && <SpeakersDialog documentId={detail.id} documentName={detail.name} onClose={() => setShowSpeakers(false)} />}
          {report && <EditReportDialog report={report} onClose={() => setReport(null)} onUndo={history.undo} />}
          {editing.pending && isEditing && (
            <UnsavedChangesDialog
              isSaving={edit.isPending}
              onKeepEditing={() => {
                editing.clearPending();
                editor.current?.focus();
              }}
              onDiscard={() => {
                const action = editing.pending;
                editing.clearPending();
                editing.stop();
                action?.();
              }}
              onSave={() => {
                const action = editing.pending;
                editing.clearPending();
                save(action ?? undefined);
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
