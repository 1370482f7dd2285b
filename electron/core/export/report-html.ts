import type { ReportModel, ReportQuote } from './report-model';
import { paragraphsOf } from './report-markdown';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const text = (s: string) => esc(s).replace(/\n/g, '<br>');
const safeColor = (c: string) => (/^#[0-9a-fA-F]{6}$/.test(c) ? c : '#8a94a6');

/** Inline styles only: the file opens offline, prints on A4, and asks nothing of the network. */
const CSS = `
:root { --ink: #1f2a44; --muted: #5a6472; --rule: #d8dee6; --accent: #2b4c7e; --quote: #f4f6f9; }
* { box-sizing: border-box; }
html { font-size: 16px; }
body { margin: 0; color: var(--ink); background: #fff; font-family: Charter, "Iowan Old Style", "Palatino Linotype", Georgia, Cambria, "Times New Roman", serif; line-height: 1.55; }
main { max-width: 46rem; margin: 0 auto; padding: 3rem 1.5rem 4rem; }
h1, h2, h3, .meta, table, .stats, .source, nav { font-family: "Segoe UI", "Helvetica Neue", Arial, system-ui, sans-serif; }
h1 { font-size: 2.3rem; line-height: 1.15; margin: 0 0 .5rem; }
h2 { font-size: 1.55rem; margin: 3rem 0 1rem; padding-bottom: .3rem; border-bottom: 2px solid var(--rule); }
h3 { font-size: 1.2rem; margin: 2.2rem 0 .4rem; color: var(--accent); }
.title-page { padding: 2rem 0 2.5rem; border-bottom: 2px solid var(--rule); margin-bottom: 2rem; }
a { color: var(--accent); }
.subtitle { font-size: 1.25rem; color: var(--muted); margin: 0 0 2rem; }
.meta { color: var(--muted); font-size: .95rem; margin: .2rem 0; }
.licence { margin-top: 2rem; font-size: .9rem; color: var(--muted); }
nav ol { padding-left: 1.2rem; color: var(--muted); }
nav a { color: var(--accent); text-decoration: none; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .45em; vertical-align: baseline; }
.stats { color: var(--muted); font-size: .9rem; margin: 0 0 .8rem; }
.definition { border-left: 3px solid var(--rule); padding-left: .8rem; color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1.4rem; font-size: .88rem; }
th, td { border: 1px solid var(--rule); padding: .35rem .55rem; text-align: left; vertical-align: top; }
th { background: var(--quote); }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
blockquote { margin: .8rem 0; padding: .6rem 1rem; background: var(--quote); border-left: 4px solid #9fb3c8; font-style: italic; }
blockquote p { margin: 0; }
.source { display: block; margin-top: .35rem; font-style: normal; font-size: .82rem; color: var(--muted); }
.draft { color: #7a4b00; background: #fff4d6; border-left: 3px solid #e0a100; padding: .2rem .6rem; font-style: italic; }
.draft-notice { display: inline-block; margin-top: 1rem; padding: .3rem .7rem; background: #fff4d6; color: #7a4b00; font-weight: 600; }
.memo { margin: -.4rem 0 1rem 1.2rem; font-size: .86rem; color: var(--muted); }
.annex blockquote { font-size: .92rem; }
@page { size: A4; margin: 2cm 2cm 2.2cm; }
@media print {
  main { max-width: none; padding: 0; }
  .title-page { padding-top: 8cm; break-after: page; border: none; }
  h2 { break-before: page; }
  h2, h3 { break-after: avoid; }
  blockquote, tr { break-inside: avoid; }
  nav { break-after: page; }
  a { color: inherit; }
}
`;

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const td = (v: string | number) => (typeof v === 'number' ? `<td class="num">${v}</td>` : `<td>${text(v)}</td>`);
  return `<table><thead><tr>${header.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map(td).join('')}</tr>`).join('')}</tbody></table>`;
}

const quote = (q: ReportQuote, theme?: string, memoLabel?: string) =>
  `<blockquote><p>${text(q.text)}</p><cite class="source">— ${esc(q.source)}${theme !== undefined && q.codePath !== theme ? ` · ${esc(q.codePath)}` : ''}</cite></blockquote>` +
  (q.memo && memoLabel ? `<p class="memo"><strong>${esc(memoLabel)}</strong> ${text(q.memo)}</p>` : '');
const body = (s: string) => paragraphsOf(s).map((p) => `<p>${text(p)}</p>`).join('');

/** The report as one self-contained HTML file (inline CSS, no script, no external resource). */
export function reportToHtml(model: ReportModel): string {
  const t = model.text;
  /** An empty section's mark: only drafts have them. */
  const draftMark = (s: string) => (model.draft ? `<p class="draft">[${esc(t.draft)}] ${esc(s)}</p>` : '');
  const sections: { id: string; title: string; html: string }[] = [];

  const method = [
    `<p>${esc(t.methodIntro(model.method.interviews, model.method.participants, model.method.codings, model.method.codes))}</p>`,
    model.method.period ? `<p>${esc(t.period(model.method.period.from, model.method.period.to))}</p>` : '',
    model.method.agreement
      ? `<p>${esc(t.agreement(model.method.agreement.coders[0], model.method.agreement.coders[1], model.method.agreement.documents, model.method.agreement.percent, model.method.agreement.kappa, model.method.agreement.alpha))}</p>`
      : '',
    model.method.groupAttribute && model.method.groups.length > 0
      ? table([model.method.groupAttribute, t.interviews, t.participants], model.method.groups.map((g) => [g.label, g.interviews, g.participants]))
      : '',
  ].join('');
  sections.push({ id: 'methode', title: t.method, html: method });

  sections.push({
    id: 'grille',
    title: t.codebook,
    html: table([t.code, t.definition, t.codings], model.codebook.map((c) => [`${'— '.repeat(c.depth)}${c.name}`, c.definition, c.codings])),
  });

  const themes = model.themes
    .map((theme) => {
      const parts = [
        `<h3 id="theme-${theme.codeId}"><span class="swatch" style="background:${safeColor(theme.color)}"></span>${esc(theme.path)}</h3>`,
        `<p class="stats">${esc(t.themeStats(theme.codings, theme.participants))}</p>`,
        theme.definition.trim() ? `<p class="definition"><strong>${esc(t.definition)}.</strong> ${text(theme.definition.trim())}</p>` : '',
        theme.synthesis.trim() ? body(theme.synthesis) : draftMark(t.noSynthesis),
        theme.codings === 0 ? draftMark(t.noQuote) : '',
        theme.distribution.length > 0 && model.method.groupAttribute
          ? `<p><strong>${esc(t.distribution(model.method.groupAttribute))}</strong></p>` +
            table([model.method.groupAttribute, t.codings, t.participantsOfGroup], theme.distribution.map((d) => [d.label, d.codings, `${d.participants} / ${d.participantsInGroup}`]))
          : '',
        theme.keyQuotes.length > 0 ? `<p><strong>${esc(t.keyQuotes)}</strong></p>${theme.keyQuotes.map((q) => quote(q)).join('')}` : '',
      ];
      return parts.join('');
    })
    .join('');
  if (model.themes.length > 0 || model.draft) sections.push({ id: 'themes', title: t.themes, html: themes || draftMark(t.noQuote) });

  if (model.recommendations.length > 0) {
    const html = model.recommendations
      .map(
        (r, i) =>
          `<h3>${i + 1}. ${esc(r.title)}</h3>${body(r.body)}` +
          (r.themes.length > 0 ? `<p><strong>${esc(t.supportingThemes)}${esc(t.colon)}</strong> ${r.themes.map(esc).join(', ')}</p>` : '') +
          (r.quotes.length > 0 ? `<p><strong>${esc(t.evidence)}</strong></p>${r.quotes.map((q) => quote(q)).join('')}` : ''),
      )
      .join('');
    sections.push({ id: 'recommandations', title: t.recommendations, html });
  }

  if (model.framework) {
    sections.push({
      id: 'framework',
      title: t.framework,
      html: table([t.participants, ...model.framework.themes], model.framework.rows.map((r) => [r.participant, ...r.cells])),
    });
  }

  if (model.annex) {
    const html =
      `<p>${esc(t.annexIntro)}</p>` +
      model.annex
        .map((s) => `<h3>${esc(s.theme)}</h3>${s.quotes.length === 0 ? draftMark(t.noQuote) : s.quotes.map((q) => quote(q, s.theme, `${t.memo}${t.colon}`)).join('')}`)
        .join('');
    sections.push({ id: 'annexe', title: t.annex, html: `<div class="annex">${html}</div>` });
  }

  const licence = model.licence.url
    ? `<a href="${esc(model.licence.url)}" rel="license">${esc(model.licence.label)}</a>`
    : esc(model.licence.label);
  const titlePage =
    `<header class="title-page"><p class="meta">${esc(t.reportFor)}</p><h1>${esc(model.title)}</h1>` +
    (model.subtitle ? `<p class="subtitle">${esc(model.subtitle)}</p>` : '') +
    (model.author ? `<p class="meta">${esc(t.author)}${esc(t.colon)} ${esc(model.author)}</p>` : '') +
    `<p class="meta">${esc(t.generated(model.date))}</p>` +
    (model.draft ? `<p class="draft-notice">${esc(t.draftNotice)}</p>` : '') +
    `<p class="licence">${esc(t.licence)}${esc(t.colon)} ${licence}. ${esc(model.licence.sentence)}</p></header>`;
  const nav = `<nav aria-label="${esc(t.contents)}"><h2 style="break-before:auto">${esc(t.contents)}</h2><ol>${sections.map((s) => `<li><a href="#${s.id}">${esc(s.title)}</a></li>`).join('')}</ol></nav>`;

  return (
    `<!DOCTYPE html>\n<html lang="${model.language}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    // Nothing may be fetched: no script, no remote font, no image from elsewhere.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<title>${esc(model.title)}</title><style>${CSS}</style></head><body><main>` +
    titlePage +
    nav +
    sections.map((s) => `<section id="${s.id}"><h2>${esc(s.title)}</h2>${s.html}</section>`).join('') +
    `</main></body></html>\n`
  );
}
