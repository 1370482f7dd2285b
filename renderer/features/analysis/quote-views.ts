import type { Attribute, Code, QueryPassage, SynthesisCoding } from '../../../shared/contract';
import type { QuoteView } from './components/QuoteCard';

/**
 * The passage's tags: its participant's values for the attributes `shown` (those the lead chose as
 * columns or filters), in that order, never an identifying one. Not every attribute: the card would
 * repeat what the grouping or the participant's identifier already says.
 */
export function tagsOf(values: Record<string, string>, shown: readonly Attribute[]): QuoteView['tags'] {
  return shown.filter((a) => !a.isIdentifying && values[String(a.id)] !== undefined).map((a) => ({ attribute: a.name, value: values[String(a.id)]! }));
}

export function codingView(c: SynthesisCoding, attributes: readonly Attribute[], showCode = true): QuoteView {
  return {
    key: `coding:${c.id}`,
    request: { documentId: c.documentId, start: c.start, end: c.end, codingId: c.id },
    text: c.text,
    documentName: c.documentName,
    speaker: c.speaker,
    caseName: c.case?.name ?? null,
    tags: tagsOf(c.values, attributes),
    values: c.values,
    codes: showCode ? [{ name: c.codePath, color: c.codeColor }] : [],
  };
}

/** A query's passage: its participant's values come from the participants list (the passage has only the id). */
export function passageView(
  p: QueryPassage,
  attributes: readonly Attribute[],
  valuesOfCase: ReadonlyMap<number, Record<string, string>>,
  codes: ReadonlyMap<number, Code>,
): QuoteView {
  return {
    key: `passage:${p.documentId}:${p.start}:${p.end}`,
    request: { documentId: p.documentId, start: p.start, end: p.end, codingId: p.codingIds[0] },
    text: p.text,
    documentName: p.documentName,
    speaker: p.speaker,
    caseName: p.case?.name ?? null,
    tags: p.case ? tagsOf(valuesOfCase.get(p.case.id) ?? {}, attributes) : [],
    values: (p.case && valuesOfCase.get(p.case.id)) || {},
    codes: p.codeIds.flatMap((id) => {
      const code = codes.get(id);
      return code ? [{ name: code.name, color: code.color }] : [];
    }),
  };
}

/** How a result list is grouped: not at all, or by one of the passages' sources. */
export type Grouping = 'none' | 'document' | 'case' | 'code' | `attribute:${number}`;

/** The quotes in groups (in order of first appearance, so the server's sort holds inside and across groups). */
export function groupQuotes(quotes: readonly QuoteView[], grouping: Grouping, fallback: { noParticipant: string; noValue: string }): [string, QuoteView[]][] {
  if (grouping === 'none') return [['', [...quotes]]];
  const labelOf = (q: QuoteView): string => {
    if (grouping === 'document') return q.documentName;
    if (grouping === 'case') return q.caseName ?? fallback.noParticipant;
    if (grouping === 'code') return q.codes[0]?.name ?? '';
    return q.values[grouping.slice('attribute:'.length)] ?? fallback.noValue;
  };
  const groups = new Map<string, QuoteView[]>();
  for (const q of quotes) {
    const label = labelOf(q);
    groups.set(label, [...(groups.get(label) ?? []), q]);
  }
  return [...groups.entries()];
}
