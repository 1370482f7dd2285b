import { joinCodePath } from '../../../shared/code-path';
import type { Code } from '../../../shared/contract';

export type CodeEntry = { code: Code; depth: number; path: string };

/** Codes in codebook order with their depth and `Parent/Child` path (the list is in tree order already). */
export function codeEntries(codes: readonly Code[]): CodeEntry[] {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const depthOf = (c: Code): number => {
    let depth = 0;
    for (let p = c.parentId; p !== null && depth < 64; p = byId.get(p)?.parentId ?? null) depth++;
    return depth;
  };
  const pathOf = (c: Code): string => {
    const names = [c.name];
    for (let p = c.parentId; p !== null && names.length < 64; p = byId.get(p)?.parentId ?? null) names.unshift(byId.get(p)?.name ?? '');
    return joinCodePath(names);
  };
  return codes.map((code) => ({ code, depth: depthOf(code), path: pathOf(code) }));
}
