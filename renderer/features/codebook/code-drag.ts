/**
 * Codes travel by drag and drop under their own type: within the tree (move, merge) and onto the
 * transcript (apply to the selected passage). Other drags (text, files) are left alone.
 */
export const CODE_DRAG_TYPE = 'application/x-verbatim-code';

export function readDraggedCode(data: DataTransfer): number | null {
  const raw = data.getData(CODE_DRAG_TYPE);
  const id = Number(raw);
  return raw && Number.isInteger(id) && id > 0 ? id : null;
}

export const isCodeDrag = (data: DataTransfer): boolean => data.types.includes(CODE_DRAG_TYPE);
