import type { ReportModel, ReportQuote } from './report-model';

/** Written text split into paragraphs at blank lines. */
export const paragraphsOf = (body: string): string[] =>
  body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');

/** Text that Markdown must show as written (no emphasis, links, HTML or table breaks). */
const md = (s: string) => s.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/^(\s*)([#+-]|\d+\.)(\s)/gm, '$1\\$2$3');
const cell = (s: string) => md(s).replace(/\n/g, ' ');

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  return [`| ${header.map(cell).join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map((v) => cell(String(v))).join(' | ')} |`), ''];
}

/** A quote and its source; in the annex, the sub-code when it is not the section's theme, and the coder's memo. */
const quote = (q: ReportQuote, theme?: string, memoLabel?: string): string[] => [
  ...q.text.split('\n').map((line) => `> ${md(line)}`),
  '>',
  `> — ${md(q.source)}${theme !== undefined && q.codePath !== theme ? ` · ${md(q.codePath)}` : ''}`,
  '',
  ...(q.memo && memoLabel ? [`*${md(memoLabel)}* ${md(q.memo).replace(/\n+/g, ' ')}`, ''] : []),
];

/** An empty section's mark: only drafts have them. */
const draftMark = (model: ReportModel, text: string): string[] => (model.draft ? [`*[${md(model.text.draft)}] ${md(text)}*`, ''] : []);

const body = (text: string): string[] => paragraphsOf(text).flatMap((p) => [md(p).replace(/\n/g, '  \n'), '']);

/** The report as Markdown (CommonMark with GFM tables): readable as plain text too. */
export function reportToMarkdown(model: ReportModel): string {
  const t = model.text;
  const out: string[] = [`# ${md(model.title)}`, ''];
  if (model.subtitle) out.push(`**${md(model.subtitle)}**`, '');
  if (model.author) out.push(`${t.author}${t.colon} ${md(model.author)}  `);
  out.push(`${md(t.generated(model.date))}`, '');
  if (model.draft) out.push(`**${md(t.draftNotice)}**`, '');
  out.push(`${t.licence}${t.colon} ${model.licence.url ? `[${model.licence.label}](${model.licence.url})` : md(model.licence.label)}. ${md(model.licence.sentence)}`, '');

  out.push(`## ${t.method}`, '', md(t.methodIntro(model.method.interviews, model.method.participants, model.method.codings, model.method.codes)), '');
  if (model.method.period) out.push(md(t.period(model.method.period.from, model.method.period.to)), '');
  const agreement = model.method.agreement;
  if (agreement) out.push(md(t.agreement(agreement.coders[0], agreement.coders[1], agreement.documents, agreement.percent, agreement.kappa, agreement.alpha)), '');
  if (model.method.groupAttribute && model.method.groups.length > 0) {
    out.push(...table([model.method.groupAttribute, t.interviews, t.participants], model.method.groups.map((g) => [g.label, g.interviews, g.participants])));
  }

  out.push(`## ${t.codebook}`, '');
  out.push(...table([t.code, t.definition, t.codings], model.codebook.map((c) => [`${'— '.repeat(c.depth)}${c.name}`, c.definition, c.codings])));

  // No theme has a passage nor a text yet: a deliverable leaves the heading out, a draft marks it.
  if (model.themes.length > 0 || model.draft) out.push(`## ${t.themes}`, '', ...(model.themes.length === 0 ? draftMark(model, t.noQuote) : []));
  for (const theme of model.themes) {
    out.push(`### ${md(theme.path)}`, '', `*${md(t.themeStats(theme.codings, theme.participants))}*`, '');
    if (theme.definition.trim()) out.push(`**${t.definition}.** ${md(theme.definition.trim()).replace(/\n/g, ' ')}`, '');
    out.push(...(theme.synthesis.trim() ? body(theme.synthesis) : draftMark(model, t.noSynthesis)));
    if (theme.codings === 0) out.push(...draftMark(model, t.noQuote));
    if (theme.distribution.length > 0 && model.method.groupAttribute) {
      out.push(`**${md(t.distribution(model.method.groupAttribute))}**`, '');
      out.push(...table([model.method.groupAttribute, t.codings, t.participantsOfGroup], theme.distribution.map((d) => [d.label, d.codings, `${d.participants} / ${d.participantsInGroup}`])));
    }
    if (theme.keyQuotes.length > 0) {
      out.push(`**${t.keyQuotes}**`, '');
      for (const q of theme.keyQuotes) out.push(...quote(q));
    }
  }

  if (model.recommendations.length > 0) {
    out.push(`## ${t.recommendations}`, '');
    model.recommendations.forEach((r, i) => {
      out.push(`### ${i + 1}. ${md(r.title)}`, '', ...body(r.body));
      if (r.themes.length > 0) out.push(`**${t.supportingThemes}${t.colon}** ${r.themes.map(md).join(', ')}`, '');
      if (r.quotes.length > 0) {
        out.push(`**${t.evidence}**`, '');
        for (const q of r.quotes) out.push(...quote(q));
      }
    });
  }

  if (model.framework) {
    out.push(`## ${t.framework}`, '');
    out.push(...table([t.participants, ...model.framework.themes], model.framework.rows.map((r) => [r.participant, ...r.cells])));
  }

  if (model.annex) {
    out.push(`## ${t.annex}`, '', md(t.annexIntro), '');
    for (const section of model.annex) {
      out.push(`### ${md(section.theme)}`, '');
      if (section.quotes.length === 0) out.push(...draftMark(model, t.noQuote));
      for (const q of section.quotes) out.push(...quote(q, section.theme, `${t.memo}${t.colon}`));
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
