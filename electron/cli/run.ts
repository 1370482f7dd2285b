import { parseArgs, type ParseArgsConfig } from 'node:util';
import { basename, resolve } from 'node:path';
import { splitCodePath, joinCodePath } from '../../shared/code-path';
import { ExportFormat, type Method, type Input, type Output } from '../../shared/contract';
import { defaultDataDir } from '../core/data-dir';
import { expandFolders } from '../core/documents/import-documents';
import { nameKey } from '../core/documents/unique-name';
import { findQuote } from '../core/coding/find-quote';
import { codePaths, describeProject } from '../core/project/describe';
import { createSession, type Session } from '../core/session';
import { listOutsideSources } from '../core/refi/import-project';
import { isRefiFile } from '../core/refi/read-package';

export type CliIo = {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** The user's locale (`fr_FR.UTF-8`); default: the environment's. */
  locale?: string;
  dataDir?: string;
  nativeBinding?: string;
};

/** An error the user can act on: printed as one line on stderr. */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export const USAGE = `Usage: verbatim <command> [options]

Commands:
  create <project>                       Create an empty project file (.verbatim)
  import <project> <file>...             Import transcripts (.txt, .md, .docx, .odt, .html, .vtt, .srt, .pdf),
                                         participants tables (.csv, .xlsx; --id-column NAME) and
                                         REFI-QDA projects or codebooks (.qdpx, .qde, .qdc; their text
                                         files outside the file's folder need --allow-outside-sources);
                                         a transcript already in the project is reported, not
                                         imported again, unless --allow-duplicates
  info <project>                         Describe documents, participants and codes
  code <project> --document <name> --quote "<exact text>" --code "<Parent/Child>" [--coder "<name>"]
                                         Code the first occurrence of a quote (creates the code path;
                                         --coder: as that coder, created if new)
  merge <project> <other.verbatim>...    Merge colleagues' copies (or .qdpx projects) into the project
  agreement <project> --coders "A,B" [--code "<path>"]... [--document "<name>"]...
                                         Inter-coder agreement per code (percent, kappa, alpha)
  search <project> "<query>"             Search: words (all must match), "exact phrase", -exclude,
                                         prefix*, word~1 (French/English stemming, accents folded)
                                         [--exclude-interviewer] leaves out the interviewer's turns
  export <project> --format <format> --out <file or folder>
                                         Export: csv, xlsx (one row per coding), codebook-csv,
                                         qdpx (REFI-QDA project), qdc (REFI-QDA codebook),
                                         md, html, docx (synthesis report; --theme "<Parent/Child>",
                                         repeatable, limits it to those themes)
                                         --anonymized: replace every pseudonym (refused if one leaks)
                                         --force: replace an existing file (never the project itself)
                                         --language fr|en: the tables' headers (csv, xlsx; default:
                                         the system's locale, LANG: French if fr_*, else English)
                                         --csv-locale fr|en: fr is ; and a decimal comma (French
                                         Excel), en is , and a point (default: the language's)
                                         --csv-separator ';'|','|tab: overrides the locale's separator
  anonymize <project> --suggest          Detect names, places, contacts… to pseudonymize (with --json:
                                         {"suggestions":[{"text","category","occurrences","replacement"}]})
  anonymize <project> --accept-all       Accept every suggestion into the pseudonym table
  anonymize <project> --key <file.csv>   Write the key (original ↔ replacement), kept apart from exports
                                         (--force replaces an existing file)
  restore <project> [--backup <file>]    Replace a damaged project by its newest sound backup (or that
                                         one); the replaced file is kept beside it
  restore <project> --list               List the project's backups, newest first, each checked

Options:
  --json                                 Print exactly one JSON document on stdout
  -h, --help                             Show this help
`;

type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;

