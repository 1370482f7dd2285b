import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeProject } from '../../electron/core/project/describe';
import { createTestCore } from '../helpers/test-core';
import { codedStudy, TEXTS } from './synthesis/fixture';

const TEXT = [
  'Enquêtrice : Parlez-moi de la confiance.',
  'Martine : La confiance se gagne lentement. Elle se perd vite. Le budget participatif aide beaucoup.',
  'Enquêtrice : Et la mairie ?',
  'Martine : La mairie écoute peu. Les habitants le savent. La confiance revient quand on explique.',
].join('\n');

async function oneInterview() {
  const core = await createTestCore();
  await core.call('documents:import', { paths: [core.file('E01.txt', TEXT)] });
  const [doc] = await core.call('documents:list', {});
  const code = await core.call('codes:create', { name: 'Confiance', parentId: null });
  const other = await core.call('codes:create', { name: 'Budget', parentId: null });
  const at = (quote: string, from = 0) => {
    const start = TEXT.indexOf(quote, from);
    if (start < 0) throw new Error(`not in text: ${quote}`);
    return { documentId: doc!.id, start, end: start + quote.length };
  };
  const codings = async (codeId = code.id) => (await core.call('codings:retrieve', { codeId })).map((c) => c.text);
  const db = () => core.session.current()!.context.db;
  return { core, doc: doc!, code, other, at, codings, db };
}

