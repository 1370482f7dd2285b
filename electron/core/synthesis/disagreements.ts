import type { Disagreements } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import type { ProjectContext } from '../project/context';
import { agreementScope } from './agreement';
import { unionOf } from './agreement-measures';

type Range = { start: number; end: number };
type Coded = Range & { id: number; coder_id: number };

/** Characters of context shown on each side of a disputed passage. */
const CONTEXT = 120;

/** Up to `CONTEXT` characters each side of `run`, not starting or ending inside a word. */
export function contextWindow(text: string, run: Range): { from: number; to: number } {
  let from = Math.max(0, run.start - CONTEXT);
  let to = Math.min(text.length, run.end + CONTEXT);
  if (from > 0) {
    const space = text.slice(from, run.start).search(/\s/u);
    if (space >= 0) from += space + 1;
  }
  if (to < text.length) {
    const tail = text.slice(run.end, to);
    const space = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'));
    if (space >= 0) to = run.end + space;
  }
  return { from, to };
}

export type DisagreementsRequest = { coders: readonly number[]; codeId: number; documentIds?: readonly number[] | undefined };

/**
 * The maximal runs of characters where exactly one of `a` and `b` covers the text (each list sorted
 * and disjoint, as `unionOf` gives): the units counted as `onlyA` / `onlyB` by the agreement, in order.
 */
export function exclusiveRuns(a: readonly Range[], b: readonly Range[]): (Range & { side: 'a' | 'b' })[] {
  const cuts = [...new Set([...a, ...b].flatMap((r) => [r.start, r.end]))].sort((x, y) => x - y);
  const covers = (list: readonly Range[], at: number) => list.some((r) => r.start <= at && at < r.end);
  const runs: (Range & { side: 'a' | 'b' })[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const inA = covers(a, start);
    const inB = covers(b, start);
    if (inA === inB) continue;
    const side = inA ? 'a' : 'b';
    const last = runs[runs.length - 1];
    if (last && last.side === side && last.end === start) last.end = end;
    else runs.push({ start, end, side });
  }
  return runs;
}

/**
 * The passages of one code that one of two coders coded and the other did not, per document of the
 * agreement's scope, with the codings behind each (what “keep” copies and “drop” removes) and the
 * text around it. Character level, exactly the units the agreement counts as disagreements.
 */
export function disagreementsOf(ctx: Pick<ProjectContext, 'db' | 'texts'>, request: DisagreementsRequest): Disagreements {
  const [a, b] = request.coders;
  if (a === undefined || b === undefined || request.coders.length !== 2) throw new AppError('INVALID_INPUT', 'Disagreements compare exactly two coders');
  if (a === b) throw new AppError('INVALID_INPUT', 'Choose two different coders');
  for (const id of [a, b]) {
    if (!ctx.db.prepare('SELECT 1 FROM coders WHERE id = ?').get(id)) throw new AppError('NOT_FOUND', `No coder with id ${id}`);
  }
  if (!ctx.db.prepare('SELECT 1 FROM codes WHERE id = ?').get(request.codeId)) throw new AppError('NOT_FOUND', `No code with id ${request.codeId}`);

  const select = ctx.db.prepare<[number, number, number, number], Coded>(
    'SELECT id, coder_id, start, end FROM codings WHERE document_id = ? AND code_id = ? AND coder_id IN (?, ?) ORDER BY start, id',
  );
  const documents = agreementScope(ctx, a, b, request.documentIds).flatMap((d) => {
    const codings = select.all(d.id, request.codeId, a, b).map((c) => ({ ...c, start: Math.max(0, c.start), end: Math.min(d.length, c.end) }));
    const of = (coder: number) => unionOf(codings.filter((c) => c.coder_id === coder));
    const unions = [
      { coderId: a, ranges: of(a) },
      { coderId: b, ranges: of(b) },
    ];
    const runs = exclusiveRuns(unions[0]!.ranges, unions[1]!.ranges);
    if (runs.length === 0) return [];
    const text = ctx.texts.text(d.id) ?? '';
    const passages = runs.map((run) => {
      const coderId = run.side === 'a' ? a : b;
      const { from, to } = contextWindow(text, run);
      const coverage = unions.flatMap((u) =>
        u.ranges.filter((r) => r.start < to && r.end > from).map((r) => ({ coderId: u.coderId, start: Math.max(from, r.start), end: Math.min(to, r.end) })),
      );
      const behind = codings.filter((c) => c.coder_id === coderId && c.start < run.end && c.end > run.start);
      return {
        coderId,
        start: run.start,
        end: run.end,
        text: text.slice(run.start, run.end),
        before: text.slice(from, run.start),
        after: text.slice(run.end, to),
        beforeCut: from > 0,
        afterCut: to < text.length,
        codings: behind.map((c) => ({ id: c.id, start: c.start, end: c.end })),
        coverage,
      };
    });
    return [{ documentId: d.id, name: d.name, passages }];
  });
  return { codeId: request.codeId, documents };
}