/** Opens a project for one command, with the same session and handlers the app uses. */
async function withProject<T>(io: CliIo, path: string | undefined, fn: (call: Call, session: Session) => Promise<T>): Promise<T> {
  if (!path) throw new CliError('Missing the project file: verbatim <command> <project.verbatim> …', 2);
  const session = createSession({
    dataDir: io.dataDir ?? defaultDataDir(),
    nativeBinding: io.nativeBinding,
    log: { error: (...a: unknown[]) => io.stderr(`${a.map(String).join(' ')}\n`), warn: () => undefined },
  });
  const call: Call = async (method, input) => {
    const r = await session.dispatch(method, input);
    if (!r.ok) throw new CliError(r.error.message);
    return r.value as Output<typeof method>;
  };
  try {
    const opened = await call('project:open', { path: resolve(path) });
    for (const n of opened.notices) {
      io.stderr(`verbatim: ${n.count} overlapping codings of one code by one coder were joined (one code, one passage); Undo in the app restores them\n`);
    }
    return await fn(call, session);
  } finally {
    await session.current()?.ready;
    await session.current()?.searchIdle();
    session.close();
  }
}

const print = (io: CliIo, value: unknown) => io.stdout(`${JSON.stringify(value, null, 2)}\n`);

function parse(args: string[], options: ParseArgsConfig['options']): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { json: { type: 'boolean' }, ...options } });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (e) {
    throw new CliError(`${(e as Error).message}\n${USAGE}`, 2);
  }
}

async function create(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {});
  const path = positionals[0];
  if (!path) throw new CliError('Missing the project file: verbatim create <project.verbatim>', 2);
  const session = createSession({ dataDir: io.dataDir ?? defaultDataDir(), nativeBinding: io.nativeBinding });
  try {
    const r = await session.dispatch('project:create', { path: resolve(path) });
    if (!r.ok) throw new CliError(r.error.message);
    const info = r.value as Output<'project:create'>;
    if (values.json) print(io, { path: info.path });
    else io.stdout(`Created ${info.path}\n`);
    return 0;
  } finally {
    await session.current()?.ready;
    session.close();
  }
}

/** Participants tables are imported as cases; everything else as documents. */
const isParticipantTable = (file: string) => /\.(csv|tsv|xlsx)$/i.test(file);

