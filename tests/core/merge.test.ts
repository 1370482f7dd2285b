import { copyFileSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../helpers/test-core';

const E01 = ['Enquêtrice : Parlez-moi de la confiance.', 'Martine : La confiance se gagne lentement. Elle se perd vite.', 'Martine : Le budget participatif aide beaucoup.'].join('\n');
const E02 = ['Enquêtrice : Et le budget ?', 'Paul : Le budget est opaque. Personne ne comprend les chiffres.'].join('\n');

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The lead's project, and a copy of it for each colleague (as sent by e-mail). */
async function teamStudy() {
  const core = await createTestCore({ name: 'Étude' });
  await core.call('documents:import', { paths: [core.file('E01.txt', E01), core.file('E02.txt', E02)] });
  const gouvernance = await core.call('codes:create', { name: 'Gouvernance', parentId: null });
  await core.call('codes:create', { name: 'Confiance', parentId: gouvernance.id });
  await core.call('codes:create', { name: 'Budget', parentId: null });
  await core.call('coders:rename', { id: (await core.call('project:current', {}))!.coder.id, name: 'Léa' });
  const lead = core.projectPath;
  await core.close();
  const copies = { alice: join(core.dir, 'alice.verbatim'), bruno: join(core.dir, 'bruno.verbatim') };
  copyFileSync(lead, copies.alice);
  copyFileSync(lead, copies.bruno);
  return { core, lead, copies };
}

/** Opens a project, works in it as `coder`, closes it. */
async function work(core: TestCore, path: string, coder: string, fn: (h: Helpers) => Promise<void>) {
  await core.call('project:open', { path });
  await core.call('coders:use', { name: coder });
  await fn(helpers(core));
  await core.close();
}

type Helpers = ReturnType<typeof helpers>;
function helpers(core: TestCore) {
  const docId = async (name: string) => (await core.call('documents:list', {})).find((d) => d.name === name)!.id;
  const codeId = async (name: string) => (await core.call('codes:list', {})).find((c) => c.name === name)!.id;
  return {
    docId,
    codeId,
    code: async (doc: string, quote: string, code: string) => {
      const id = await docId(doc);
      const { text } = await core.call('documents:get', { id });
      const start = text.indexOf(quote);
      if (start < 0) throw new Error(`not found: ${quote}`);
      return core.call('codings:apply', { documentId: id, codeId: await codeId(code), start, end: start + quote.length });
    },
  };
}

/** Every coding as `coder · code · document: text`, sorted. */
async function codingsOf(core: TestCore) {
  const coders = new Map((await core.call('coders:list', {})).map((c) => [c.id, c.name]));
  return (await core.call('codings:list', {})).map((k) => `${coders.get(k.coderId)} · ${k.codeName} · ${k.documentName}: ${k.text}`).sort();
}

describe('project:merge', () => {
  it('brings each colleague’s codings back with their coder, matches by identity, and merging twice changes nothing', async () => {
    const { core, lead, copies } = await teamStudy();
    await work(core, copies.alice, 'Alice', async (h) => {
      const k = await h.code('E01', 'La confiance se gagne lentement.', 'Confiance');
      await core.call('memos:create', { target: { type: 'coding', id: k.id }, title: '', body: 'Idée centrale' });
      await h.code('E02', 'Le budget est opaque.', 'Budget');
      await core.call('codes:create', { name: 'Opacité', parentId: null });
      await h.code('E02', 'Personne ne comprend les chiffres.', 'Opacité');
    });
    await work(core, copies.bruno, 'Bruno', async (h) => {
      await h.code('E01', 'La confiance se gagne', 'Confiance');
      // Bruno also created “Opacité” on his own: the same path, another guid.
      await core.call('codes:create', { name: 'opacité', parentId: null });
      await h.code('E02', 'Le budget est opaque.', 'opacité');
    });
    const aliceBefore = hash(copies.alice);

    await core.call('project:open', { path: lead });
    const a = await core.call('project:merge', { path: copies.alice });
    expect(a).toMatchObject({
      documents: { matched: 2, added: 0, reanchored: 0 },
      codes: { matched: 3, added: 1 },
      codings: { added: 3, duplicates: 0, unplaced: 0 },
      memos: { added: 1, conflicts: 0 },
    });
    // Léa, the lead, coded nothing in Alice's copy: only Alice's work came in.
    expect(a.coders).toEqual(['Alice']);
    const b = await core.call('project:merge', { path: copies.bruno });
    expect(b).toMatchObject({ codes: { matched: 4, added: 0 }, codings: { added: 2, duplicates: 0, unplaced: 0 } });
    expect(await codingsOf(core)).toEqual([
      'Alice · Budget · E02: Le budget est opaque.',
      'Alice · Confiance · E01: La confiance se gagne lentement.',
      'Alice · Opacité · E02: Personne ne comprend les chiffres.',
      'Bruno · Confiance · E01: La confiance se gagne',
      'Bruno · Opacité · E02: Le budget est opaque.',
    ]);
    const memo = (await core.call('memos:list', {})).find((m) => m.body === 'Idée centrale')!;
    expect(memo.target.type).toBe('coding');

    const steps = await core.call('history:state', {});
    const again = await core.call('project:merge', { path: copies.alice });
    expect(again).toMatchObject({ codes: { added: 0 }, codings: { added: 0 }, memos: { added: 0, conflicts: 0 }, documents: { added: 0 } });
    expect(await core.call('history:state', {})).toEqual(steps);
    expect(await codingsOf(core)).toHaveLength(5);
    expect(hash(copies.alice)).toBe(aliceBefore);

    // One merge is one undo step.
    await core.call('history:undo', {});
    expect((await codingsOf(core)).filter((k) => k.startsWith('Bruno'))).toEqual([]);
    expect(await codingsOf(core)).toHaveLength(3);
  });

  it('re-anchors a colleague’s codings on a transcript someone corrected, and reports what cannot be placed', async () => {
    const { core, lead, copies } = await teamStudy();
    await work(core, copies.alice, 'Alice', async (h) => {
      await h.code('E01', 'Le budget participatif aide beaucoup.', 'Budget');
      await h.code('E01', 'Elle se perd vite.', 'Confiance');
    });
    await work(core, lead, 'Léa', async (h) => {
      // The lead corrects the transcript: a word added before, a sentence removed.
      const id = await h.docId('E01');
      const { text } = await core.call('documents:get', { id });
      await core.call('documents:edit', { id, text: text.replace('Parlez-moi', 'Alors, parlez-moi').replace(' Elle se perd vite.', '') });
    });
    await core.call('project:open', { path: lead });
    const r = await core.call('project:merge', { path: copies.alice });
    expect(r.documents).toEqual({ matched: 2, added: 0, reanchored: 1 });
    expect(r.codings).toEqual({ added: 1, duplicates: 0, unplaced: 1 });
    expect(r.unplaced).toEqual([{ document: 'E01', code: 'Confiance', text: 'Elle se perd vite.', coder: 'Alice' }]);
    expect(await codingsOf(core)).toEqual(['Alice · Budget · E01: Le budget participatif aide beaucoup.']);
  });

  it('keeps two coders who share a name apart, renamed visibly; adds new documents and participants', async () => {
    const { core, lead } = await teamStudy();
    // A colleague who started a project of their own, kept the default name, and imported another interview.
    const other = join(core.dir, 'autre.verbatim');
    await core.call('project:create', { path: other });
    await core.call('cases:import', { path: core.file('p.csv', 'Id;Type\nE03;expert\n') });
    await core.call('documents:import', { paths: [core.file('E03.txt', 'Expert : Les données ouvertes changent tout.'), core.file('E01 bis.txt', E01)] });
    const h = helpers(core);
    await core.call('codes:create', { name: 'Budget', parentId: null });
    await h.code('E03', 'Les données ouvertes', 'Budget');
    await h.code('E01 bis', 'Le budget participatif', 'Budget');
    await core.close();

    await core.call('project:open', { path: lead });
    await core.call('coders:rename', { id: (await core.call('project:current', {}))!.coder.id, name: 'Codeur 1' });
    const r = await core.call('project:merge', { path: other });
    // E01 bis has E01's text: it is the same document.
    expect(r.documents).toEqual({ matched: 1, added: 1, reanchored: 0 });
    expect(r.cases).toEqual({ matched: 0, added: 1 });
    expect(r.coders).toEqual(['Codeur 1 (2)']);
    expect(r.notes.join(' ')).toMatch(/Codeur 1 \(2\)/);
    expect(await codingsOf(core)).toEqual(['Codeur 1 (2) · Budget · E01: Le budget participatif', 'Codeur 1 (2) · Budget · E03: Les données ouvertes']);
  });

  it('keeps both versions of a memo and of a theme sheet changed on both sides', async () => {
    const { core, lead, copies } = await teamStudy();
    await work(core, lead, 'Léa', async (h) => {
      await core.call('memos:create', { target: { type: 'project' }, title: 'Journal', body: 'Début' });
      await core.call('themes:update', { codeId: await h.codeId('Budget'), synthesis: 'Première idée.' });
    });
    copyFileSync(lead, copies.alice);
    await work(core, copies.alice, 'Alice', async (h) => {
      const memo = (await core.call('memos:list', {}))[0]!;
      await core.call('memos:update', { id: memo.id, body: 'Début — vu par Alice' });
      await core.call('themes:update', { codeId: await h.codeId('Budget'), synthesis: 'Alice voit autre chose.' });
    });
    await work(core, lead, 'Léa', async (h) => {
      const memo = (await core.call('memos:list', {}))[0]!;
      await core.call('memos:update', { id: memo.id, body: 'Début — vu par Léa' });
      await core.call('themes:update', { codeId: await h.codeId('Budget'), synthesis: 'Léa maintient.' });
    });
    await core.call('project:open', { path: lead });
    const r = await core.call('project:merge', { path: copies.alice });
    expect(r.memos).toEqual({ added: 0, conflicts: 1 });
    expect(r.findings.conflicts).toBe(1);
    const memos = (await core.call('memos:list', {})).map((m) => `${m.title}: ${m.body}`).sort();
    expect(memos).toEqual(['Journal (version de Alice): Début — vu par Alice', 'Journal: Début — vu par Léa']);
    const sheet = await core.call('themes:get', { codeId: await helpers(core).codeId('Budget') });
    expect(sheet.synthesis).toContain('Léa maintient.');
    expect(sheet.synthesis).toContain('Alice voit autre chose.');
    const again = await core.call('project:merge', { path: copies.alice });
    expect(again.memos).toEqual({ added: 0, conflicts: 0 });
    expect(again.findings.conflicts).toBe(0);
  });

  it('merges a REFI-QDA project by guid: the project’s own export changes nothing', async () => {
    const { core, lead } = await teamStudy();
    await work(core, lead, 'Léa', async (h) => {
      await h.code('E01', 'La confiance se gagne lentement.', 'Confiance');
    });
    await core.call('project:open', { path: lead });
    const qdpx = join(core.dir, 'export.qdpx');
    await core.call('exports:write', { format: 'qdpx', path: qdpx });
    const r = await core.call('project:merge', { path: qdpx });
    expect(r).toMatchObject({ documents: { matched: 2, added: 0 }, codes: { added: 0 }, codings: { added: 0, duplicates: 1 } });
    expect(await codingsOf(core)).toHaveLength(1);
  });

  it('refuses a file that is not a project, and itself, changing nothing', async () => {
    const { core, lead } = await teamStudy();
    await core.call('project:open', { path: lead });
    const steps = await core.call('history:state', {});
    await expect(core.call('project:merge', { path: core.file('x.verbatim', 'not a database at all') })).rejects.toMatchObject({ code: 'NOT_A_PROJECT' });
    await expect(core.call('project:merge', { path: lead })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(await core.call('history:state', {})).toEqual(steps);
  });
});
