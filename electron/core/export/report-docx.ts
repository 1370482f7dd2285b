import { toDocx, type DocxBlock } from './docx-writer';
import type { ReportModel, ReportQuote } from './report-model';
import { paragraphsOf } from './report-markdown';

const quote = (q: ReportQuote, theme?: string, memoLabel?: string): DocxBlock[] => [
  { kind: 'paragraph', style: 'quote', runs: [{ text: q.text }] },
  { kind: 'paragraph', style: 'small', runs: [{ text: `— ${q.source}${theme !== undefined && q.codePath !== theme ? ` · ${q.codePath}` : ''}` }] },
  ...(q.memo && memoLabel ? [{ kind: 'paragraph', style: 'small', runs: [{ text: `${memoLabel} `, bold: true }, { text: q.memo, italic: true }] } satisfies DocxBlock] : []),
];
const body = (s: string): DocxBlock[] => paragraphsOf(s).map((p) => ({ kind: 'paragraph', runs: [{ text: p }] }));
const label = (s: string): DocxBlock => ({ kind: 'paragraph', runs: [{ text: s, bold: true }] });

/** The report as Word blocks: a title page, then one section per part, each on a new page. */
export function reportToDocxBlocks(model: ReportModel): DocxBlock[] {
  const t = model.text;
  /** An empty section's mark: only drafts have them. */
  const draftMark = (s: string): DocxBlock[] => (model.draft ? [{ kind: 'paragraph', runs: [{ text: `[${t.draft}] `, bold: true }, { text: s, italic: true }] }] : []);
  const blocks: DocxBlock[] = [
    { kind: 'paragraph', style: 'small', runs: [{ text: t.reportFor }] },
    { kind: 'paragraph', style: 'title', runs: [{ text: model.title }] },
  ];
  if (model.subtitle) blocks.push({ kind: 'paragraph', style: 'subtitle', runs: [{ text: model.subtitle }] });
  if (model.author) blocks.push({ kind: 'paragraph', runs: [{ text: `${t.author}${t.colon} `, bold: true }, { text: model.author }] });
  blocks.push({ kind: 'paragraph', runs: [{ text: t.generated(model.date) }] });
  if (model.draft) blocks.push({ kind: 'paragraph', runs: [{ text: t.draftNotice, bold: true }] });
  blocks.push({
    kind: 'paragraph',
    style: 'small',
    runs: [{ text: `${t.licence}${t.colon} `, bold: true }, { text: `${model.licence.label}. ${model.licence.sentence}${model.licence.url ? ` ${model.licence.url}` : ''}` }],
  });

  const section = (title: string, content: DocxBlock[]) => blocks.push({ kind: 'pageBreak' }, { kind: 'heading', level: 1, text: title }, ...content);

  section(t.method, [
    { kind: 'paragraph', runs: [{ text: t.methodIntro(model.method.interviews, model.method.participants, model.method.codings, model.method.codes) }] },
    ...(model.method.period ? [{ kind: 'paragraph', runs: [{ text: t.period(model.method.period.from, model.method.period.to) }] } satisfies DocxBlock] : []),
    ...(model.method.agreement
      ? [
          {
            kind: 'paragraph',
            runs: [{ text: t.agreement(model.method.agreement.coders[0], model.method.agreement.coders[1], model.method.agreement.documents, model.method.agreement.percent, model.method.agreement.kappa, model.method.agreement.alpha) }],
          } satisfies DocxBlock,
        ]
      : []),
    ...(model.method.groupAttribute && model.method.groups.length > 0
      ? [{ kind: 'table', header: [model.method.groupAttribute, t.interviews, t.participants], rows: model.method.groups.map((g) => [g.label, String(g.interviews), String(g.participants)]) } satisfies DocxBlock]
      : []),
  ]);

  section(t.codebook, [
    { kind: 'table', header: [t.code, t.definition, t.codings], rows: model.codebook.map((c) => [`${'— '.repeat(c.depth)}${c.name}`, c.definition, String(c.codings)]) },
  ]);

  const themes = model.themes.flatMap((theme): DocxBlock[] => [
      { kind: 'heading', level: 2, text: theme.path },
      { kind: 'paragraph', style: 'small', runs: [{ text: t.themeStats(theme.codings, theme.participants) }] },
      ...(theme.definition.trim()
        ? [{ kind: 'paragraph', runs: [{ text: `${t.definition}. `, bold: true }, { text: theme.definition.trim(), italic: true }] } satisfies DocxBlock]
        : []),
      ...(theme.synthesis.trim() ? body(theme.synthesis) : draftMark(t.noSynthesis)),
      ...(theme.codings === 0 ? draftMark(t.noQuote) : []),
      ...(theme.distribution.length > 0 && model.method.groupAttribute
        ? [
            label(t.distribution(model.method.groupAttribute)),
            {
              kind: 'table',
              header: [model.method.groupAttribute, t.codings, t.participantsOfGroup],
              rows: theme.distribution.map((d) => [d.label, String(d.codings), `${d.participants} / ${d.participantsInGroup}`]),
            } satisfies DocxBlock,
          ]
        : []),
      ...(theme.keyQuotes.length > 0 ? [label(t.keyQuotes), ...theme.keyQuotes.flatMap((q) => quote(q))] : []),
  ]);
  // No theme has a passage nor a text yet: a deliverable leaves the section out, a draft marks it.
  if (themes.length > 0 || model.draft) section(t.themes, themes.length > 0 ? themes : draftMark(t.noQuote));

  if (model.recommendations.length > 0) {
    section(
      t.recommendations,
      model.recommendations.flatMap((r, i): DocxBlock[] => [
        { kind: 'heading', level: 2, text: `${i + 1}. ${r.title}` },
        ...body(r.body),
        ...(r.themes.length > 0 ? [{ kind: 'paragraph', runs: [{ text: `${t.supportingThemes}${t.colon} `, bold: true }, { text: r.themes.join(', ') }] } satisfies DocxBlock] : []),
        ...(r.quotes.length > 0 ? [label(t.evidence), ...r.quotes.flatMap((q) => quote(q))] : []),
      ]),
    );
  }

  if (model.framework) {
    section(t.framework, [{ kind: 'table', header: [t.participants, ...model.framework.themes], rows: model.framework.rows.map((r) => [r.participant, ...r.cells]) }]);
  }

  if (model.annex) {
    section(t.annex, [
      { kind: 'paragraph', style: 'small', runs: [{ text: t.annexIntro }] },
      ...model.annex.flatMap((s): DocxBlock[] => [
        { kind: 'heading', level: 2, text: s.theme },
        ...(s.quotes.length === 0 ? draftMark(t.noQuote) : s.quotes.flatMap((q) => quote(q, s.theme, `${t.memo}${t.colon}`))),
      ]),
    ]);
  }
  return blocks;
}

export const reportToDocx = (model: ReportModel): Uint8Array => toDocx(reportToDocxBlocks(model), { title: model.title, language: model.language });
