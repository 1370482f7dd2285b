import './memos.css';
export { MemosPanel, type MemoRequest } from './components/MemosPanel';
export { MemoField } from './components/MemoField';
export { useMemos } from './hooks/useMemos';
export { memosOf, memoSnippet, targetKey } from './memo-targets';
