import { FileText, NotebookPen, Search, Tags, UsersRound } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Coding, MemoTarget, ProjectInfo, RetrievedCoding, SearchHit } from '../../shared/contract';
import { ParticipantsPanel, ParticipantsTable } from '../features/cases';
import { CodebookPanel, useCodes } from '../features/codebook';
import { CodeDropTarget, CodingInspector, useCodePassage, useDocumentCodings, useFindCoding, type TextSelection } from '../features/coding';
import { DocumentsPanel, DropZone, ImportReportDialog, useDocument, useDocuments, type useImportDocuments } from '../features/documents';
import { MemosPanel, type MemoRequest } from '../features/memos';
import { ProjectBanners } from '../features/project';
import { PseudonymizeSelection } from '../features/pseudonyms';
import { RetrievalPanel } from '../features/retrieval';
import { SearchPanel, useSearchState } from '../features/search';
import { TranscriptPane, useTranscriptEditing, type RevealRequest } from '../features/transcript';
import { useT } from '../i18n';
import { Tabs, tabId, tabPanelId } from '../ui';
import { StatusBar } from './StatusBar';
import type { QuoteRequest } from './views';

export type WorkspaceProps = {
  project: ProjectInfo;
  importer: ReturnType<typeof useImportDocuments>;
  /** A passage another view asked to show (a matrix cell's quote, a theme sheet's key quote…). */
  quote?: (QuoteRequest & { nonce: number }) | null;
};

type SidebarTab = 'documents' | 'codebook' | 'participants' | 'memos' | 'search';
type Reveal = RevealRequest & { documentId: number };

