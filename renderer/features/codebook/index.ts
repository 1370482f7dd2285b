import './codebook.css';
export { CodebookPanel } from './components/CodebookPanel';
export { CODE_PALETTE, nextColor } from './code-colors';
export { codePath } from './code-tree';
export { CODE_DRAG_TYPE, isCodeDrag, readDraggedCode } from './code-drag';
export { fold } from './fold';
export { useCodes } from './hooks/useCodes';
export { useCreateCode } from './hooks/useCreateCode';
