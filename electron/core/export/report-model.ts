import { licences, type Licence, type SynthesisCoding } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { corpusFromSnapshot, indexCorpus, subtree, type CorpusIndex } from '../synthesis/corpus';
import { describeCoding } from '../synthesis/retrieve';
import { DEFAULT_REPORT_SETTINGS } from '../synthesis/report-settings';
import { distributionOf, themeHeading, themeReach } from '../synthesis/themes';
import { REPORT_TEXT, type ReportText } from './report-text';
import type { ExportSnapshot, SnapshotFinding } from './snapshot';
import { codingMemos, timestamp } from './tables';

/**
 * A quote as a report shows it. Its source is the participant's identifier (`E03`) and the turn,
 * never the speaker's name nor, when the passage has a participant, the document's title (both
 * often name the person).
 */
export type ReportQuote = {
  text: string;
  source: string;
  codePath: string;
  /** The coder's memo on the coding (the annex shows it under the quote). */
  memo?: string;
};

export type ReportTheme = {
  codeId: number;
  name: string;
  path: string;
  color: string;
  definition: string;
  synthesis: string;
  codings: number;
  participants: number;
  /** Rows of the distribution across actor groups (empty without a group attribute). */
  distribution: { label: string; codings: number; participants: number; participantsInGroup: number }[];
  keyQuotes: ReportQuote[];
};

export type ReportModel = {
  language: 'fr' | 'en';
  /**
   * A working draft: empty sections are kept, visibly marked. Otherwise (a deliverable) a theme
   * with neither coded passages nor written text is left out, and no placeholder is printed.
   */
  draft: boolean;
  text: ReportText;
  title: string;
  subtitle: string;
  author: string;
  date: string;
  licence: { id: Licence; label: string; url: string | null; sentence: string };
  method: {
    interviews: number;
    participants: number;
    codings: number;
    codes: number;
    /** The attribute naming actor groups, and the groups (transcripts and participants in each). */
    groupAttribute: string | null;
    groups: { label: string; interviews: number; participants: number }[];
    /** From the first date attribute, when the participants have one. */
    period: { from: string; to: string } | null;
    /** Inter-coder agreement of the two most active coders, when two coders coded the same documents. */
    agreement: { coders: [string, string]; documents: number; percent: number | null; kappa: number | null; alpha: number | null } | null;
  };
  codebook: { path: string; name: string; depth: number; definition: string; codings: number }[];
  themes: ReportTheme[];
  recommendations: { title: string; body: string; themes: string[]; quotes: ReportQuote[] }[];
  /** Written framework cells of the report's themes: participants × themes. */
  framework: { themes: string[]; rows: { participant: string; cells: string[] }[] } | null;
  /** Every coded passage of each theme (sub-codes included: `codePath` tells which), in reading order; null when left out. */
  annex: { theme: string; quotes: ReportQuote[] }[] | null;
};

function quoteOf(index: CorpusIndex, c: SynthesisCoding, text: ReportText): ReportQuote {
  const number = c.turn?.number ?? null;
  const turn = number === null ? null : `${text.turn} ${number}`;
  const time = timestamp(c.turn?.tStartMs ?? null);
  const source = [c.case?.name ?? c.documentName, turn, time].filter((p): p is string => !!p).join(', ');
  return { text: c.text.trim(), source, codePath: c.codePath };
}

/**
 * The report's themes: those asked for, else the top-level codes and every code with a written
 * sheet (a top-level theme counts its sub-codes' passages, so every coded passage has a theme).
 */
function chosenThemes(index: CorpusIndex, findings: readonly SnapshotFinding[], asked: readonly number[] | null | undefined): number[] {
  if (asked && asked.length > 0) {
    for (const id of asked) if (!index.codeById.has(id)) throw new AppError('NOT_FOUND', `No code with id ${id}: it cannot be a theme of the report`);
    return [...new Set(asked)];
  }
  const withSheet = new Set(findings.filter((f) => f.kind === 'theme' && (f.body.trim() !== '' || f.codingIds.length > 0)).map((f) => f.codeId));
  return index.corpus.codes.filter((c) => c.parentId === null || withSheet.has(c.id)).map((c) => c.id);
}

