import './coders.css';
export { CoderDialog } from './components/CoderDialog';
export { useCoderActions, useCoderList } from './hooks/useCoderActions';
