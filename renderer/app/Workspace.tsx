import { FileText, Tags } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Coding, ProjectInfo, RetrievedCoding } from '../../shared/contract';
import { CodebookPanel, useCodes } from '../features/codebook';
import { SelectionCodes, useDocumentCodings, type TextSelection } from '../features/coding';
import { DocumentsPanel, ImportReportDialog, useDocument, useDocuments, type useImportDocuments } from '../features/documents';
import { ProjectBanners } from '../features/project';
import { RetrievalPanel } from '../features/retrieval';
import { TranscriptPane, type RevealRequest } from '../features/transcript';
import { useT } from '../i18n';
import { Tabs, tabId, tabPanelId } from '../ui';
import { StatusBar } from './StatusBar';

export type WorkspaceProps = { project: ProjectInfo; importer: ReturnType<typeof useImportDocuments> };

type SidebarTab = 'documents' | 'codebook';
type Reveal = RevealRequest & { documentId: number };

/** One open project: documents and codebook at left, the transcript, the inspector at right. */
export function Workspace({ project, importer }: WorkspaceProps) {
  const t = useT();
  const documents = useDocuments();
  const codes = useCodes();
  const [tab, setTab] = useState<SidebarTab>('documents');
  const [documentId, setDocumentId] = useState<number | null>(null);
  const [codeId, setCodeId] = useState<number | null>(null);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [selectedCodingId, setSelectedCodingId] = useState<number | null>(null);
  const [reveal, setReveal] = useState<Reveal | null>(null);
  const openedFirst = useRef(false);

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

  const openQuote = (q: Pick<RetrievedCoding, 'id' | 'documentId' | 'start' | 'end'>) => {
    openDocument(q.documentId);
    setSelectedCodingId(q.id);
    setReveal({ documentId: q.documentId, start: q.start, end: q.end, nonce: Date.now() });
  };

  const onSelectionChange = (range: TextSelection | null) => {
    setSelection(range);
    setSelectedCodingId((id) => {
      const coding = codings.data?.find((c) => c.id === id);
      return coding && range && coding.start === range.from && coding.end === range.to ? id : null;
    });
  };

  const onSelectCoding = (coding: Coding) => {
    setSelectedCodingId(coding.id);
    setSelection({ from: coding.start, to: coding.end });
    setCodeId(coding.codeId);
  };

  const selectedCode = codeList.find((c) => c.id === codeId) ?? null;
  const tabs = [
    { id: 'documents' as const, label: t.documents.tab, icon: <FileText size={15} aria-hidden="true" />, testId: 'tab-documents' },
    { id: 'codebook' as const, label: t.codebook.tab, icon: <Tags size={15} aria-hidden="true" />, testId: 'tab-codebook' },
  ];

  return (
    <>
      <ProjectBanners project={project} />
      <div className="workspace">
        <aside className="sidebar" aria-label={`${t.documents.tab} / ${t.codebook.tab}`}>
          <Tabs items={tabs} value={tab} onChange={setTab} label={`${t.documents.tab} / ${t.codebook.tab}`} idPrefix="sidebar" />
          <div
            role="tabpanel"
            id={tabPanelId('sidebar', tab)}
            aria-labelledby={tabId('sidebar', tab)}
            className="sidebar-panel"
            data-testid={`panel-${tab}`}
          >
            {tab === 'documents' ? (
              <DocumentsPanel
                selectedId={documentId}
                onSelect={openDocument}
                onImport={() => importer.startImport()}
                isImporting={importer.isImporting}
              />
            ) : (
              <CodebookPanel selectedId={codeId} onSelect={setCodeId} />
            )}
          </div>
        </aside>
        <main className="center" aria-label={t.transcript.label}>
          <TranscriptPane
            documentId={documentId}
            hasDocuments={(docList?.length ?? 0) > 0}
            onImport={() => importer.startImport()}
            isImporting={importer.isImporting}
            codes={codeList}
            selectedCodingId={selectedCodingId}
            reveal={reveal && reveal.documentId === documentId && doc.data ? reveal : null}
            onSelectionChange={onSelectionChange}
            onSelectCoding={onSelectCoding}
            onCodeApplied={setCodeId}
          />
        </main>
        <aside className="inspector" aria-label={t.coding.inspectorTitle}>
          <section className="inspector-section inspector-selection">
            <h2 className="section-title">{t.coding.inspectorTitle}</h2>
            <SelectionCodes
              text={doc.data?.text}
              codings={codings.data ?? []}
              codes={codeList}
              selection={documentId === null ? null : selection}
              selectedCodingId={selectedCodingId}
              onShowCode={setCodeId}
              onSelectCoding={(c) => openQuote(c)}
            />
          </section>
          <section className="inspector-section inspector-retrieval">
            <h2 className="section-title">{t.retrieval.title}</h2>
            <RetrievalPanel code={selectedCode} currentCodingId={selectedCodingId} onOpen={openQuote} />
          </section>
        </aside>
      </div>
      <StatusBar project={project} document={doc.data ?? null} codingCount={codings.data?.length ?? null} isImporting={importer.isImporting} />
      {importer.report && <ImportReportDialog report={importer.report} onClose={importer.closeReport} onOpen={openDocument} />}
    </>
  );
}