async function importFiles(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { 'id-column': { type: 'string' }, 'allow-duplicates': { type: 'boolean' }, 'allow-outside-sources': { type: 'boolean' } });
  const [project, ...files] = positionals;
  const allowDuplicates = values['allow-duplicates'] === true;
  if (files.length === 0) throw new CliError('No file to import: verbatim import <project> <file>...', 2);
  const idColumn = values['id-column'] as string | undefined;
  const allowOutsideSources = values['allow-outside-sources'] === true ? confirmOutsideSources(io, files) : undefined;
  const outcome = await withProject(io, project, async (call) => {
    // A folder brings its participants table as well as its transcripts (README: `import p.verbatim interviews/`).
    const all = expandFolders(files.map((f) => resolve(f)));
    const tables = all.filter(isParticipantTable);
    const documents = all.filter((f) => !isParticipantTable(f));
    const participants = [];
    const tableErrors: { file: string; message: string }[] = [];
    for (const table of tables) {
      try {
        participants.push(await call('cases:import', { path: resolve(table), ...(idColumn ? { idColumn } : {}) }));
      } catch (e) {
        tableErrors.push({ file: basename(table), message: (e as Error).message });
      }
    }
    const report: Output<'documents:import'> =
      documents.length > 0
        ? await call('documents:import', { paths: documents.map((f) => resolve(f)), allowDuplicates, ...(allowOutsideSources ? { allowOutsideSources } : {}) })
        : { imported: [], errors: [] };
    // Interviews named after their participant (`E01-elue.docx` ↔ `E01`) are linked at once.
    const links = (await call('cases:list', {})).length > 0 ? await call('cases:autoLink', {}) : { linked: [], ambiguous: [], unmatched: [] };
    return { report, participants, tableErrors, links };
  });
  const errors = [...outcome.tableErrors, ...outcome.report.errors.map((e) => ({ file: e.file, message: e.message }))];
  if (values.json) {
    print(io, {
      imported: outcome.report.imported.map((d) => ({ name: d.name, words: d.words })),
      errors,
      participants: outcome.participants.map((p) => ({ file: p.file, created: p.created, updated: p.updated, attributes: p.attributes, warnings: p.warnings })),
      linked: outcome.links.linked,
      ambiguous: outcome.links.ambiguous,
      ...(outcome.report.exchanges ? { exchanges: outcome.report.exchanges } : {}),
      duplicates: (outcome.report.duplicates ?? []).map((d) => ({ file: d.file, existing: d.existing })),
      warnings: outcome.report.warnings ?? [],
    });
  } else {
    for (const d of outcome.report.imported) io.stdout(`Imported “${d.name}” (${d.words} words, ${d.turns} paragraphs or turns)\n`);
    for (const d of outcome.report.duplicates ?? []) {
      io.stderr(`verbatim: “${d.file}” was not imported: its text is already in the project as “${d.existing}” (--allow-duplicates imports it anyway)\n`);
    }
    for (const w of outcome.report.warnings ?? []) io.stderr(`verbatim: ${w.message}\n`);
    for (const x of outcome.report.exchanges ?? []) {
      const n = x.counts;
      io.stdout(`Imported from “${x.file}”: ${n.codes} codes, ${n.codings} codings, ${n.cases} cases, ${n.attributes} attributes, ${n.memos} memos\n`);
      for (const s of x.skipped) io.stderr(`verbatim: ${x.file}: skipped ${s.what} “${s.name}”: ${s.reason}\n`);
      if (x.skipped.some((s) => s.outsidePath !== undefined)) io.stderr(`verbatim: ${x.file}: add --allow-outside-sources to read the text files named outside its folder\n`);
      for (const note of x.notes) io.stdout(`  ${note}\n`);
    }
    for (const p of outcome.participants) {
      io.stdout(`Imported ${p.created.length + p.updated.length} participants from “${p.file}” (${p.created.length} new, ${p.updated.length} updated)\n`);
      for (const w of p.warnings) io.stderr(`verbatim: ${p.file}: ${w}\n`);
    }
    for (const l of outcome.links.linked) io.stdout(`Linked “${l.document}” to participant ${l.case}\n`);
    for (const a of outcome.links.ambiguous) io.stderr(`verbatim: “${a.document}” could belong to ${a.candidates.join(' or ')}: link it by hand\n`);
    for (const e of errors) io.stderr(`verbatim: ${e.message}\n`);
  }
  return errors.length > 0 ? 1 : 0;
}

/**
 * `--allow-outside-sources`: the text files that the REFI-QDA files among `files` name outside their
 * own folder, each named on stderr as it is confirmed (never read silently).
 */
function confirmOutsideSources(io: CliIo, files: readonly string[]): string[] {
  const confirmed: string[] = [];
  for (const file of expandFolders(files.map((f) => resolve(f))).filter(isRefiFile)) {
    let outside: string[] = [];
    try {
      outside = listOutsideSources(file);
    } catch {
      continue; // the import reports the bad file by name
    }
    for (const path of outside) io.stderr(`verbatim: ${basename(file)}: reading ${path}, outside its folder (--allow-outside-sources)\n`);
    confirmed.push(...outside);
  }
  return confirmed;
}

async function info(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {});
  const description = await withProject(io, positionals[0], async (_call, session) => describeProject(session.current()!.context.db));
  if (values.json) {
    print(io, description);
    return 0;
  }
  io.stdout(`Documents (${description.documents.length})\n`);
  for (const d of description.documents) io.stdout(`  ${d.name} — ${d.words} words, ${d.turns} turns${d.case ? `, case ${d.case}` : ''}\n`);
  io.stdout(`Participants (${description.cases.length})\n`);
  for (const c of description.cases) io.stdout(`  ${c.name}\n`);
  io.stdout(`Codes (${description.codes.length})\n`);
  for (const c of description.codes) io.stdout(`  ${c.path} — ${c.codings} codings\n`);
  io.stdout(`Coders (${description.coders.length})\n`);
  for (const c of description.coders) io.stdout(`  ${c.name} — ${c.codings} codings\n`);
  return 0;
}

