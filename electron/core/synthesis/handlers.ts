import type { ReportSettings, synthesisMethods } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import type { ProjectHandlers } from '../dispatch';
import type { ProjectContext } from '../project/context';
import { agreementOf } from './agreement';
import { runQuery } from './code-query';
import { corpusFromDb, indexCorpus } from './corpus';
import { buildCooccurrence } from './cooccurrence';
import { disagreementsOf } from './disagreements';
import { createFindingsRepo } from './findings-repo';
import { frameworkOf, setFrameworkCell } from './framework';
import { buildMatrix } from './matrix';
import { createRecommendation, evidenceChain, mustGetRecommendation, reorderRecommendations, toRecommendation, updateRecommendation } from './recommendations';
import { readReportSettings, writeReportSettings } from './report-settings';
import { codingsById, retrieve } from './retrieve';
import { createWordCounter } from './word-index';
import { ensureSheet, mustBeCodedWith, mustGetCode, themeSheet, themeSummaries } from './themes';

type SynthesisHandlers = Pick<ProjectHandlers, keyof typeof synthesisMethods>;

/**
 * The synthesis calls. Each reads a fresh view of the project (codes, codings, participants; texts
 * on demand), so results always match the last change; mutations are journaled (undoable) and
 * announce 'findings'.
 */
export function createSynthesisHandlers(ctx: ProjectContext): SynthesisHandlers {
  const repo = createFindingsRepo(ctx.db);
  // Documents' word spans are kept between calls (a matrix then counts words at once) until a
  // journaled operation on documents is done, undone or redone: every text change is one.
  const textsSignature = ctx.db.prepare<[], { n: number; s: number }>(
    `SELECT count(*) AS n, coalesce(sum(CASE WHEN state = 'done' THEN id ELSE -id END), 0) AS s FROM ops WHERE entities LIKE '%"documents"%'`,
  );
  let words = createWordCounter();
  let signature = '';
  const view = () => {
    const now = textsSignature.get()!;
    const key = `${now.n}:${now.s}`;
    if (key !== signature) {
      signature = key;
      words = createWordCounter();
    }
    return indexCorpus(corpusFromDb(ctx.db, words));
  };
  const sheet = (codeId: number) => themeSheet(view(), repo, ctx, codeId);

  /** Runs a change to a theme's sheet (made on first change) as one undoable step. */
  const changeSheet = (action: string, codeId: number, change: (sheetId: number, now: string) => void) => {
    const code = mustGetCode(view(), codeId);
    ctx.journal.run({ action, subject: code.name }, () => {
      const id = ensureSheet(ctx, repo, codeId);
      const now = ctx.now().toISOString();
      change(id, now);
      repo.touch(id, now);
    });
    return sheet(codeId);
  };
  const pinnedOf = (codeId: number) => {
    const existing = repo.theme(codeId);
    return existing ? repo.codingIds(existing.id) : [];
  };

  return {
    'synthesis:retrieve': (input) => retrieve(view(), input),
    'synthesis:query': ({ query, filters }) => runQuery(view(), query, filters),
    'synthesis:matrix': (input) => buildMatrix(view(), input),
    'synthesis:cooccurrence': (input) => buildCooccurrence(view(), input),
    'synthesis:codings': ({ ids }) => codingsById(view(), ids),
    'synthesis:agreement': (input) => agreementOf(ctx, input),
    'synthesis:disagreements': (input) => disagreementsOf(ctx, input),
    'coders:list': () =>
      ctx.db
        .prepare<[], { id: number; name: string; codings: number }>(
          `SELECT c.id, c.name, (SELECT count(*) FROM codings k WHERE k.coder_id = c.id) AS codings FROM coders c ORDER BY c.id`,
        )
        .all(),

    'findings:list': () => {
      const index = view();
      return { themes: themeSummaries(index, repo), recommendations: repo.list('recommendation').map((r) => toRecommendation(repo, r)) };
    },
    'themes:get': ({ codeId, groupAttributeId }) => themeSheet(view(), repo, ctx, codeId, groupAttributeId),
    'themes:update': ({ codeId, synthesis }) =>
      changeSheet('themes:update', codeId, (id, now) => {
        const row = repo.get(id)!;
        repo.update(id, row.title, synthesis, now);
      }),
    'themes:pinQuote': ({ codeId, codingId, position }) => {
      mustBeCodedWith(view(), codingId, codeId);
      const pinned = pinnedOf(codeId).filter((id) => id !== codingId);
      pinned.splice(Math.min(position ?? pinned.length, pinned.length), 0, codingId);
      return changeSheet('themes:pinQuote', codeId, (id) => repo.setCodingIds(id, pinned));
    },
    'themes:unpinQuote': ({ codeId, codingId }) => {
      mustGetCode(view(), codeId);
      const pinned = pinnedOf(codeId);
      if (!pinned.includes(codingId)) throw new AppError('NOT_FOUND', `The quote ${codingId} is not pinned on this theme`);
      return changeSheet('themes:unpinQuote', codeId, (id) => repo.setCodingIds(id, pinned.filter((k) => k !== codingId)));
    },
    'themes:reorderQuotes': ({ codeId, codingIds }) => {
      mustGetCode(view(), codeId);
      const pinned = pinnedOf(codeId);
      const same = codingIds.length === pinned.length && new Set(codingIds).size === codingIds.length && codingIds.every((id) => pinned.includes(id));
      if (!same) throw new AppError('INVALID_INPUT', `The new order must list each of the ${pinned.length} pinned quotes once`);
      return changeSheet('themes:reorderQuotes', codeId, (id) => repo.setCodingIds(id, codingIds));
    },

    'recommendations:list': () => repo.list('recommendation').map((r) => toRecommendation(repo, r)),
    'recommendations:create': (input) => createRecommendation(ctx, repo, view(), input),
    'recommendations:update': (input) => updateRecommendation(ctx, repo, view(), input),
    'recommendations:delete': ({ id }) => {
      const row = mustGetRecommendation(repo, id);
      ctx.journal.run({ action: 'recommendations:delete', subject: row.title }, () => repo.remove(id));
      return { ok: true };
    },
    'recommendations:reorder': ({ ids }) => reorderRecommendations(ctx, repo, ids),
    'recommendations:evidence': ({ id }) => evidenceChain(view(), repo, id),

    'framework:get': (input) => frameworkOf(view(), repo, input),
    'framework:setCell': (input) => setFrameworkCell(ctx, repo, view(), input),

    'report:getSettings': () => readReportSettings(ctx.db),
    'report:setSettings': (changes) => {
      const index = view();
      changes.codeIds?.forEach((id) => mustGetCode(index, id));
      if (changes.groupAttributeId != null && !index.corpus.attributes.some((a) => a.id === changes.groupAttributeId)) {
        throw new AppError('NOT_FOUND', `No attribute with id ${changes.groupAttributeId}`);
      }
      const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<ReportSettings>;
      const next: ReportSettings = { ...readReportSettings(ctx.db), ...given };
      // No theme chosen means every theme, as a report of nothing would be no report.
      if (next.codeIds) next.codeIds = next.codeIds.length === 0 ? null : [...new Set(next.codeIds)];
      ctx.journal.run({ action: 'report:setSettings', subject: null }, () => writeReportSettings(ctx.db, next));
      return readReportSettings(ctx.db);
    },
  };
}
