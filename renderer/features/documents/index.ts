import './documents.css';
export { DocumentsPanel } from './components/DocumentsPanel';
export { DropZone } from './components/DropZone';
export { ImportButton } from './components/ImportButton';
export { ImportReportDialog } from './components/ImportReportDialog';
export { useDocument } from './hooks/useDocument';
export { useDocuments } from './hooks/useDocuments';
export { useImportDocuments, type ImportOutcome } from './hooks/useImportDocuments';
export type { ImportKind } from './import-files';
