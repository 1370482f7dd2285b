import { joinCodePath } from '../../../shared/code-path';
import type { TestCore } from '../../helpers/test-core';

/** Every row of every table: what "the project is untouched" means. */
export function dumpProject(core: TestCore): Record<string, string[]> {
  const db = core.session.current()!.context.db;
  const tables = db.prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all();
  // Sorted in JS: some tables have no rowid.
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all().map((r) => JSON.stringify(r)).sort()]));
}

/** Codes as paths (`Parent/Child`) with their colour, definition and codability. */
export async function codeTree(core: TestCore) {
  const codes = await core.call('codes:list', {});
  const byId = new Map(codes.map((c) => [c.id, c]));
  const path = (id: number): string[] => {
    const c = byId.get(id)!;
    return c.parentId === null ? [c.name] : [...path(c.parentId), c.name];
  };
  return codes.map((c) => ({ path: joinCodePath(path(c.id)), color: c.color, description: c.description, isCodable: c.isCodable }));
}

/** Every coding as code path, document and the text under it, sorted. */
export async function codedQuotes(core: TestCore) {
  const codes = await core.call('codes:list', {});
  const tree = await codeTree(core);
  const pathOf = new Map(codes.map((c, i) => [c.id, tree[i]!.path]));
  const rows: { code: string; document: string; text: string }[] = [];
  for (const code of codes) {
    for (const c of await core.call('codings:retrieve', { codeId: code.id })) rows.push({ code: pathOf.get(code.id)!, document: c.documentName, text: c.text });
  }
  return rows.sort((a, b) => `${a.code}|${a.document}|${a.text}`.localeCompare(`${b.code}|${b.document}|${b.text}`));
}

/** Cases with their values by attribute name. */
export async function caseValues(core: TestCore) {
  const attributes = await core.call('attributes:list', {});
  const documents = await core.call('documents:list', {});
  const cases = await core.call('cases:list', {});
  return cases.map((c) => ({
    name: c.name,
    values: Object.fromEntries(Object.entries(c.values).map(([id, v]) => [attributes.find((a) => a.id === Number(id))!.name, v])),
    documents: c.documentIds.map((id) => documents.find((d) => d.id === id)!.name),
  }));
}

export async function memoList(core: TestCore) {
  const memos = await core.call('memos:list', {});
  return memos
    .map((m) => ({ target: m.target.type, on: m.targetLabel, title: m.title, body: m.body }))
    .sort((a, b) => `${a.target}${a.title}`.localeCompare(`${b.target}${b.title}`));
}
