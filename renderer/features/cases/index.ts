import './cases.css';
export { CaseImportReportView, type CaseImportOutcome } from './components/CaseImportReportView';
export { CaseSelect } from './components/CaseSelect';
export { LinkReportView } from './components/LinkReportView';
export { ParticipantsPanel } from './components/ParticipantsPanel';
export { ParticipantsTable } from './components/ParticipantsTable';
export { useAttributes, useCases } from './hooks/useCases';
export { useSetDocumentCase } from './hooks/useCaseMutations';