async function code(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    document: { type: 'string' },
    quote: { type: 'string' },
    code: { type: 'string' },
    coder: { type: 'string' },
  });
  const { document, quote, code: path, coder } = values as { document?: string; quote?: string; code?: string; coder?: string };
  if (!document || !quote || !path) throw new CliError('code needs --document <name> --quote "<text>" --code "<Parent/Child>"', 2);
  const names = splitCodePath(path);
  if (names.some((n) => n === '')) throw new CliError(`“${path}” is not a valid code path (an empty name)`, 2);

  const result = await withProject(io, positionals[0], async (call) => {
    // For this command only: the project's current coder stays who it is.
    if (coder !== undefined) await call('coders:use', { name: coder, remember: false });
    const docs = await call('documents:list', {});
    const doc = docs.find((d) => d.name === document) ?? docs.find((d) => nameKey(d.name) === nameKey(document));
    if (!doc) throw new CliError(`No document named “${document}” in this project`);
    const { text } = await call('documents:get', { id: doc.id });
    const range = findQuote(text, quote);
    if (!range) throw new CliError(`The quote was not found in “${doc.name}”: “${quote}”`);

    let parentId: number | null = null;
    for (const name of names) {
      const codes = await call('codes:list', {});
      const existing = codes.find((c) => c.parentId === parentId && nameKey(c.name) === nameKey(name));
      parentId = existing ? existing.id : (await call('codes:create', { name, parentId })).id;
    }
    const coding = await call('codings:apply', { documentId: doc.id, codeId: parentId!, ...range });
    return { document: doc.name, code: joinCodePath(names), start: coding.start, end: coding.end, text: text.slice(coding.start, coding.end) };
  });
  if (values.json) print(io, { coding: result });
  else io.stdout(`Coded “${result.text}” in “${result.document}” with ${result.code}\n`);
  return 0;
}

async function exportProject(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string' },
    out: { type: 'string' },
    anonymized: { type: 'boolean' },
    theme: { type: 'string', multiple: true },
    force: { type: 'boolean' },
    language: { type: 'string' },
    'csv-locale': { type: 'string' },
    'csv-separator': { type: 'string' },
  });
  const format = ExportFormat.safeParse(values.format);
  if (!format.success) throw new CliError(`export needs --format ${ExportFormat.options.join('|')}`, 2);
  const csv = csvOptions(values, io);
  const out = values.out as string | undefined;
  if (!out) throw new CliError('export needs --out <file or folder>', 2);
  const themes = (values.theme as unknown as string[] | undefined) ?? [];
  const result = await withProject(io, positionals[0], async (call) => {
    // Themes are named by code path (`Parent/Child`), as everywhere in the CLI.
    const paths = codePaths(await call('codes:list', {}));
    const codeIds = themes.map((theme) => {
      const wanted = joinCodePath(splitCodePath(theme));
      const found = [...paths].find(([, path]) => path.toLowerCase() === wanted.toLowerCase());
      if (!found) throw new CliError(`No code “${theme}” in this project (see verbatim info)`, 1);
      return found[0];
    });
    return call('exports:write', { format: format.data, path: resolve(out), anonymized: values.anonymized === true, overwrite: values.force === true, ...csv, ...(codeIds.length > 0 ? { codeIds } : {}) });
  });
  if (values.json) print(io, { path: result.path, format: result.format, bytes: result.bytes });
  else io.stdout(`Wrote ${result.path} (${result.bytes} bytes)\n`);
  return 0;
}

const LANGUAGES = ['fr', 'en'] as const;

