import type { GroupShare, ThemeSheet, ThemeSummary } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import type { ProjectContext } from '../project/context';
import { subtree, type CorpusIndex } from './corpus';
import type { FindingsRepo } from './findings-repo';
import { buildMatrix, NONE_KEY } from './matrix';
import { readReportSettings } from './report-settings';
import { codingsById, participantOf } from './retrieve';

export function mustGetCode(index: CorpusIndex, codeId: number) {
  const code = index.codeById.get(codeId);
  if (!code) throw new AppError('NOT_FOUND', `No code with id ${codeId}`);
  return code;
}

/** A quote may stand for a theme only if it is coded with it (or a sub-code). */
export function mustBeCodedWith(index: CorpusIndex, codingId: number, codeId: number): void {
  const code = mustGetCode(index, codeId);
  const coding = index.codingById.get(codingId);
  if (!coding) throw new AppError('NOT_FOUND', `No coding with id ${codingId}`);
  if (!subtree(index, codeId).includes(coding.codeId)) {
    throw new AppError('INVALID_INPUT', `The quote ${codingId} is not coded with “${code.name}” or one of its sub-codes`, { codingId, codeId });
  }
}

/** What names a theme wherever it appears (sheet, recommendation, report): its code and written synthesis. */
export function themeHeading(index: CorpusIndex, codeId: number, sheet: { body: string } | undefined) {
  const code = mustGetCode(index, codeId);
  return { codeId, name: code.name, path: index.paths.get(codeId) ?? code.name, color: code.color, synthesis: sheet?.body ?? '' };
}

/** A theme's codings (its sub-codes' included) and how many participants they come from. */
export function themeReach(index: CorpusIndex, codeId: number) {
  const codings = subtree(index, codeId).flatMap((id) => index.codingsByCode.get(id) ?? []);
  return { codings, participants: new Set(codings.flatMap((k) => participantOf(index, k) ?? [])).size };
}

/** How a theme's codings spread over the values of an attribute (actor groups). */
export function distributionOf(index: CorpusIndex, codeId: number, attributeId: number): GroupShare[] {
  const matrix = buildMatrix(index, { codeIds: [codeId], includeChildren: true, columns: { kind: 'attribute', attributeId } }, { measureWords: false });
  return matrix.columns.map((column, i) => {
    const cell = matrix.cells[0]![i]!;
    return { value: column.key === NONE_KEY ? null : column.value, label: column.label, codings: cell.codings, cases: cell.cases, casesInGroup: column.cases };
  });
}

export function themeSheet(index: CorpusIndex, repo: FindingsRepo, ctx: Pick<ProjectContext, 'db'>, codeId: number, groupAttributeId?: number | null): ThemeSheet {
  const code = mustGetCode(index, codeId);
  const sheet = repo.theme(codeId);
  const attributeId = groupAttributeId === undefined ? readReportSettings(ctx.db).groupAttributeId : groupAttributeId;
  const attribute = attributeId === null ? undefined : index.corpus.attributes.find((a) => a.id === attributeId);
  if (attributeId !== null && !attribute) throw new AppError('NOT_FOUND', `No attribute with id ${attributeId}`);
  const { codings, participants } = themeReach(index, codeId);
  return {
    ...themeHeading(index, codeId, sheet),
    definition: code.description,
    quotes: sheet ? orderedQuotes(index, repo.codingIds(sheet.id)) : [],
    codings: codings.length,
    cases: participants,
    groupAttribute: attribute ? { id: attribute.id, name: attribute.name } : null,
    distribution: attribute ? distributionOf(index, codeId, attribute.id) : [],
    updatedAt: sheet?.updatedAt ?? null,
  };
}

/** Codings described, in the order given (not reading order). */
export function orderedQuotes(index: CorpusIndex, ids: readonly number[]) {
  const described = new Map(codingsById(index, ids).map((c) => [c.id, c]));
  return ids.map((id) => described.get(id)!);
}

export function themeSummaries(index: CorpusIndex, repo: FindingsRepo): ThemeSummary[] {
  const sheets = new Map(repo.list('theme').map((f) => [f.codeId!, f]));
  return index.corpus.codes.map((code) => {
    const sheet = sheets.get(code.id);
    return {
      codeId: code.id,
      name: code.name,
      path: index.paths.get(code.id) ?? code.name,
      color: code.color,
      depth: index.depth.get(code.id) ?? 0,
      codings: subtree(index, code.id).reduce((n, id) => n + (index.codingsByCode.get(id)?.length ?? 0), 0),
      hasSynthesis: (sheet?.body.trim() ?? '') !== '',
      pinned: sheet ? repo.codingIds(sheet.id).length : 0,
      updatedAt: sheet?.updatedAt ?? null,
    };
  });
}

/** The theme's sheet row, made on first write (inside the caller's journaled operation). */
export function ensureSheet(ctx: ProjectContext, repo: FindingsRepo, codeId: number): number {
  const existing = repo.theme(codeId);
  if (existing) return existing.id;
  return repo.insert({ guid: ctx.newGuid(), kind: 'theme', title: '', body: '', codeId, caseId: null, now: ctx.now().toISOString() });
}