/** `26 novembre 2026` / `26 November 2026`. */
const longDate = (d: Date, language: 'fr' | 'en') =>
  new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(d);

/**
 * Builds the synthesis report from a snapshot (possibly anonymized): title page, method,
 * codebook, theme sheets, recommendations with their evidence, framework cells, annex. The three
 * renderers (Markdown, HTML, DOCX) only lay this out.
 */
export function buildReportModel(snapshot: ExportSnapshot, options: { codeIds?: readonly number[] | undefined; now: Date }): ReportModel {
  const settings = snapshot.report ?? DEFAULT_REPORT_SETTINGS;
  const text = REPORT_TEXT[settings.language];
  const index = indexCorpus(corpusFromSnapshot(snapshot));
  const themeIds = chosenThemes(index, snapshot.findings, options.codeIds ?? settings.codeIds);
  const inReport = new Set(themeIds.flatMap((id) => subtree(index, id)));
  const describe = (ids: readonly number[]) => ids.filter((id) => index.codingById.has(id)).map((id) => describeCoding(index, index.codingById.get(id)!, { measureWords: false }));
  const quotes = (ids: readonly number[]) => describe(ids).map((c) => quoteOf(index, c, text));
  const sheets = new Map(snapshot.findings.filter((f) => f.kind === 'theme').map((f) => [f.codeId!, f]));

  const group = settings.groupAttributeId === null ? undefined : index.corpus.attributes.find((a) => a.id === settings.groupAttributeId);
  const allThemes = themeIds.map((codeId): ReportTheme => {
    const { codings, participants } = themeReach(index, codeId);
    const sheet = sheets.get(codeId);
    return {
      ...themeHeading(index, codeId, sheet),
      definition: index.codeById.get(codeId)!.description,
      codings: codings.length,
      participants,
      distribution: group
        ? distributionOf(index, codeId, group.id).map((g) => ({
            label: g.value ?? (g.casesInGroup > 0 ? text.noValue : text.noParticipant),
            codings: g.codings,
            participants: g.cases,
            participantsInGroup: g.casesInGroup,
          }))
        : [],
      keyQuotes: sheet ? quotes(sheet.codingIds) : [],
    };
  });
  // A theme with coded passages is evidence even before anything is written about it; one with
  // neither passages nor text is an empty section, which only a draft shows.
  const themes = settings.draft ? allThemes : allThemes.filter((t) => t.codings > 0 || t.synthesis.trim() !== '' || t.keyQuotes.length > 0);
  const memos = codingMemos(snapshot);

  const rank = new Map(index.corpus.codings.map((k, i) => [k.id, i]));
  // A report on chosen themes keeps the recommendations that rest on them.
  const limited = (options.codeIds ?? settings.codeIds)?.length ? true : false;
  const relevant = (f: SnapshotFinding) =>
    !limited || f.codeIds.some((id) => inReport.has(id)) || f.codingIds.some((id) => inReport.has(index.codingById.get(id)?.codeId ?? -1));
  const year = String(options.now.getUTCFullYear());
  const licence = licences[settings.licence];
  return {
    language: settings.language,
    draft: settings.draft,
    text,
    title: settings.title.trim() || snapshot.projectName,
    subtitle: settings.subtitle.trim(),
    author: settings.author.trim(),
    date: longDate(options.now, settings.language),
    licence: { id: settings.licence, label: licence.label, url: licence.url, sentence: text.licenceSentence(settings.licence, settings.author.trim(), year) },
    method: { ...methodOf(index, group?.id ?? null, text), agreement: agreementOf(snapshot) },
    codebook: index.corpus.codes
      .filter((c) => inReport.has(c.id))
      .map((c) => ({
        path: index.paths.get(c.id) ?? c.name,
        name: c.name,
        depth: index.depth.get(c.id) ?? 0,
        definition: c.description,
        codings: index.codingsByCode.get(c.id)?.length ?? 0,
      })),
    themes,
    recommendations: snapshot.findings
      .filter((f) => f.kind === 'recommendation' && relevant(f))
      .sort((a, b) => a.position - b.position || a.id - b.id)
      .map((f) => ({
        title: f.title,
        body: f.body,
        themes: f.codeIds.filter((id) => index.codeById.has(id)).map((id) => index.paths.get(id)!),
        quotes: quotes(f.codingIds),
      })),
    framework: frameworkOf(index, snapshot.findings, themeIds),
    annex: settings.includeAnnex
      ? themes
          .map((t) => ({
            theme: t.path,
            quotes: subtree(index, t.codeId)
              .flatMap((id) => index.codingsByCode.get(id) ?? [])
              .sort((a, b) => rank.get(a.id)! - rank.get(b.id)!)
              .map((k) => {
                const q = quoteOf(index, describeCoding(index, k, { measureWords: false }), text);
                const memo = memos.get(k.id);
                return memo ? { ...q, memo } : q;
              }),
          }))
          .filter((section) => settings.draft || section.quotes.length > 0)
      : null,
  };
}