/** The user's language as the environment says (`LC_ALL`, `LC_MESSAGES`, `LANG`): French or English. */
function systemLanguage(io: CliIo): 'fr' | 'en' {
  const locale = io.locale ?? process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG ?? '';
  return /^fr/i.test(locale) ? 'fr' : 'en';
}
const SEPARATORS: Record<string, ';' | ',' | '\t'> = { ';': ';', ',': ',', tab: '\t', '\t': '\t', semicolon: ';', comma: ',' };

/** `--language`, `--csv-locale`, `--csv-separator` as `exports:write` takes them; a wrong value is a usage error naming it. */
function csvOptions(values: Record<string, unknown>, io: CliIo): { language?: 'fr' | 'en'; csvLocale?: 'fr' | 'en'; csvSeparator?: ';' | ',' | '\t' } {
  const pick = (flag: string): 'fr' | 'en' | undefined => {
    const v = values[flag];
    if (v === undefined) return undefined;
    const found = LANGUAGES.find((l) => l === String(v).toLowerCase());
    if (!found) throw new CliError(`--${flag} must be fr or en (got “${String(v)}”)`, 2);
    return found;
  };
  // Without a choice, tables follow the user's locale (a French system gets French Excel's `;`), as the app follows its interface.
  const system = systemLanguage(io);
  const asked = { language: pick('language'), csvLocale: pick('csv-locale') };
  const language = asked.language ?? (asked.csvLocale === undefined ? system : undefined);
  const csvLocale = asked.csvLocale ?? (asked.language === undefined ? system : undefined);
  const raw = values['csv-separator'];
  const csvSeparator = raw === undefined ? undefined : SEPARATORS[String(raw).toLowerCase()];
  if (raw !== undefined && !csvSeparator) throw new CliError(`--csv-separator must be ';', ',' or tab (got “${String(raw)}”)`, 2);
  return { ...(language && { language }), ...(csvLocale && { csvLocale }), ...(csvSeparator && { csvSeparator }) };
}

/** Pseudonymization: list the suggestions, accept them all, write the key (original ↔ replacement). */
async function anonymize(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { suggest: { type: 'boolean' }, 'accept-all': { type: 'boolean' }, key: { type: 'string' }, force: { type: 'boolean' } });
  if (!values.suggest && !values['accept-all'] && !values.key) throw new CliError('anonymize needs --suggest, --accept-all or --key <file>', 2);
  const result = await withProject(io, positionals[0], async (call) => {
    const out: Record<string, unknown> = {};
    if (values.suggest) {
      const { suggestions } = await call('pseudonyms:suggest', {});
      out.suggestions = suggestions.map((s) => ({ text: s.text, category: s.category, occurrences: s.occurrences, replacement: s.replacement, variants: s.variants }));
    }
    if (values['accept-all']) {
      const { added } = await call('pseudonyms:accept', { all: true });
      out.accepted = added.map((p) => ({ text: p.original, category: p.category, occurrences: p.occurrences, replacement: p.replacement, variants: p.variants }));
    }
    if (typeof values.key === 'string') out.key = await call('pseudonyms:exportKey', { path: resolve(values.key), overwrite: values.force === true });
    return out as { suggestions?: { text: string; category: string; occurrences: number; replacement: string }[]; accepted?: unknown[]; key?: { path: string; entries: number } };
  });
  if (values.json) print(io, result);
  else {
    for (const s of result.suggestions ?? []) io.stdout(`${s.category}\t${s.text}\t${s.occurrences}\t→ ${s.replacement}\n`);
    if (result.accepted) io.stdout(`Accepted ${result.accepted.length} suggestion(s)\n`);
    if (result.key) io.stdout(`Wrote the key (${result.key.entries} entries) to ${result.key.path}\n`);
  }
  return 0;
}

