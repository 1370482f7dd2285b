import type { Agreement } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { inTreeOrder } from '../codebook/code-repo';
import { codePaths } from '../project/describe';
import type { ProjectContext } from '../project/context';
import { addCounts, countDocument, measuresOf, NO_COUNTS, type AgreementCounts } from './agreement-measures';

type Range = { start: number; end: number };
type CodingRow = { document_id: number; code_id: number; coder_id: number; start: number; end: number };

export type AgreementRequest = { coders: readonly [number, number] | readonly number[]; codeIds?: readonly number[] | undefined; documentIds?: readonly number[] | undefined };

/**
 * Agreement of two coders, per code and per document, at character level (see agreement-measures.ts).
 * Scope: the documents given, else every document where both coders have at least one coding.
 * Codes: those given, else every code either coder applied in the scope, in tree order.
 */
export function agreementOf(ctx: Pick<ProjectContext, 'db' | 'texts'>, request: AgreementRequest): Agreement {
  const { db } = ctx;
  const [a, b] = request.coders;
  if (a === undefined || b === undefined || request.coders.length !== 2) throw new AppError('INVALID_INPUT', 'Agreement compares exactly two coders');
  if (a === b) throw new AppError('INVALID_INPUT', 'Choose two different coders');
  const coderRow = db.prepare<[number], { id: number; name: string }>('SELECT id, name FROM coders WHERE id = ?');
  const coders = [a, b].map((id) => {
    const row = coderRow.get(id);
    if (!row) throw new AppError('NOT_FOUND', `No coder with id ${id}`);
    return row;
  });

  const documents = agreementScope(ctx, a, b, request.documentIds);

  const codeRows = db
    .prepare<[], { id: number; parent_id: number | null; name: string; position: number }>('SELECT id, parent_id, name, position FROM codes')
    .all()
    .map((c) => ({ id: c.id, parentId: c.parent_id, name: c.name, position: c.position }));
  const paths = codePaths(codeRows);
  const known = new Set(codeRows.map((c) => c.id));
  for (const id of request.codeIds ?? []) if (!known.has(id)) throw new AppError('NOT_FOUND', `No code with id ${id}`);

  // Each coder's ranges per document and code, read once.
  const ranges = new Map<string, Range[]>();
  const used = new Set<number>();
  const select = db.prepare<[number, number, number], CodingRow>(
    'SELECT document_id, code_id, coder_id, start, end FROM codings WHERE document_id = ? AND coder_id IN (?, ?)',
  );
  for (const d of documents) {
    for (const r of select.all(d.id, a, b)) {
      used.add(r.code_id);
      const key = `${r.document_id}:${r.code_id}:${r.coder_id}`;
      const list = ranges.get(key) ?? [];
      list.push({ start: r.start, end: r.end });
      ranges.set(key, list);
    }
  }
  const wanted = request.codeIds && request.codeIds.length > 0 ? new Set(request.codeIds) : used;
  const codes = inTreeOrder(codeRows).filter((c) => wanted.has(c.id));

  const perDocument = new Map<number, AgreementCounts>(documents.map((d) => [d.id, NO_COUNTS]));
  let overall = NO_COUNTS;
  const codeResults = codes.map((code) => {
    let counts = NO_COUNTS;
    for (const d of documents) {
      const c = countDocument(d.length, ranges.get(`${d.id}:${code.id}:${a}`) ?? [], ranges.get(`${d.id}:${code.id}:${b}`) ?? []);
      counts = addCounts(counts, c);
      perDocument.set(d.id, addCounts(perDocument.get(d.id)!, c));
    }
    overall = addCounts(overall, counts);
    return { codeId: code.id, path: paths.get(code.id)!, ...counts, ...measuresOf(counts) };
  });

  return {
    coders,
    documents: documents.map((d) => {
      const counts = perDocument.get(d.id)!;
      return { documentId: d.id, name: d.name, ...counts, ...measuresOf(counts) };
    }),
    codes: codeResults,
    overall: { ...overall, ...measuresOf(overall) },
  };
}

/**
 * The documents agreement is measured on, by name: those given, else every document where both
 * coders have at least one coding. Their lengths are the units.
 */
export function agreementScope(ctx: Pick<ProjectContext, 'db' | 'texts'>, a: number, b: number, documentIds: readonly number[] | undefined) {
  const { db } = ctx;
  const documentRow = db.prepare<[number], { id: number; name: string }>('SELECT id, name FROM documents WHERE id = ?');
  const scopeIds =
    documentIds && documentIds.length > 0
      ? [...new Set(documentIds)]
      : db
          .prepare<[number, number], { document_id: number }>(
            `SELECT document_id FROM codings WHERE coder_id = ? INTERSECT SELECT document_id FROM codings WHERE coder_id = ?`,
          )
          .all(a, b)
          .map((r) => r.document_id);
  return scopeIds
    .map((id) => {
      const row = documentRow.get(id);
      if (!row) throw new AppError('NOT_FOUND', `No document with id ${id}`);
      return { ...row, length: ctx.texts.text(id)?.length ?? 0 };
    })
    .sort((x, y) => x.name.localeCompare(y.name, 'fr', { numeric: true }));
}