describe('one code, one passage', () => {
  it('extends a coding over overlapping words instead of adding a second one, and undo restores both', async () => {
    const s = await oneInterview();
    const first = await s.core.call('codings:apply', { ...s.at('La confiance se gagne lentement.'), codeId: s.code.id });
    expect(first.absorbed).toEqual([]);
    const second = await s.core.call('codings:apply', { ...s.at('se gagne lentement. Elle se perd vite.'), codeId: s.code.id });
    expect(second.id).toBe(first.id);
    expect(second.absorbed).toEqual([]);
    expect(await s.codings()).toEqual(['La confiance se gagne lentement. Elle se perd vite.']);
    // The anchor is the passage as now stored, so an edit re-anchors the whole union.
    expect(s.db().prepare('SELECT anchor_text FROM codings WHERE id = ?').pluck().get(first.id)).toBe('La confiance se gagne lentement. Elle se perd vite.');
    await s.core.call('history:undo', {});
    expect(await s.codings()).toEqual(['La confiance se gagne lentement.']);
    await s.core.call('history:redo', {});
    expect(await s.codings()).toEqual(['La confiance se gagne lentement. Elle se perd vite.']);
  });

  it('joins touching passages but not passages a character apart, nor other codes', async () => {
    const s = await oneInterview();
    const a = s.at('La confiance se gagne lentement.');
    await s.core.call('codings:apply', { ...a, codeId: s.code.id });
    // Touching: starts exactly where the first ends (the space after the full stop).
    await s.core.call('codings:apply', { documentId: a.documentId, start: a.end, end: s.at(' Elle se perd vite.').end, codeId: s.code.id });
    expect(await s.codings()).toEqual(['La confiance se gagne lentement. Elle se perd vite.']);
    // One character of gap: two passages.
    const b = s.at('Le budget participatif');
    await s.core.call('codings:apply', { documentId: a.documentId, start: b.start + 1, end: b.end, codeId: s.code.id });
    expect(await s.codings()).toHaveLength(2);
    // Another code on the same words is another coding.
    await s.core.call('codings:apply', { ...a, codeId: s.other.id });
    expect(await s.codings(s.other.id)).toEqual(['La confiance se gagne lentement.']);
    expect(await s.codings()).toHaveLength(2);
  });

  it('merges every coding a passage bridges into the oldest, keeping the memos of all and their pins', async () => {
    const s = await oneInterview();
    const a = await s.core.call('codings:apply', { ...s.at('La confiance se gagne'), codeId: s.code.id });
    const b = await s.core.call('codings:apply', { ...s.at('Elle se perd vite.'), codeId: s.code.id });
    const c = await s.core.call('codings:apply', { ...s.at('Le budget participatif'), codeId: s.code.id });
    await s.core.call('memos:create', { target: { type: 'coding', id: a.id }, title: '', body: 'mémo A' });
    await s.core.call('memos:create', { target: { type: 'coding', id: b.id }, title: '', body: 'mémo B' });
    await s.core.call('themes:pinQuote', { codeId: s.code.id, codingId: b.id });
    await s.core.call('themes:pinQuote', { codeId: s.code.id, codingId: c.id });

    const bridge = await s.core.call('codings:apply', { ...s.at('gagne lentement. Elle se perd vite. Le budget'), codeId: s.code.id });
    expect(bridge.id).toBe(a.id);
    expect(bridge.absorbed.sort()).toEqual([b.id, c.id].sort());
    expect(await s.codings()).toEqual(['La confiance se gagne lentement. Elle se perd vite. Le budget participatif']);
    const memos = await s.core.call('memos:list', { target: { type: 'coding', id: a.id } });
    expect(memos.map((m) => m.body).sort()).toEqual(['mémo A', 'mémo B']);
    // Both pins pointed at what is now one passage: the sheet shows it once.
    expect((await s.core.call('themes:get', { codeId: s.code.id })).quotes.map((q) => q.id)).toEqual([a.id]);

    await s.core.call('history:undo', {});
    expect(await s.codings()).toEqual(['La confiance se gagne', 'Elle se perd vite.', 'Le budget participatif']);
    expect((await s.core.call('memos:list', { target: { type: 'coding', id: b.id } })).map((m) => m.body)).toEqual(['mémo B']);
    expect((await s.core.call('themes:get', { codeId: s.code.id })).quotes.map((q) => q.id)).toEqual([b.id, c.id]);
  });

  it('adds nothing when the words are already inside a coding of the code', async () => {
    const s = await oneInterview();
    const outer = await s.core.call('codings:apply', { ...s.at('La confiance se gagne lentement. Elle se perd vite.'), codeId: s.code.id });
    const before = (await s.core.call('history:state', {})).undo;
    const inner = await s.core.call('codings:apply', { ...s.at('se gagne'), codeId: s.code.id });
    expect(inner).toMatchObject({ id: outer.id, start: outer.start, end: outer.end, absorbed: [] });
    expect((await s.core.call('history:state', {})).undo).toEqual(before); // no empty undo step
  });

  it('applies several codes at once under the rule, and creates-and-applies under it', async () => {
    const s = await oneInterview();
    await s.core.call('codings:apply', { ...s.at('La confiance se gagne'), codeId: s.code.id });
    const both = await s.core.call('codings:applyMany', { ...s.at('se gagne lentement.'), codeIds: [s.code.id, s.other.id] });
    expect(both.map((k) => k.codeId)).toEqual([s.code.id, s.other.id]);
    expect(await s.codings()).toEqual(['La confiance se gagne lentement.']);
    expect(await s.codings(s.other.id)).toEqual(['se gagne lentement.']);
  });

  it('moving a boundary onto another coding of the code joins them', async () => {
    const s = await oneInterview();
    const a = await s.core.call('codings:apply', { ...s.at('La confiance se gagne lentement.'), codeId: s.code.id });
    const b = await s.core.call('codings:apply', { ...s.at('Le budget participatif'), codeId: s.code.id });
    const moved = await s.core.call('codings:update', { id: b.id, start: s.at('Elle se perd').start, end: b.end });
    expect(moved.id).toBe(b.id);
    expect(moved.absorbed).toEqual([]);
    expect(await s.codings()).toHaveLength(2);
    const joined = await s.core.call('codings:update', { id: b.id, start: s.at('lentement.').start, end: b.end });
    expect(joined).toMatchObject({ id: b.id, start: a.start, absorbed: [a.id] });
    expect(await s.codings()).toEqual(['La confiance se gagne lentement. Elle se perd vite. Le budget participatif']);
    await s.core.call('history:undo', {});
    expect(await s.codings()).toHaveLength(2);
  });

  it('keeps other coders apart: the rule is per coder', async () => {
    const s = await oneInterview();
    const mine = await s.core.call('codings:apply', { ...s.at('La confiance se gagne'), codeId: s.code.id });
    const db = s.db();
    const colleague = Number(db.prepare(`INSERT INTO coders (guid, name, created_at) VALUES ('c-2', 'Codeur 2', '2026-01-01')`).run().lastInsertRowid);
    const range = s.at('se gagne lentement.');
    db.prepare(
      `INSERT INTO codings (guid, document_id, code_id, coder_id, start, end, anchor_text, anchor_before, anchor_after, created_at)
       VALUES ('k-2', ?, ?, ?, ?, ?, '', '', '', '2026-01-01')`,
    ).run(range.documentId, s.code.id, colleague, range.start, range.end);
    await s.core.call('codings:apply', { ...s.at('gagne lentement. Elle'), codeId: s.code.id });
    const rows = db.prepare('SELECT coder_id, start, end FROM codings WHERE code_id = ? ORDER BY coder_id').all(s.code.id) as { coder_id: number; start: number; end: number }[];
    expect(rows).toEqual([
      { coder_id: mine.coderId, start: mine.start, end: s.at('gagne lentement. Elle').end },
      { coder_id: colleague, start: range.start, end: range.end },
    ]);
  });

  it('auto-coding sentences then turns never stacks codings on the same words', async () => {
    const s = await oneInterview();
    const sentence = await s.core.call('search:autoCode', { query: 'confiance', codeId: s.code.id, level: 'sentence' });
    expect(sentence).toMatchObject({ applied: 3 });
    const again = await s.core.call('search:autoCode', { query: 'confiance', codeId: s.code.id, level: 'sentence' });
    expect(again).toEqual({ applied: 0, alreadyCoded: 3, extended: 0 });
    const turns = await s.core.call('search:autoCode', { query: 'confiance', codeId: s.code.id, level: 'turn' });
    // Each turn holds one of the sentences: extended, not added beside it.
    // The interviewer's one-sentence turn is already coded whole; the others are extended over their turn.
    expect(turns).toEqual({ applied: 2, alreadyCoded: 1, extended: 2 });
    expect(await s.codings()).toHaveLength(3);
    const mots = await s.core.call('search:autoCode', { query: 'confiance', codeId: s.code.id, level: 'hit' });
    expect(mots).toEqual({ applied: 0, alreadyCoded: 3, extended: 0 });
  });

  it('an edit that deletes the words between two passages of a code leaves one passage', async () => {
    const s = await oneInterview();
    await s.core.call('codings:apply', { ...s.at('La confiance se gagne lentement.'), codeId: s.code.id });
    await s.core.call('codings:apply', { ...s.at('Le budget participatif aide beaucoup.'), codeId: s.code.id });
    await s.core.call('documents:edit', { id: s.doc.id, text: TEXT.replace(' Elle se perd vite. ', '') });
    expect(await s.codings()).toEqual(['La confiance se gagne lentement.Le budget participatif aide beaucoup.']);
  });
});