async function search(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { limit: { type: 'string' }, 'exclude-interviewer': { type: 'boolean' } });
  const [project, query] = positionals;
  if (query === undefined) throw new CliError('search needs a query: verbatim search <project> "<query>"', 2);
  const limit = values.limit ? Number(values.limit) : 500;
  if (!Number.isInteger(limit) || limit < 1) throw new CliError('--limit takes a whole number', 2);
  const filters = values['exclude-interviewer'] ? { excludeInterviewer: true } : {};
  const result = await withProject(io, project, (call) => call('search:query', { query, limit, filters }));
  if (values.json) {
    print(io, {
      hits: result.hits.map((h) => ({ document: h.document, start: h.start, end: h.end, snippet: h.snippet, score: h.score, speaker: h.speaker })),
      ...(result.fellBack ? { note: 'The query was not valid search syntax: it was read as plain words.' } : {}),
    });
  } else {
    if (result.fellBack) io.stderr('verbatim: the query was not valid search syntax; it was read as plain words\n');
    for (const h of result.hits) io.stdout(`${h.document}${h.speaker ? ` — ${h.speaker}` : ''}: ${h.snippet}\n`);
    io.stdout(`${result.hits.length} passages\n`);
  }
  return 0;
}

/** Merges colleagues' copies (or REFI-QDA projects) into a project, one file after the other. */
async function merge(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {});
  const [project, ...others] = positionals;
  if (others.length === 0) throw new CliError('Nothing to merge: verbatim merge <project> <other.verbatim>...', 2);
  const reports = await withProject(io, project, async (call) => {
    const out: Output<'project:merge'>[] = [];
    for (const other of others) out.push(await call('project:merge', { path: resolve(other) }));
    return out;
  });
  // The merge report is already named by documents, codes and coders, never ids: printed as it is.
  if (values.json) print(io, reports.length === 1 ? reports[0] : { merges: reports });
  else {
    for (const r of reports) {
      io.stdout(
        `Merged ${r.file}: ${r.documents.added} documents added, ${r.documents.matched} matched (${r.documents.reanchored} re-anchored); ` +
          `${r.codes.added} codes added; ${r.codings.added} codings added, ${r.codings.duplicates} already here, ${r.codings.unplaced} not placed; ` +
          `${r.memos.added} memos added, ${r.memos.conflicts} kept in two versions; coders: ${r.coders.join(', ')}\n`,
      );
      for (const u of r.unplaced) io.stderr(`verbatim: ${r.file}: not placed in “${u.document}” (${u.code}, ${u.coder}): the words “${u.text}” are no longer in the transcript\n`);
      for (const n of r.notes) io.stderr(`verbatim: ${r.file}: ${n}\n`);
    }
  }
  return 0;
}

const figure = (n: number | null) => (n === null ? '—' : n.toFixed(3));

