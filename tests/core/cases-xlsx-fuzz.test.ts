import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toXlsx } from '../../electron/core/export/xlsx-writer';
import { AppError } from '../../shared/result';
import { buildXlsx } from '../helpers/fixtures/xlsx';
import { createTestCore } from '../helpers/test-core';

/**
 * Seeded fuzzing of participants tables in .xlsx: valid workbooks written here are damaged a few
 * hundred ways (bytes of the zip, its entries, the XML inside) and each result is imported through
 * `cases:import`. Every outcome must be a success or a clear refusal naming the file — never
 * INTERNAL, never a crash. `FUZZ_RUNS` and `FUZZ_SEED` give a longer or another run.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const ALLOWED = new Set(['BAD_FILE', 'UNSUPPORTED_FILE', 'FILE_TOO_LARGE']);

/** mulberry32: a small, fast, seeded generator, so that a failure can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T,>(xs: readonly T[]): T => xs[int(xs.length)]! };
}
type Random = ReturnType<typeof random>;

const BASES: Uint8Array[] = [
  buildXlsx([
    ['Identifiant', 'Type d’acteur', 'Âge', 'Entretien', 'Code postal'],
    ['E01', 'élu', 52, { date: '2017-03-14' }, '01000'],
    ['E02', 'prestataire', 47.5, { date: '2017-03-21' }, '75011'],
    ['E03', 'expert', 39, { date: '2017-04-02' }, '69003'],
  ]),
  toXlsx([{ name: 'Participants', rows: [['Id', 'Nom', 'Groupe'], ['P1', 'Martine', 'A'], ['P2', 'Karim', 'B'], ['P3', 'Sofia', 'A']] }]),
];

/** Pieces that make parsers stumble: forged references, odd types, entities, broken markup. */
const SNIPPETS = [
  '<c r="XFD1048576" t="s"><v>0</v></c>',
  '<c r="ZZZZZZZZZZ1"><v>1</v></c>',
  '<c r="A0"><v>1</v></c>',
  '<c t="s"><v>99999</v></c>',
  '<c t="s"><v>-1</v></c>',
  '<c s="999"><v>42808</v></c>',
  '<c s="1"><v>1e308</v></c>',
  '<c s="1"><v>-42</v></c>',
  '<c><v>abc</v></c>',
  '<c t="d"><v>not a date</v></c>',
  '<c t="b"><v>2</v></c>',
  '<c t="inlineStr"><is><r><t>a</t></r><r/></is></c>',
  '<row r="-3">',
  '<row r="1e9"><c><v>1</v></c></row>',
  '</row>',
  '<row>',
  '</sheetData>',
  '<![CDATA[<c>]]>',
  '&amp;&lt;&#0;&#xFFFFFF;&bogus;',
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
  '<?xml version="1.0"?>',
  '<x:y xmlns:x="urn:x"/>',
  '"\'<>',
  '\u0000\uFFFF\uD800',
  '<sheet name="S" sheetId="1" r:id="rId999"/>',
  '<Relationship Id="rId1" Target="../../../../etc/passwd"/>',
  '<Relationship Id="rId1" Target="/xl/missing.xml"/>',
  '<workbookPr date1904="1"/>',
  '<numFmt numFmtId="14" formatCode="yyyy"/>',
  '<xf numFmtId="abc"/>',
];

function mutateXml(xml: string, rnd: Random): string {
  const at = rnd.int(xml.length + 1);
  switch (rnd.int(7)) {
    case 0:
      return xml.slice(0, at) + rnd.pick(SNIPPETS) + xml.slice(at);
    case 1:
      return xml.slice(0, at) + xml.slice(Math.min(xml.length, at + 1 + rnd.int(40)));
    case 2:
      return xml.slice(0, at);
    case 3: {
      // A number or reference changed into an extreme one.
      return xml.replace(/(r|s|t|numFmtId|date1904)="[^"]*"/gu, (m, name: string) => (rnd.next() < 0.15 ? `${name}="${rnd.pick(['XFD1048576', '99999999999', '-1', '', 's', 'str', 'd', 'n', 'A1:B2', '1'])}"` : m));
    }
    case 4:
      return xml.replace(/<v>[^<]*<\/v>/gu, (m) => (rnd.next() < 0.3 ? `<v>${rnd.pick(['', 'NaN', '1e400', '-0', '9007199254740993', '0x10', ' 12 ', '١٢'])}</v>` : m));
    case 5: {
      const from = rnd.int(xml.length);
      return xml.slice(0, at) + xml.slice(from, from + rnd.int(200)) + xml.slice(at);
    }
    default:
      return xml.replace(/</gu, (m) => (rnd.next() < 0.02 ? '' : m));
  }
}

function mutate(base: Uint8Array, rnd: Random): Uint8Array {
  const kind = rnd.int(4);
  if (kind === 0) {
    // Bytes of the zip itself: headers, sizes, compressed data.
    const out = base.slice();
    for (let n = 1 + rnd.int(8); n > 0; n--) out[rnd.int(out.length)] = rnd.int(256);
    return out;
  }
  if (kind === 1) return base.slice(0, rnd.int(base.length));
  const parts: Zippable = unzipSync(base);
  const names = Object.keys(parts);
  if (kind === 2) {
    // Entries removed, renamed, emptied or replaced by random bytes.
    const name = rnd.pick(names);
    const action = rnd.int(4);
    const data = parts[name] as Uint8Array;
    delete parts[name];
    if (action === 1) parts[name.replace(/\.xml$/u, '.xm')] = data;
    if (action === 2) parts[name] = new Uint8Array(0);
    if (action === 3) parts[name] = Uint8Array.from({ length: 1 + rnd.int(300) }, () => rnd.int(256));
    return zipSync(parts);
  }
  // The XML inside, one to three edits.
  const xmlNames = names.filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
  const weighted = [...xmlNames, 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml', 'xl/workbook.xml'].filter((n) => n in parts);
  for (let n = 1 + rnd.int(3); n > 0; n--) {
    const name = rnd.pick(weighted);
    parts[name] = strToU8(mutateXml(strFromU8(parts[name] as Uint8Array), rnd));
  }
  return zipSync(parts);
}

describe('damaged .xlsx participants tables (seeded fuzz)', () => {
  it(`imports or refuses ${RUNS} damaged workbooks, each with a clear error naming the file, never INTERNAL`, async () => {
    const core = await createTestCore();
    const rnd = random(SEED);
    const outcomes = new Map<string, number>();
    const failures: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      const name = `fuzz-${i}.xlsx`;
      const bytes = mutate(rnd.pick(BASES), rnd);
      try {
        await core.call('cases:import', { path: core.file(name, bytes) });
        outcomes.set('ok', (outcomes.get('ok') ?? 0) + 1);
      } catch (e) {
        const code = e instanceof AppError ? e.code : 'THROWN';
        outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
        if (!(e instanceof AppError) || !ALLOWED.has(e.code) || !e.message.includes(`“${name}”`)) {
          failures.push(`#${i} (seed ${SEED}): ${code}: ${(e as Error).message.slice(0, 200)}`);
        }
      }
    }
    console.info(`xlsx fuzz, seed ${SEED}: ${RUNS} inputs →`, Object.fromEntries(outcomes));
    expect(failures).toEqual([]);
    // The project is still sound after all of it.
    expect((await core.call('cases:list', {})).length).toBeGreaterThan(0);
  }, 120_000);
});
