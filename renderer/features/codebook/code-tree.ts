import type { Code } from '../../../shared/contract';
import { fold } from './fold';

export type CodeRow = {
  code: Code;
  depth: number;
  hasChildren: boolean;
  /** Codings of the code and all its sub-codes. */
  total: number;
  /** The code's name matches the filter (its ancestors are shown to place it). */
  isMatch: boolean;
};

export type CodeIndex = {
  byId: ReadonlyMap<number, Code>;
  children: ReadonlyMap<number | null, readonly Code[]>;
  /** Codings of each code with its sub-codes. */
  totals: ReadonlyMap<number, number>;
};

/** Parents and children of the codebook (a code whose parent is missing is placed at the top level). */
export function indexCodes(codes: readonly Code[]): CodeIndex {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const children = new Map<number | null, Code[]>();
  for (const c of codes) {
    const parent = c.parentId !== null && byId.has(c.parentId) ? c.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(c);
    children.set(parent, list);
  }
  const totals = new Map<number, number>();
  const total = (code: Code, seen: Set<number>): number => {
    const known = totals.get(code.id);
    if (known !== undefined) return known;
    if (seen.has(code.id)) return 0;
    seen.add(code.id);
    let sum = code.codings;
    for (const child of children.get(code.id) ?? []) sum += total(child, seen);
    totals.set(code.id, sum);
    return sum;
  };
  for (const c of codes) total(c, new Set());
  return { byId, children, totals };
}

/**
 * The codebook as rows to show, in tree order (codes:list already lists parents before children,
 * siblings by position), skipping the descendants of collapsed codes. With a filter, only codes
 * whose name matches (case and accents ignored) and their ancestors are shown, all unfolded.
 */
export function visibleRows(codes: readonly Code[], collapsed: ReadonlySet<number>, filter = ''): CodeRow[] {
  const { children, totals } = indexCodes(codes);
  const needle = fold(filter);
  const keep = new Set<number>();
  const matches = new Set<number>();
  if (needle) {
    const visit = (code: Code): boolean => {
      let any = fold(code.name).includes(needle);
      if (any) matches.add(code.id);
      for (const child of children.get(code.id) ?? []) if (visit(child)) any = true;
      if (any) keep.add(code.id);
      return any;
    };
    for (const root of children.get(null) ?? []) visit(root);
  }
  const rows: CodeRow[] = [];
  const walk = (parent: number | null, depth: number) => {
    for (const code of children.get(parent) ?? []) {
      if (needle && !keep.has(code.id)) continue;
      const hasChildren = (children.get(code.id)?.length ?? 0) > 0;
      rows.push({ code, depth, hasChildren, total: totals.get(code.id) ?? code.codings, isMatch: !needle || matches.has(code.id) });
      if (hasChildren && (needle !== '' || !collapsed.has(code.id))) walk(code.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
}

/** A code's names from the root down (`['Travail', 'Conditions']`). */
export function codePath(codes: readonly Code[], id: number): string[] {
  const byId = new Map(codes.map((c) => [c.id, c]));
  return pathIn(byId, id);
}

export function pathIn(byId: ReadonlyMap<number, Code>, id: number): string[] {
  const names: string[] = [];
  const seen = new Set<number>();
  let current = byId.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    names.unshift(current.name);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return names;
}

/** True when `id` is `ancestorId` or one of its descendants. */
export function isWithin(byId: ReadonlyMap<number, Code>, id: number, ancestorId: number): boolean {
  const seen = new Set<number>();
  let current = byId.get(id);
  while (current && !seen.has(current.id)) {
    if (current.id === ancestorId) return true;
    seen.add(current.id);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return false;
}

/** Where a code goes: under `parentId`, at `position` among its new siblings (the code itself not counted). */
export type MoveTarget = { parentId: number | null; position: number };

const siblingsOf = (index: CodeIndex, parentId: number | null, except: number) =>
  (index.children.get(parentId) ?? []).filter((c) => c.id !== except);

/** Where a drop lands, relative to the code under the pointer. */
export type DropPlace = 'before' | 'inside' | 'after';

/** The move a drop makes; null when it would put a code inside itself or change nothing. */
export function dropMove(index: CodeIndex, dragged: number, over: number, place: DropPlace): MoveTarget | null {
  const target = index.byId.get(over);
  const code = index.byId.get(dragged);
  if (!target || !code || isWithin(index.byId, over, dragged)) return null;
  if (place === 'inside') {
    return { parentId: over, position: siblingsOf(index, over, dragged).length };
  }
  const parentId = target.parentId !== null && index.byId.has(target.parentId) ? target.parentId : null;
  const siblings = siblingsOf(index, parentId, dragged);
  const at = siblings.findIndex((c) => c.id === over);
  const position = place === 'before' ? at : at + 1;
  return unchanged(index, code, parentId, position) ? null : { parentId, position };
}

function unchanged(index: CodeIndex, code: Code, parentId: number | null, position: number): boolean {
  const current = code.parentId !== null && index.byId.has(code.parentId) ? code.parentId : null;
  if (current !== parentId) return false;
  const siblings = index.children.get(parentId) ?? [];
  return siblings.findIndex((c) => c.id === code.id) === position;
}

export type KeyboardMove = 'up' | 'down' | 'outdent' | 'indent';

/**
 * Alt+arrows in the tree: up/down swap with the previous/next sibling, left makes the code a
 * sibling of its parent (just after it), right makes it the last child of its previous sibling.
 */
export function keyboardMove(index: CodeIndex, id: number, move: KeyboardMove): MoveTarget | null {
  const code = index.byId.get(id);
  if (!code) return null;
  const parentId = code.parentId !== null && index.byId.has(code.parentId) ? code.parentId : null;
  const siblings = index.children.get(parentId) ?? [];
  const at = siblings.findIndex((c) => c.id === id);
  switch (move) {
    case 'up':
      return at > 0 ? { parentId, position: at - 1 } : null;
    case 'down':
      return at < siblings.length - 1 ? { parentId, position: at + 1 } : null;
    case 'outdent': {
      if (parentId === null) return null;
      const parent = index.byId.get(parentId)!;
      const grand = parent.parentId !== null && index.byId.has(parent.parentId) ? parent.parentId : null;
      const uncles = index.children.get(grand) ?? [];
      return { parentId: grand, position: uncles.findIndex((c) => c.id === parentId) + 1 };
    }
    case 'indent': {
      const previous = siblings[at - 1];
      if (!previous) return null;
      return { parentId: previous.id, position: (index.children.get(previous.id) ?? []).length };
    }
  }
}
