import type { Code } from '../../../shared/contract';

export type CodeRow = { code: Code; depth: number; hasChildren: boolean };

/**
 * The codebook as rows to show, in tree order (codes:list already lists parents before children,
 * siblings by position), skipping the descendants of collapsed codes.
 */
export function visibleRows(codes: readonly Code[], collapsed: ReadonlySet<number>): CodeRow[] {
  const children = new Map<number | null, Code[]>();
  const ids = new Set(codes.map((c) => c.id));
  for (const c of codes) {
    // A code whose parent is missing is shown at the top level rather than lost.
    const parent = c.parentId !== null && ids.has(c.parentId) ? c.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(c);
    children.set(parent, list);
  }
  const rows: CodeRow[] = [];
  const walk = (parent: number | null, depth: number) => {
    for (const code of children.get(parent) ?? []) {
      const hasChildren = (children.get(code.id)?.length ?? 0) > 0;
      rows.push({ code, depth, hasChildren });
      if (hasChildren && !collapsed.has(code.id)) walk(code.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
}

/** A code's names from the root down (`['Travail', 'Conditions']`). */
export function codePath(codes: readonly Code[], id: number): string[] {
  const byId = new Map(codes.map((c) => [c.id, c]));
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