/** One open project: documents and codebook at left, the transcript, the inspector at right. */
export function Workspace({ project, importer, quote = null }: WorkspaceProps) {
  const t = useT();
  const documents = useDocuments();
  const codes = useCodes();
  const [tab, setTab] = useState<SidebarTab>('documents');
  const [documentId, setDocumentId] = useState<number | null>(null);
  const [codeId, setCodeId] = useState<number | null>(null);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [selectedCodingId, setSelectedCodingId] = useState<number | null>(null);
  const [reveal, setReveal] = useState<Reveal | null>(null);
  const [caseId, setCaseId] = useState<number | null>(null);
  const [memoRequest, setMemoRequest] = useState<MemoRequest | null>(null);
  const findCoding = useFindCoding();
  const editing = useTranscriptEditing();
  const openedFirst = useRef(false);
  // The top bar's search shows its results in the Search tab.
  const { showRequest, query: searchQuery } = useSearchState();
  useEffect(() => {
    if (showRequest > 0) setTab('search');
  }, [showRequest]);

  const docList = documents.data;
  const codeList = useMemo(() => codes.data ?? [], [codes.data]);
  const doc = useDocument(documentId);
  const codings = useDocumentCodings(documentId);

  const openDocument = useCallback(
    (id: number | null) => {
      if (id === documentId) return;
      setSelection(null);
      setSelectedCodingId(null);
      setDocumentId(id);
    },
    [documentId],
  );

  // A newcomer sees a transcript at once; a deleted document closes.
  useEffect(() => {
    if (!docList) return;
    if (documentId !== null && !docList.some((d) => d.id === documentId)) openDocument(null);
    else if (documentId === null && !openedFirst.current && docList[0]) openDocument(docList[0].id);
    if (docList.length > 0) openedFirst.current = true;
  }, [docList, documentId, openDocument]);

  useEffect(() => {
    if (codeId !== null && codes.data && !codes.data.some((c) => c.id === codeId)) setCodeId(null);
  }, [codes.data, codeId]);

  /** Opening a document by hand asks first when the open transcript has unsaved edits. */
  const openByUser = (id: number) =>
    editing.guard(() => {
      setTab((current) => (current === 'participants' ? 'documents' : current));
      openDocument(id);
    });

  const openQuote = (q: Pick<RetrievedCoding, 'id' | 'documentId' | 'start' | 'end'>) =>
    editing.guard(() => {
      setTab((current) => (current === 'participants' ? 'documents' : current));
      openDocument(q.documentId);
      setSelectedCodingId(q.id);
      setReveal({ documentId: q.documentId, start: q.start, end: q.end, nonce: Date.now() });
    });

  /** A search hit: its transcript opens with the matched words selected; the results stay at left. */
  const openHit = (hit: Pick<SearchHit, 'documentId' | 'start' | 'end'>) =>
    editing.guard(() => {
      openDocument(hit.documentId);
      setSelectedCodingId(null);
      setReveal({ documentId: hit.documentId, start: hit.start, end: hit.end, nonce: Date.now() });
    });

  // Another view asked for a passage: show it like a retrieved quote (or a search hit when uncoded).
  const lastQuote = useRef<number | null>(null);
  useEffect(() => {
    if (!quote || lastQuote.current === quote.nonce) return;
    lastQuote.current = quote.nonce;
    if (quote.codingId === undefined) openHit(quote);
    else openQuote({ id: quote.codingId, documentId: quote.documentId, start: quote.start, end: quote.end });
    // openHit/openQuote change every render; the request's nonce is what matters.
  }, [quote]);

  const onSelectionChange = (range: TextSelection | null) => {
    setSelection(range);
    // The selected coding stays selected while the selection touches it (to fit it to a new selection).
    setSelectedCodingId((id) => {
      const coding = codings.data?.find((c) => c.id === id);
      return coding && range && range.from <= coding.end && range.to >= coding.start ? id : null;
    });
  };

  const onSelectCoding = (coding: Coding) => {
    setSelectedCodingId(coding.id);
    setSelection({ from: coding.start, to: coding.end });
    setCodeId(coding.codeId);
  };

  const selectedCode = codeList.find((c) => c.id === codeId) ?? null;
  const passage = useCodePassage({ document: doc.data ?? null, selection, codes: codeList, onApplied: setCodeId });

  /** Opens a memo on a target (or starts one) in the Memos tab. */
  const openMemo = useCallback((target: MemoTarget, label: string) => {
    setTab('memos');
    setMemoRequest({ target, label, nonce: Date.now() });
  }, []);

  /** Shows what a memo is about: its document, code, participant or coded passage. */
  const showMemoTarget = (target: MemoTarget) => {
    if (target.type === 'document') openByUser(target.id);
    else if (target.type === 'code') setCodeId(target.id);
    else if (target.type === 'case') {
      setTab('participants');
      setCaseId(target.id);
    } else if (target.type === 'coding') {
      void findCoding(target.id).then((coding) => {
        if (coding) {
          openQuote(coding);
          setCodeId(coding.codeId);
        }
      });
    }
  };
  const tabs = [
    { id: 'documents' as const, label: t.documents.tab, icon: <FileText size={15} aria-hidden="true" />, testId: 'tab-documents' },
    { id: 'codebook' as const, label: t.codebook.tab, icon: <Tags size={15} aria-hidden="true" />, testId: 'tab-codebook' },
    { id: 'participants' as const, label: t.cases.tab, icon: <UsersRound size={15} aria-hidden="true" />, testId: 'tab-participants' },
    { id: 'memos' as const, label: t.memos.tab, icon: <NotebookPen size={15} aria-hidden="true" />, testId: 'tab-memos' },
    // The results' tab is there while there is a search (a fifth tab would not fit a narrow sidebar).
    ...(tab === 'search' || searchQuery.trim() !== ''
      ? [{ id: 'search' as const, label: t.search.tab, icon: <Search size={15} aria-hidden="true" />, testId: 'tab-search' }]
      : []),
  ];

  return (
    <>
      <ProjectBanners project={project} />
      <div className={tab === 'participants' ? 'workspace is-wide' : tab === 'search' ? 'workspace is-searching' : 'workspace'}>
        <aside className="sidebar" aria-label={`${t.documents.tab} / ${t.codebook.tab}`}>
          <Tabs items={tabs} value={tab} onChange={setTab} label={`${t.documents.tab} / ${t.codebook.tab}`} idPrefix="sidebar" />
          <div
            role="tabpanel"
            id={tabPanelId('sidebar', tab)}
            aria-labelledby={tabId('sidebar', tab)}
            className="sidebar-panel"
            data-testid={`panel-${tab}`}
          >
            {tab === 'search' ? (
              <SearchPanel onOpen={openHit} />
            ) : tab === 'documents' ? (
              <DocumentsPanel
                selectedId={documentId}
                onSelect={openByUser}
                onImport={() => importer.startImport()}
                isImporting={importer.isImporting}
              />
            ) : tab === 'participants' ? (
              <ParticipantsPanel
                documents={docList ?? []}
                selectedCaseId={caseId}
                onSelectCase={setCaseId}
                onOpenDocument={openByUser}
                onImportTable={() => importer.startImport('participants')}
                isImporting={importer.isImporting}
              />
            ) : tab === 'codebook' ? (
              <CodebookPanel selectedId={codeId} onSelect={setCodeId} onOpenMemo={openMemo} />
            ) : (
              <MemosPanel
                document={doc.data ? { id: doc.data.id, name: doc.data.name } : null}
                code={selectedCode}
                request={memoRequest}
                onNavigate={showMemoTarget}
              />
            )}
          </div>
        </aside>
        <main className="center" aria-label={tab === 'participants' ? t.cases.tableLabel : t.transcript.label}>
          {tab === 'participants' && (
            <ParticipantsTable
              documents={docList ?? []}
              onOpenDocument={openByUser}
              onImportTable={() => importer.startImport('participants')}
              isImporting={importer.isImporting}
              selectedCaseId={caseId}
              onSelectCase={setCaseId}
            />
          )}
          {/* Kept mounted under the participants table, so that an edit in progress is not lost. */}
          <div className="center-view" hidden={tab === 'participants'}>
          <CodeDropTarget onDropCode={passage.applyCode} hasSelection={passage.hasPassage}>
          <TranscriptPane
            documentId={documentId}
            hasDocuments={(docList?.length ?? 0) > 0}
            onImport={(kind) => importer.startImport(kind)}
            isImporting={importer.isImporting}
            editing={editing}
            codes={codeList}
            selectedCodingId={selectedCodingId}
            reveal={reveal && reveal.documentId === documentId && doc.data ? reveal : null}
            onSelectionChange={onSelectionChange}
            onSelectCoding={onSelectCoding}
            onCodeApplied={setCodeId}
          />
          </CodeDropTarget>
          </div>
        </main>
        <aside className="inspector" aria-label={t.coding.inspectorTitle} hidden={tab === 'participants'}>
          <section className="inspector-section inspector-selection">
            <h2 className="section-title">{t.coding.inspectorTitle}</h2>
            <CodingInspector
              document={doc.data && doc.data.id === documentId ? doc.data : null}
              codings={codings.data ?? []}
              codes={codeList}
              selection={documentId === null ? null : selection}
              selectedCodingId={selectedCodingId}
              onShowCode={setCodeId}
              onSelectCoding={(c) => openQuote(c)}
              onCodeApplied={setCodeId}
              onOpenMemo={openMemo}
            />
            {/* Issue 7: the selected words into the pseudonym table (shown only while words are selected). */}
            <PseudonymizeSelection
              documentId={doc.data && doc.data.id === documentId ? documentId : null}
              text={doc.data?.text ?? ''}
              selection={selection}
            />
          </section>
          <section className="inspector-section inspector-retrieval">
            <h2 className="section-title">{t.retrieval.title}</h2>
            <RetrievalPanel code={selectedCode} currentCodingId={selectedCodingId} onOpen={openQuote} />
          </section>
        </aside>
      </div>
      <StatusBar project={project} document={doc.data ?? null} codingCount={codings.data?.length ?? null} isImporting={importer.isImporting} />
      {importer.report && (
        <ImportReportDialog
          report={importer.report}
          onClose={importer.closeReport}
          onOpen={openByUser}
          onImportAnyway={importer.importDuplicatesAnyway}
          onSkip={importer.skipDuplicates}
          isImportingDuplicates={importer.isImportingDuplicates}
        />
      )}
      <DropZone onFiles={(files) => void importer.importFiles(files)} disabled={importer.isImporting} />
    </>
  );
}
