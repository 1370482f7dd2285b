import './analysis.css';
export { AnalysisView, type AnalysisViewProps } from './AnalysisView';
