import { EditorSelection, type Text } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import type { Code, Coding, DocumentDetail } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { codingMarks } from '../coding-marks';
import { createEditState, isChanged } from '../edit-extensions';

/** What the pane asks of the open editor. */
export type EditorHandle = { text(): string; isChanged(): boolean; focus(): void };

export type TranscriptEditorProps = {
  document: DocumentDetail;
  codings: readonly Coding[];
  codes: readonly Code[];
  /** Where the reader was: the editor opens there, with the caret at that place. */
  startAt: number;
  onSave: () => void;
  onCancel: () => void;
  onDirtyChange: (dirty: boolean) => void;
  onReady: (handle: EditorHandle | null) => void;
};

/** The transcript's text, editable in place (same font, measure and colours as the reading view). */
export function TranscriptEditor(props: TranscriptEditorProps) {
  const t = useT();
  const host = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    if (!host.current) return;
    const { document: doc, codings, codes, startAt } = latest.current;
    let original: Text | null = null;
    let wasDirty = false;
    const view = new EditorView({
      parent: host.current,
      state: createEditState({
        text: doc.text,
        turns: doc.turnList,
        marks: codingMarks(codings, codes),
        label: t.editing.label(doc.name),
        writtenAs: (label) => t.speakers.writtenAs(label),
        onSave: () => latest.current.onSave(),
        onCancel: () => latest.current.onCancel(),
      }),
      dispatchTransactions: (trs, editor) => {
        editor.update(trs);
        if (!trs.some((tr) => tr.docChanged) || !original) return;
        const dirty = isChanged(editor.state, original);
        if (dirty !== wasDirty) {
          wasDirty = dirty;
          latest.current.onDirtyChange(dirty);
        }
      },
    });
    original = view.state.doc;
    const at = Math.max(0, Math.min(startAt, view.state.doc.length));
    view.dispatch({ selection: EditorSelection.cursor(at), effects: EditorView.scrollIntoView(at, { y: 'start', yMargin: 40 }) });
    view.focus();
    latest.current.onReady({
      text: () => view.state.doc.toString(),
      isChanged: () => (original ? isChanged(view.state, original) : false),
      focus: () => view.focus(),
    });
    return () => {
      latest.current.onReady(null);
      view.destroy();
    };
    // The editor opens once per edit session: later renders must not reset what the user typed.
  }, []);

  return <div ref={host} className="transcript-editor" data-testid="transcript-editor" />;
}
