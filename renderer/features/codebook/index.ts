import './codebook.css';
export { CodebookPanel } from './components/CodebookPanel';
export { CODE_PALETTE, nextColor } from './code-colors';
export { codePath } from './code-tree';
export { useCodes } from './hooks/useCodes';
export { useCreateCode } from './hooks/useCreateCode';