describe('projects made before the rule', () => {
  it('joins stacked codings once at open, says so once, and undo brings them back', async () => {
    const s = await oneInterview();
    const a = await s.core.call('codings:apply', { ...s.at('La confiance se gagne lentement.'), codeId: s.code.id });
    await s.core.call('memos:create', { target: { type: 'coding', id: a.id }, title: '', body: 'premier' });
    const path = s.core.projectPath;
    await s.core.close();
    // What an older Verbatim (or another tool) left: the same words coded twice, and an overlap.
    const raw = new Database(path);
    const insert = raw.prepare(
      `INSERT INTO codings (guid, document_id, code_id, coder_id, start, end, anchor_text, anchor_before, anchor_after, created_at)
       VALUES (?, ?, ?, ?, ?, ?, '', '', '', '2026-01-01')`,
    );
    const twice = s.at('La confiance se gagne lentement.');
    const overlap = s.at('lentement. Elle se perd');
    insert.run('dup-1', twice.documentId, s.code.id, a.coderId, twice.start, twice.end);
    insert.run('dup-2', overlap.documentId, s.code.id, a.coderId, overlap.start, overlap.end);
    raw.prepare(`DELETE FROM meta WHERE key = 'one_passage'`).run();
    raw.close();

    const opened = await s.core.call('project:open', { path });
    expect(opened.notices).toEqual([{ kind: 'codings-united', count: 2 }]);
    expect(await s.codings()).toEqual(['La confiance se gagne lentement. Elle se perd']);
    expect((await s.core.call('codes:list', {})).find((c) => c.id === s.code.id)!.codings).toBe(1);
    expect((await s.core.call('memos:list', { target: { type: 'coding', id: a.id } })).map((m) => m.body)).toEqual(['premier']);
    expect((await s.core.call('history:state', {})).undo).toEqual({ action: 'codings:unite', subject: null });

    await s.core.call('history:undo', {});
    expect(await s.codings()).toHaveLength(3);
    await s.core.close();
    // Undone stays undone: the next open neither joins again nor reports.
    const reopened = await s.core.call('project:open', { path });
    expect(reopened.notices).toEqual([]);
    expect(await s.codings()).toHaveLength(3);
  });

  it('a project that needs nothing reports nothing and adds no undo step', async () => {
    const s = await oneInterview();
    await s.core.call('codings:apply', { ...s.at('La confiance se gagne lentement.'), codeId: s.code.id });
    const path = s.core.projectPath;
    await s.core.close();
    const opened = await s.core.call('project:open', { path });
    expect(opened.notices).toEqual([]);
    expect((await s.core.call('history:state', {})).undo?.action).toBe('codings:apply');
  });
});

