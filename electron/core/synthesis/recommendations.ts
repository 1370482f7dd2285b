import type { EvidenceChain, Recommendation } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import type { ProjectContext } from '../project/context';
import { subtree, type CorpusIndex } from './corpus';
import type { FindingRow, FindingsRepo } from './findings-repo';
import { mustGetCode, orderedQuotes, themeHeading } from './themes';

export function toRecommendation(repo: FindingsRepo, row: FindingRow): Recommendation {
  return {
    id: row.id,
    guid: row.guid,
    title: row.title,
    body: row.body,
    position: row.position,
    codeIds: repo.codeIds(row.id),
    codingIds: repo.codingIds(row.id),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function mustGetRecommendation(repo: FindingsRepo, id: number): FindingRow {
  const row = repo.get(id);
  if (!row || row.kind !== 'recommendation') throw new AppError('NOT_FOUND', `No recommendation with id ${id}`);
  return row;
}

/** Checks cited themes and quotes exist; duplicates are dropped, the first place kept. */
export function checkedEvidence(index: CorpusIndex, codeIds: readonly number[] | undefined, codingIds: readonly number[] | undefined) {
  const codes = codeIds && [...new Set(codeIds)];
  const codings = codingIds && [...new Set(codingIds)];
  codes?.forEach((id) => mustGetCode(index, id));
  for (const id of codings ?? []) if (!index.codingById.has(id)) throw new AppError('NOT_FOUND', `No coding with id ${id}`);
  return { codes, codings };
}

export function createRecommendation(
  ctx: ProjectContext,
  repo: FindingsRepo,
  index: CorpusIndex,
  input: { title: string; body: string; codeIds: readonly number[]; codingIds: readonly number[] },
): Recommendation {
  const { codes, codings } = checkedEvidence(index, input.codeIds, input.codingIds);
  const id = ctx.journal.run({ action: 'recommendations:create', subject: input.title }, () => {
    const id = repo.insert({
      guid: ctx.newGuid(),
      kind: 'recommendation',
      title: input.title,
      body: input.body,
      codeId: null,
      caseId: null,
      position: repo.nextPosition('recommendation'),
      now: ctx.now().toISOString(),
    });
    repo.setCodeIds(id, codes ?? []);
    repo.setCodingIds(id, codings ?? []);
    return id;
  });
  return toRecommendation(repo, repo.get(id)!);
}

export function updateRecommendation(
  ctx: ProjectContext,
  repo: FindingsRepo,
  index: CorpusIndex,
  input: { id: number; title?: string | undefined; body?: string | undefined; codeIds?: number[] | undefined; codingIds?: number[] | undefined },
): Recommendation {
  const row = mustGetRecommendation(repo, input.id);
  const { codes, codings } = checkedEvidence(index, input.codeIds, input.codingIds);
  const title = input.title ?? row.title;
  ctx.journal.run({ action: 'recommendations:update', subject: title }, () => {
    repo.update(row.id, title, input.body ?? row.body, ctx.now().toISOString());
    if (codes) repo.setCodeIds(row.id, codes);
    if (codings) repo.setCodingIds(row.id, codings);
  });
  return toRecommendation(repo, repo.get(row.id)!);
}

export function reorderRecommendations(ctx: ProjectContext, repo: FindingsRepo, ids: readonly number[]): Recommendation[] {
  const current = repo.list('recommendation');
  const known = new Set(current.map((r) => r.id));
  for (const id of ids) if (!known.has(id)) throw new AppError('NOT_FOUND', `No recommendation with id ${id}`);
  if (new Set(ids).size !== ids.length || ids.length !== current.length) {
    throw new AppError('INVALID_INPUT', `The new order must list each of the ${current.length} recommendations once`);
  }
  ctx.journal.run({ action: 'recommendations:reorder', subject: null }, () => ids.forEach((id, i) => repo.setPosition(id, i)));
  return repo.list('recommendation').map((r) => toRecommendation(repo, r));
}

/** Recommendation → cited themes (with their quotes and key quotes) → sources (documents, participants). */
export function evidenceChain(index: CorpusIndex, repo: FindingsRepo, id: number): EvidenceChain {
  const recommendation = toRecommendation(repo, mustGetRecommendation(repo, id));
  const cited = orderedQuotes(index, recommendation.codingIds);
  const placed = new Set<number>();
  const sheets = new Map(repo.list('theme').map((f) => [f.codeId!, f]));
  const themes = recommendation.codeIds.map((codeId) => {
    const codes = new Set(subtree(index, codeId));
    const quotes = cited.filter((q) => codes.has(q.codeId));
    quotes.forEach((q) => placed.add(q.id));
    const sheet = sheets.get(codeId);
    return {
      ...themeHeading(index, codeId, sheet),
      quotes,
      keyQuotes: sheet ? orderedQuotes(index, repo.codingIds(sheet.id)) : [],
    };
  });
  const otherQuotes = cited.filter((q) => !placed.has(q.id));
  const all = new Map([...cited, ...themes.flatMap((t) => t.keyQuotes)].map((q) => [q.id, q]));
  // A focus group is one document with several participants: one source each.
  const sources = new Map<string, EvidenceChain['sources'][number]>();
  for (const q of all.values()) {
    const key = `${q.documentId}:${q.case?.id ?? ''}`;
    const source = sources.get(key) ?? { documentId: q.documentId, documentName: q.documentName, case: q.case, quotes: 0 };
    source.quotes++;
    sources.set(key, source);
  }
  const order = new Map(index.corpus.documents.map((d, i) => [d.id, i]));
  return {
    recommendation,
    themes,
    otherQuotes,
    sources: [...sources.values()].sort(
      (a, b) => order.get(a.documentId)! - order.get(b.documentId)! || (a.case?.name ?? '').localeCompare(b.case?.name ?? '', undefined, { numeric: true }),
    ),
  };
}
