import './documents.css';
export { DocumentsPanel } from './components/DocumentsPanel';
export { ImportButton } from './components/ImportButton';
export { ImportReportDialog } from './components/ImportReportDialog';
export { useDocument } from './hooks/useDocument';
export { useDocuments } from './hooks/useDocuments';
export { useImportDocuments } from './hooks/useImportDocuments';