function agreementOf(snapshot: ExportSnapshot): ReportModel['method']['agreement'] {
  const a = snapshot.agreement;
  if (!a) return null;
  const name = (id: number) => snapshot.coders.find((c) => c.id === id)?.name ?? '';
  return { coders: [name(a.coderIds[0]), name(a.coderIds[1])], documents: a.documents, percent: a.percent, kappa: a.kappa, alpha: a.alpha };
}

function methodOf(index: CorpusIndex, groupAttributeId: number | null, text: ReportText): Omit<ReportModel['method'], 'agreement'> {
  const { corpus } = index;
  // A transcript's participants: its case and the cases of its linked speakers.
  const participantsOf = (documentId: number) => {
    const ids = new Set<number>();
    const doc = index.documentById.get(documentId);
    if (doc?.caseId != null) ids.add(doc.caseId);
    corpus.speakerCases.get(documentId)?.forEach((c) => ids.add(c));
    return ids;
  };
  const groups = new Map<string, { interviews: Set<number>; participants: Set<number> }>();
  if (groupAttributeId !== null) {
    for (const d of corpus.documents) {
      const members = participantsOf(d.id);
      const labels = members.size === 0 ? [text.noParticipant] : [...members].map((c) => corpus.values.get(c)?.get(groupAttributeId) ?? text.noValue);
      for (const label of new Set(labels)) {
        const g = groups.get(label) ?? { interviews: new Set(), participants: new Set() };
        g.interviews.add(d.id);
        members.forEach((c) => {
          if ((corpus.values.get(c)?.get(groupAttributeId) ?? text.noValue) === label) g.participants.add(c);
        });
        groups.set(label, g);
      }
    }
  }
  const dateAttribute = corpus.attributes.find((a) => a.type === 'date');
  const dates = dateAttribute ? corpus.cases.flatMap((c) => corpus.values.get(c.id)?.get(dateAttribute.id) ?? []).sort() : [];
  const special = new Set([text.noValue, text.noParticipant]);
  return {
    interviews: corpus.documents.length,
    participants: corpus.cases.length,
    codings: corpus.codings.length,
    codes: corpus.codes.length,
    groupAttribute: groupAttributeId === null ? null : (corpus.attributes.find((a) => a.id === groupAttributeId)?.name ?? null),
    groups: [...groups.entries()]
      .sort(([a], [b]) => Number(special.has(a)) - Number(special.has(b)) || a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true }))
      .map(([label, g]) => ({ label, interviews: g.interviews.size, participants: g.participants.size })),
    period: dates.length > 0 ? { from: dates[0]!, to: dates[dates.length - 1]! } : null,
  };
}

function frameworkOf(index: CorpusIndex, findings: readonly SnapshotFinding[], themeIds: readonly number[]): ReportModel['framework'] {
  const cells = findings.filter((f) => f.kind === 'framework' && themeIds.includes(f.codeId!) && f.body.trim() !== '');
  if (cells.length === 0) return null;
  const themes = themeIds.filter((id) => cells.some((c) => c.codeId === id));
  const cases = index.corpus.cases.filter((c) => cells.some((f) => f.caseId === c.id));
  return {
    themes: themes.map((id) => index.paths.get(id)!),
    rows: cases.map((c) => ({
      participant: c.name,
      cells: themes.map((codeId) => cells.find((f) => f.caseId === c.id && f.codeId === codeId)?.body.trim() ?? ''),
    })),
  };
}
