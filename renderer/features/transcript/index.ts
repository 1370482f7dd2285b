import './transcript.css';
export { TranscriptPane } from './components/TranscriptPane';
export type { RevealRequest, TextRange } from './components/TranscriptView';
export { useTranscriptEditing, type TranscriptEditing } from './hooks/useTranscriptEditing';
