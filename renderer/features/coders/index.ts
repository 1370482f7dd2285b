import './coders.css';
export { CoderDialog } from './components/CoderDialog';
export { useCoderActions, useCoderList } from './hooks/useCoderActions';
export { onlyCoder } from './blind-coding';
export { useBlindCoderId, useBlindCoding } from './hooks/useBlindCoding';