/** Inter-coder agreement of two coders, per code, at character level. */
async function agreement(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { coders: { type: 'string' }, code: { type: 'string', multiple: true }, document: { type: 'string', multiple: true } });
  const names = String(values.coders ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  if (names.length !== 2) throw new CliError('agreement needs --coders "A,B" (two coders)', 2);
  const wantedCodes = (values.code as unknown as string[] | undefined) ?? [];
  const wantedDocuments = (values.document as unknown as string[] | undefined) ?? [];
  const result = await withProject(io, positionals[0], async (call) => {
    const coders = await call('coders:list', {});
    const ids = names.map((name) => {
      const found = coders.find((c) => c.name === name) ?? coders.find((c) => nameKey(c.name) === nameKey(name));
      if (!found) throw new CliError(`No coder named “${name}” in this project (coders: ${coders.map((c) => c.name).join(', ')})`);
      return found.id;
    });
    const paths = codePaths(await call('codes:list', {}));
    const codeIds = wantedCodes.map((code) => {
      const wanted = joinCodePath(splitCodePath(code)).toLowerCase();
      const found = [...paths].find(([, path]) => path.toLowerCase() === wanted);
      if (!found) throw new CliError(`No code “${code}” in this project (see verbatim info)`);
      return found[0];
    });
    const docs = await call('documents:list', {});
    const documentIds = wantedDocuments.map((name) => {
      const found = docs.find((d) => d.name === name) ?? docs.find((d) => nameKey(d.name) === nameKey(name));
      if (!found) throw new CliError(`No document named “${name}” in this project`);
      return found.id;
    });
    return call('synthesis:agreement', {
      coders: [ids[0]!, ids[1]!],
      ...(codeIds.length > 0 ? { codeIds } : {}),
      ...(documentIds.length > 0 ? { documentIds } : {}),
    });
  });
  if (values.json) {
    print(io, {
      coders: result.coders.map((c) => c.name),
      documents: result.documents.map((d) => d.name),
      codes: result.codes.map(({ path, units, both, onlyA, onlyB, neither, percent, kappa, alpha }) => ({ path, units, both, onlyA, onlyB, neither, percent, kappa, alpha })),
      overall: { percent: result.overall.percent, kappa: result.overall.kappa, alpha: result.overall.alpha },
    });
    return 0;
  }
  io.stdout(`Agreement of ${result.coders.map((c) => c.name).join(' and ')} over ${result.documents.length} documents (characters)\n`);
  io.stdout('code\tpercent\tkappa\talpha\n');
  for (const c of result.codes) io.stdout(`${c.path}\t${figure(c.percent)}\t${figure(c.kappa)}\t${figure(c.alpha)}\n`);
  io.stdout(`overall\t${figure(result.overall.percent)}\t${figure(result.overall.kappa)}\t${figure(result.overall.alpha)}\n`);
  return 0;
}

/** Backups: list them, or put one in place of a damaged project (the replaced file is kept). */
async function restore(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { backup: { type: 'string' }, list: { type: 'boolean' } });
  const project = positionals[0];
  if (!project) throw new CliError('Missing the project file: verbatim restore <project.verbatim> [--backup <file>] [--list]', 2);
  const session = createSession({ dataDir: io.dataDir ?? defaultDataDir(), nativeBinding: io.nativeBinding, log: { error: () => undefined, warn: () => undefined } });
  try {
    if (values.list) {
      const r = await session.dispatch('project:backups', { path: resolve(project) });
      if (!r.ok) throw new CliError(r.error.message);
      const backups = r.value as Output<'project:backups'>;
      if (values.json) print(io, { backups });
      else if (backups.length === 0) io.stdout(`No backup of ${resolve(project)}\n`);
      else for (const b of backups) io.stdout(`${b.takenAt}  ${b.reason.padEnd(14)} ${b.ok ? 'ok     ' : 'DAMAGED'}  ${b.path}\n`);
      return 0;
    }
    const backup = values.backup as string | undefined;
    const r = await session.dispatch('project:restore', { path: resolve(project), ...(backup ? { backupPath: resolve(backup) } : {}) });
    if (!r.ok) throw new CliError(r.error.message);
    const restored = r.value as Output<'project:restore'>;
    if (values.json) print(io, { path: restored.path, restoredFrom: restored.restoredFrom, keptAs: restored.keptAs });
    else {
      io.stdout(`Restored ${restored.path} from ${restored.restoredFrom}\n`);
      if (restored.keptAs) io.stdout(`The file it replaced is kept as ${restored.keptAs}\n`);
    }
    return 0;
  } finally {
    await session.current()?.ready;
    session.close();
  }
}

const COMMANDS: Record<string, (io: CliIo, args: string[]) => Promise<number>> = {
  search,
  create,
  import: importFiles,
  info,
  code,
  export: exportProject,
  anonymize,
  merge,
  agreement,
  restore,
};

/** Runs one CLI command; returns the exit code. Errors are one clear line on stderr. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    io.stdout(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr(`verbatim: unknown command “${command}”. Run verbatim --help for the list.\n`);
    return 2;
  }
  try {
    return await run(io, rest);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`verbatim: ${e.message.trimEnd()}\n`);
      return e.exitCode;
    }
    io.stderr(`verbatim: unexpected error: ${(e as Error).message}\n`);
    return 1;
  }
}
