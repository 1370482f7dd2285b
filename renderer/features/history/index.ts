export { UndoRedoButtons } from './components/UndoRedoButtons';
export { useUndoRedo } from './hooks/useUndoRedo';
export { useUndoShortcuts } from './hooks/useUndoShortcuts';
export { describeOp } from './action-labels';
