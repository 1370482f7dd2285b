import { EditorView } from '@codemirror/view';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Code, Coding, DocumentDetail } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { setCodingLayer, useCodingMemoSnippets, useCodingsListener, type CodingLayerInput } from '../../coding';
import { setPseudonymLayer, usePseudonymHighlights } from '../../pseudonyms';
import { createTranscriptState, revealRange, updateTurns, type TranscriptHandlers } from '../transcript-extensions';

export type TextRange = { from: number; to: number };
export type RevealRequest = { start: number; end: number; nonce: number };

export type TranscriptViewProps = {
  document: DocumentDetail;
  codings: readonly Coding[];
  codes: readonly Code[];
  selectedCodingId: number | null;
  reveal: RevealRequest | null;
  onSelectionChange: (range: TextRange) => void;
  onSelectCoding: (coding: Coding) => void;
  onRequestCode: () => void;
  /** Selection geometry changed (selection, scroll, resize): the owner repositions its floating button. */
  onLayout: (view: EditorView) => void;
  onReady: (view: EditorView | null) => void;
};

export function TranscriptView(props: TranscriptViewProps) {
  const { document: doc, codings, codes, selectedCodingId, reveal } = props;
  const t = useT();
  const memos = useCodingMemoSnippets();
  const pseudonyms = usePseudonymHighlights(doc.id, doc.text);
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef(props);
  const labels = useRef(t);
  const latestMemos = useRef(memos);
  useEffect(() => {
    latest.current = props;
    labels.current = t;
    latestMemos.current = memos;
  });

  // One stable object: the editor reads the latest props through it at event time.
  const handlers = useMemo<TranscriptHandlers>(
    () => ({
      onSelectCoding: (id) => {
        const coding = latest.current.codings.find((c) => c.id === id);
        if (!coding) return;
        if (view.current) revealRange(view.current, coding.start, coding.end);
        latest.current.onSelectCoding(coding);
      },
      onRequestCode: () => latest.current.onRequestCode(),
      stripeTitle: (name) => labels.current.transcript.stripeTitle(name),
    }),
    [],
  );

  useEffect(() => {
    if (!host.current) return;
    const v = new EditorView({
      parent: host.current,
      dispatchTransactions: (trs, editor) => {
        editor.update(trs);
        if (trs.some((tr) => tr.selection)) {
          const { from, to } = editor.state.selection.main;
          latest.current.onSelectionChange({ from, to });
        }
        latest.current.onLayout(editor);
      },
    });
    const onScroll = () => latest.current.onLayout(v);
    v.scrollDOM.addEventListener('scroll', onScroll, { passive: true });
    view.current = v;
    latest.current.onReady(v);
    return () => {
      v.scrollDOM.removeEventListener('scroll', onScroll);
      latest.current.onReady(null);
      v.destroy();
      view.current = null;
    };
  }, []);

  const writtenAs = useCallback((label: string) => labels.current.speakers.writtenAs(label), []);
  const shownTurns = useRef(doc.turnList);

  /** What the coding layer draws now: a redraw of the same input is skipped. */
  const drawn = useRef<CodingLayerInput | null>(null);
  const drawCodings = useCallback((input: CodingLayerInput) => {
    const v = view.current;
    const last = drawn.current;
    if (!v || (last && last.codings === input.codings && last.codes === input.codes && last.memos === input.memos && last.selectedId === input.selectedId)) return;
    drawn.current = input;
    const dispatch = () => v.dispatch({ effects: setCodingLayer.of(input) });
    try {
      dispatch();
    } catch {
      // A cache change made while the editor is updating (CodeMirror refuses nested updates) is drawn right after.
      queueMicrotask(dispatch);
    }
  }, []);

  useEffect(() => {
    shownTurns.current = doc.turnList;
    drawn.current = null;
    view.current?.setState(
      createTranscriptState({ text: doc.text, turns: doc.turnList, handlers, label: `${t.transcript.label} — ${doc.name}`, writtenAs }),
    );
    // A new document (or new text) only: a rename or a language change keeps the reader's place.
  }, [doc.id, doc.text, handlers]);

  // Renamed or merged speakers: the labels change in place.
  useEffect(() => {
    if (!view.current || shownTurns.current === doc.turnList) return;
    shownTurns.current = doc.turnList;
    updateTurns(view.current, doc.turnList, writtenAs);
  }, [doc.turnList, writtenAs]);

  // The list as React renders it; the cache's newer one, when it changed since (see below), wins.
  const renderedCodings = useRef(codings);
  useEffect(() => {
    const list = renderedCodings.current !== codings || !drawn.current ? codings : drawn.current.codings;
    renderedCodings.current = codings;
    drawCodings({ codings: list, codes, memos, selectedId: selectedCodingId });
  }, [codings, codes, memos, selectedCodingId, doc.id, doc.text, drawCodings]);

  // A confirmed coding is drawn as soon as it is in the cache, not a render later.
  useCodingsListener(doc.id, (list) => {
    const { codes: latestCodes, selectedCodingId: selectedId } = latest.current;
    drawCodings({ codings: list, codes: latestCodes, memos: latestMemos.current, selectedId });
  });

  // Issue 7: originals an anonymized export will replace (the toggle in the header shows or hides them).
  useEffect(() => {
    view.current?.dispatch({ effects: setPseudonymLayer.of(pseudonyms) });
  }, [pseudonyms, doc.id, doc.text]);

  useEffect(() => {
    if (!reveal || !view.current) return;
    revealRange(view.current, reveal.start, reveal.end);
    view.current.focus();
  }, [reveal?.nonce, doc.id]);

  return <div ref={host} className="transcript-editor" data-testid="transcript" />;
}