describe('counts agree everywhere', () => {
  it('codebook, matrices, theme sheets, findings, report and `info` give the same numbers for the same study', async () => {
    const study = await codedStudy();
    const { core, codes, doc, type } = study;
    // Make the kind of mess that used to inflate counts: recoding inside and across existing passages, auto-coding twice.
    await study.code('E01 - élue', 'confiance se gagne', codes.confiance.id);
    await study.code('E01 - élue', 'lentement. Le budget', codes.confiance.id);
    await core.call('search:autoCode', { query: 'budget', codeId: codes.budget.id, level: 'sentence' });
    await core.call('search:autoCode', { query: 'budget', codeId: codes.budget.id, level: 'turn' });
    await core.call('codings:apply', { documentId: doc('Focus groupe').id, codeId: codes.confiance.id, start: 0, end: TEXTS['Focus groupe'].indexOf('\n') });
    for (const code of Object.values(codes)) await core.call('themes:update', { codeId: code.id, synthesis: `Synthèse de ${code.name}.` });

    const db = core.session.current()!.context.db;
    const truth = (codeIds: number[]) =>
      db.prepare(`SELECT count(*) FROM codings WHERE code_id IN (${codeIds.map(() => '?').join(',')})`).pluck().get(...codeIds) as number;
    const tree = {
      [codes.gouvernance.id]: [codes.gouvernance.id, codes.confiance.id, codes.transparence.id],
      [codes.confiance.id]: [codes.confiance.id],
      [codes.transparence.id]: [codes.transparence.id],
      [codes.budget.id]: [codes.budget.id],
    };
    const listed = await core.call('codes:list', {});
    const byAttribute = await core.call('synthesis:matrix', { columns: { kind: 'attribute', attributeId: type.id }, includeChildren: true });
    const byCase = await core.call('synthesis:matrix', { columns: { kind: 'cases' }, includeChildren: true });
    const own = await core.call('synthesis:matrix', { columns: { kind: 'attribute', attributeId: type.id }, includeChildren: false });
    const findings = await core.call('findings:list', {});
    const info = describeProject(db);
    const out = join(core.dir, 'rapport.md');
    await core.call('exports:write', { format: 'md', path: out });
    const report = readFileSync(out, 'utf8');

    for (const [id, members] of Object.entries(tree)) {
      const codeId = Number(id);
      const code = listed.find((c) => c.id === codeId)!;
      const expected = truth(members);
      const sum = (row: { codings: number }[]) => row.reduce((n, c) => n + c.codings, 0);
      const row = (m: typeof byAttribute) => m.rows.findIndex((r) => r.codeId === codeId);
      expect(code.codingsWithSubcodes, `codebook ${code.name}`).toBe(expected);
      expect(code.codings, `codebook own ${code.name}`).toBe(truth([codeId]));
      expect(byAttribute.rowTotals[row(byAttribute)]!.codings, `matrix × attribute ${code.name}`).toBe(expected);
      expect(sum(byAttribute.cells[row(byAttribute)]!), `matrix × attribute cells ${code.name}`).toBe(expected);
      expect(byCase.rowTotals[row(byCase)]!.codings, `matrix × participant ${code.name}`).toBe(expected);
      expect(sum(byCase.cells[row(byCase)]!), `matrix × participant cells ${code.name}`).toBe(expected);
      if (row(own) >= 0) expect(own.rowTotals[row(own)]!.codings, `matrix own ${code.name}`).toBe(truth([codeId]));
      const sheet = await core.call('themes:get', { codeId, groupAttributeId: type.id });
      expect(sheet.codings, `theme sheet ${code.name}`).toBe(expected);
      expect(sum(sheet.distribution), `distribution ${code.name}`).toBe(expected);
      expect(findings.themes.find((t) => t.codeId === codeId)?.codings, `findings ${code.name}`).toBe(expected);
      const path = code.parentId === null ? code.name : `Gouvernance/${code.name}`;
      expect(info.codes.find((c) => c.path === path)?.codings, `info ${path}`).toBe(truth([codeId]));
      const stats = new RegExp(`### ${path}\\n\\n\\*(\\d+) passages? codés?`).exec(report);
      expect(Number(stats?.[1]), `report ${path}`).toBe(expected);
    }
    // The grand total is each coding once, whatever the hierarchy.
    const all = db.prepare('SELECT count(*) FROM codings').pluck().get() as number;
    expect(own.columnTotals.reduce((n, c) => n + c.codings, 0)).toBe(all);
  });
});

