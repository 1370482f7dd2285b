import type { Framework, FrameworkCell } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import type { ProjectContext } from '../project/context';
import { subtree, type CorpusIndex } from './corpus';
import type { FindingsRepo } from './findings-repo';
import { rowOf } from './matrix';
import { participantOf } from './retrieve';
import { mustBeCodedWith, mustGetCode } from './themes';

function mustGetCase(index: CorpusIndex, caseId: number) {
  const found = index.caseById.get(caseId);
  if (!found) throw new AppError('NOT_FOUND', `No participant with id ${caseId}`);
  return found;
}

/** How many codings of each participant a theme (with sub-codes) has. */
function availableByCase(index: CorpusIndex, codeId: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (const id of subtree(index, codeId)) {
    for (const k of index.codingsByCode.get(id) ?? []) {
      const c = participantOf(index, k);
      if (c !== null) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  return counts;
}

function cellOf(repo: FindingsRepo, caseId: number, codeId: number, available: number): FrameworkCell {
  const row = repo.cell(caseId, codeId);
  return {
    caseId,
    codeId,
    summary: row?.body ?? '',
    codingIds: row ? repo.codingIds(row.id) : [],
    available,
    updatedAt: row?.updatedAt ?? null,
  };
}

/** Participants × themes; default themes: the top-level codes (the themes of a codebook's first level). */
export function frameworkOf(index: CorpusIndex, repo: FindingsRepo, input: { caseIds?: number[] | undefined; codeIds?: number[] | undefined }): Framework {
  input.caseIds?.forEach((id) => mustGetCase(index, id));
  input.codeIds?.forEach((id) => mustGetCode(index, id));
  const cases = input.caseIds ? input.caseIds.map((id) => index.caseById.get(id)!) : index.corpus.cases;
  const codeIds = input.codeIds ?? index.corpus.codes.filter((c) => c.parentId === null).map((c) => c.id);
  const available = codeIds.map((id) => availableByCase(index, id));
  return {
    cases: cases.map((c) => ({ id: c.id, name: c.name })),
    codes: codeIds.map((id) => rowOf(index, id)),
    cells: cases.map((c) => codeIds.map((codeId, j) => cellOf(repo, c.id, codeId, available[j]!.get(c.id) ?? 0))),
  };
}

/**
 * Writes a framework cell. Its quotes must be the participant's, coded with the theme (or a
 * sub-code). A cell left with no summary and no quote is removed.
 */
export function setFrameworkCell(
  ctx: ProjectContext,
  repo: FindingsRepo,
  index: CorpusIndex,
  input: { caseId: number; codeId: number; summary?: string | undefined; codingIds?: number[] | undefined },
): FrameworkCell {
  const participant = mustGetCase(index, input.caseId);
  const code = mustGetCode(index, input.codeId);
  const codingIds = input.codingIds && [...new Set(input.codingIds)];
  for (const id of codingIds ?? []) {
    mustBeCodedWith(index, id, input.codeId);
    if (participantOf(index, index.codingById.get(id)!) !== input.caseId) {
      throw new AppError('INVALID_INPUT', `The quote ${id} is not from participant ${participant.name}`, { codingId: id, caseId: input.caseId });
    }
  }
  const existing = repo.cell(input.caseId, input.codeId);
  const summary = input.summary ?? existing?.body ?? '';
  const quotes = codingIds ?? (existing ? repo.codingIds(existing.id) : []);
  ctx.journal.run({ action: 'framework:setCell', subject: `${participant.name} × ${code.name}` }, () => {
    const now = ctx.now().toISOString();
    if (summary.trim() === '' && quotes.length === 0) {
      if (existing) repo.remove(existing.id);
      return;
    }
    const id = existing?.id ?? repo.insert({ guid: ctx.newGuid(), kind: 'framework', title: '', body: summary, codeId: input.codeId, caseId: input.caseId, now });
    if (existing) repo.update(id, '', summary, now);
    if (codingIds) repo.setCodingIds(id, codingIds);
  });
  return cellOf(repo, input.caseId, input.codeId, availableByCase(index, input.codeId).get(input.caseId) ?? 0);
}
