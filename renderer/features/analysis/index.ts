import './analysis.css';
export { AnalysisView, type AnalysisViewProps } from './AnalysisView';
export { RangeFilter } from './components/FiltersPanel';
export { filtersByRange, type ValueRange } from './filters';
