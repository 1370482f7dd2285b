import { strToU8, zipSync } from 'fflate';

/**
 * A REFI-QDA project with `codes` codes (half of them flat at the top, as a tool that exports a
 * long flat codebook writes them; the other half in folders of 50; one name in five repeated among
 * siblings; one code in three with a colour), one source with a
 * selection per 10 codes, and as many cases as folders. Written for the size tests (issue 14):
 * every step of the import is exercised at scale.
 */
export function manyCodesProject(codes: number): Uint8Array {
  const g = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  const flat = Math.floor(codes / 2);
  const folders = Math.max(1, Math.ceil((codes - flat) / 51));
  const lines: string[] = [];
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="Grand">\n<CodeBook><Codes>'];
  let made = 0;
  const codeGuids: string[] = [];
  for (; made < flat; made++) {
    const guid = g(7_000_000 + made);
    codeGuids.push(guid);
    out.push(`<Code guid="${guid}" name="${made % 5 === 0 ? 'Divers' : `Idée ${made}`}" isCodable="true"${made % 3 === 0 ? ' color="#aa3366"' : ''}/>`);
  }
  for (let f = 0; f < folders && made < codes; f++) {
    const folder = g(1_000_000 + f);
    codeGuids.push(folder);
    made++;
    out.push(`<Code guid="${folder}" name="Thème ${f % 500}" isCodable="false">`);
    for (let c = 0; c < 50 && made < codes; c++, made++) {
      const guid = g(2_000_000 + made);
      codeGuids.push(guid);
      // One sibling name in five repeated: the import must make it unique.
      const name = c % 5 === 0 ? 'Autre' : `Code ${c}`;
      out.push(`<Code guid="${guid}" name="${name}" isCodable="true"${c % 3 === 0 ? ' color="#336699"' : ''}/>`);
    }
    out.push('</Code>');
  }
  out.push('</Codes></CodeBook>\n<Cases>');
  for (let f = 0; f < folders; f++) out.push(`<Case guid="${g(3_000_000 + f)}" name="P${f % 1000}"><SourceRef targetGUID="${g(4_000_000)}"/></Case>`);
  out.push('</Cases>\n<Sources>');
  for (let i = 0; i < Math.ceil(codes / 10); i++) lines.push(`Interviewer : question ${i} ?`, `Participant : réponse numéro ${i}, assez longue pour être codée.`);
  const text = lines.join('\n');
  out.push(`<TextSource guid="${g(4_000_000)}" name="Entretien" plainTextPath="internal://${g(4_000_000)}.txt">`);
  let position = 0;
  for (let i = 0; i < lines.length; i++) {
    const length = [...lines[i]!].length;
    if (i % 2 === 1) {
      const code = codeGuids[(i * 5) % codeGuids.length]!;
      out.push(`<PlainTextSelection guid="${g(5_000_000 + i)}" startPosition="${position}" endPosition="${position + length}"><Coding guid="${g(6_000_000 + i)}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`);
    }
    position += length + 1;
  }
  out.push('</TextSource></Sources>\n</Project>\n');
  return zipSync({ 'project.qde': strToU8(out.join('\n')), [`Sources/${g(4_000_000)}.txt`]: strToU8(text) });
}
