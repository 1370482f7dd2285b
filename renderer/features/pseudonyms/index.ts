import './pseudonyms.css';
export { AnonymizationView, type AnonymizationViewProps } from './AnonymizationView';
/** For the coding view: what anonymized exports will replace, highlighted in the transcript. */
export { pseudonymLayer, setPseudonymLayer, pseudonymDecorations, type PseudonymLayerInput } from './editor/pseudonym-layer';
export { usePseudonymHighlights } from './hooks/useHighlights';
export { HighlightToggle } from './components/HighlightToggle';
/** For the coding view's inspector: the selected words of a transcript into the pseudonym table. */
export { PseudonymizeSelection } from './components/PseudonymizeSelection';