describe('files from other tools', () => {
  it('a REFI-QDA project with overlapping selections of one code by one user imports as one passage, memos kept, and says so', async () => {
    const core = await createTestCore();
    const text = 'Camille : Le quartier a changé depuis dix ans, vraiment. Les loyers ont doublé.';
    const span = (q: string) => {
      const i = text.indexOf(q);
      return [i, i + q.length];
    };
    const [a1, a2] = span('Le quartier a changé depuis');
    const [b1, b2] = span('changé depuis dix ans, vraiment.');
    const [c1, c2] = span('Les loyers ont doublé.');
    const g = (n: number) => `0000abcd-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
    const selection = (n: number, s: number, e: number, user: number, note = '') =>
      `<PlainTextSelection guid="${g(n)}" startPosition="${s}" endPosition="${e}" creatingUser="${g(user)}">
        <Coding guid="${g(n + 1)}" creatingUser="${g(user)}"><CodeRef targetGUID="${g(10)}"/></Coding>${note}
      </PlainTextSelection>`;
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Quartiers" origin="Test">
  <Users><User guid="${g(1)}" name="A"/><User guid="${g(2)}" name="B"/></Users>
  <CodeBook><Codes><Code guid="${g(10)}" name="Changement" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="${g(30)}" name="Entretien" plainTextPath="internal://${g(30)}.txt">
      ${selection(40, a1!, a2!, 1, `<NoteRef targetGUID="${g(50)}"/>`)}
      ${selection(42, b1!, b2!, 1, `<NoteRef targetGUID="${g(51)}"/>`)}
      ${selection(44, b1!, b2!, 2)}
      ${selection(46, c1!, c2!, 1)}
    </TextSource>
  </Sources>
  <Notes>
    <Note guid="${g(50)}" name="Un"><PlainTextContent>premier</PlainTextContent></Note>
    <Note guid="${g(51)}" name="Deux"><PlainTextContent>second</PlainTextContent></Note>
  </Notes>
</Project>`;
    const { zipSync, strToU8 } = await import('fflate');
    const path = core.file('quartiers.qdpx', zipSync({ 'project.qde': strToU8(xml), [`sources/${g(30)}.txt`]: strToU8(text) }));
    const report = await core.call('refi:import', { path });
    expect(report.counts.codings).toBe(3);
    expect(report.notes.join(' ')).toMatch(/One coding overlapped or touched another of the same code by the same coder/);
    const [code] = await core.call('codes:list', {});
    const codings = await core.call('codings:retrieve', { codeId: code!.id });
    expect(codings.map((c) => c.text)).toEqual(['Le quartier a changé depuis dix ans, vraiment.', 'changé depuis dix ans, vraiment.', 'Les loyers ont doublé.']);
    const joined = codings[0]!;
    expect((await core.call('memos:list', { target: { type: 'coding', id: joined.id } })).map((m) => m.body).sort()).toEqual(['premier', 'second']);
    expect(codings[1]!.coderId).not.toBe(joined.coderId);
  });
});

describe('merging codes', () => {
  it('two codes on overlapping words become one coding of the target, with both memos', async () => {
    const s = await oneInterview();
    const a = await s.core.call('codings:apply', { ...s.at('La confiance se gagne lentement.'), codeId: s.code.id });
    const b = await s.core.call('codings:apply', { ...s.at('lentement. Elle se perd vite.'), codeId: s.other.id });
    await s.core.call('memos:create', { target: { type: 'coding', id: a.id }, title: '', body: 'A' });
    await s.core.call('memos:create', { target: { type: 'coding', id: b.id }, title: '', body: 'B' });
    await s.core.call('codes:merge', { sourceId: s.other.id, targetId: s.code.id });
    const [joined, ...rest] = await s.core.call('codings:retrieve', { codeId: s.code.id });
    expect(rest).toEqual([]);
    expect(joined!.text).toBe('La confiance se gagne lentement. Elle se perd vite.');
    expect((await s.core.call('memos:list', { target: { type: 'coding', id: joined!.id } })).map((m) => m.body).sort()).toEqual(['A', 'B']);
    await s.core.call('history:undo', {});
    expect(await s.codings()).toEqual(['La confiance se gagne lentement.']);
    expect(await s.codings(s.other.id)).toEqual(['lentement. Elle se perd vite.']);
  });
});
