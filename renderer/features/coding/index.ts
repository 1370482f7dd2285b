import './coding.css';
export { QuickCodePalette, type CodingTarget, type PalettePlacement } from './components/QuickCodePalette';
export { SelectionCodes } from './components/SelectionCodes';
export { codingsAt, type TextSelection } from './codings-at';
export { useDocumentCodings } from './hooks/useDocumentCodings';
