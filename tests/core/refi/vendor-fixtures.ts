import { strToU8, zipSync } from 'fflate';

/**
 * REFI-QDA files written here in the manner of each vendor's exports (their quirks as documented
 * in the spec, the corpus README and the tools' sources), never copied from real files. Offsets
 * are computed from the texts in each vendor's unit, so a test fails if the reading goes wrong.
 */

/** A GUID in the given style: `{ABCD…}` for NVivo, lowercase for the others. */
export const guid = (n: number, style: 'nvivo' | 'plain' = 'plain'): string => {
  const plain = `0000abcd-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  return style === 'nvivo' ? `{${plain.toUpperCase()}}` : plain;
};
/** How Verbatim stores that GUID. */
export const stored = (n: number): string => guid(n);

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A quote's span in UTF-16 code units (NVivo for Windows: CRLF counts two, no BOM). */
export function utf16Span(raw: string, quote: string, from = 0): [number, number] {
  const start = raw.indexOf(quote, from);
  if (start < 0) throw new Error(`fixture: “${quote}” not in text`);
  return [start, start + quote.length];
}
/** A quote's span in Unicode code points (the standard). */
export function codePointSpan(raw: string, quote: string): [number, number] {
  const [start, end] = utf16Span(raw, quote);
  return [[...raw.slice(0, start)].length, [...raw.slice(0, end)].length];
}

export const withBom = (text: string): Uint8Array => new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(text)]);
export const zip = (files: Record<string, string | Uint8Array>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])));

// ------------------------------------------------------------------ NVivo for Windows

/** CRLF line ends, a BOM, emoji (two UTF-16 units each, one with a variation selector). */
export const NVIVO_TEXT =
  "Intervieweur : Bonjour 👋 et merci d'être là.\r\n\r\nCamille : Le quartier a changé 🏙️ depuis dix ans, vraiment.\r\nCamille : Les loyers 💶 ont doublé, et les voisins sont partis.\r\n";
export const NVIVO_QUOTES = {
  change: 'Le quartier a changé 🏙️ depuis dix ans',
  rents: 'Camille : Les loyers 💶 ont doublé, et les voisins sont partis.',
  hello: 'Bonjour 👋',
};

export function nvivoProject(options: { origin?: string | null } = {}): Uint8Array {
  const g = (n: number) => guid(n, 'nvivo');
  const origin = options.origin === undefined ? 'NVivo 12 (12.6.0.959) for Windows' : options.origin;
  const span = (quote: string) => utf16Span(NVIVO_TEXT, quote);
  const [c1, c2] = span(NVIVO_QUOTES.change);
  const [r1, r2] = span(NVIVO_QUOTES.rents);
  const [h1, h2] = span(NVIVO_QUOTES.hello);
  const sourceFile = g(30).slice(1, -1);
  const xml = `<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Quartiers" ${origin === null ? '' : `origin="${origin}"`} creatingUserGUID="${g(1)}">
  <Users><User guid="${g(1)}" name="A. Martin"/></Users>
  <CodeBook><Codes>
    <Code guid="${g(10)}" name="Logement" isCodable="true" color="#FF8800">
      <Description>Tout ce qui touche au logement</Description>
      <NoteRef targetGUID="${g(51).toLowerCase()}"/>
      <Code guid="${g(11)}" name="Loyers" isCodable="true" color="#0F0"/>
    </Code>
    <Code guid="${g(12)}" name="Changement" isCodable="true" color="#80112233"/>
    <Code guid="${g(13)}" name="Accueil" isCodable="true" color="red"/>
  </Codes></CodeBook>
  <Variables>
    <Variable guid="${g(20)}" name="Âge" typeOfVariable="Integer"/>
    <Variable guid="${g(21)}" name="Propriétaire" typeOfVariable="Boolean"/>
    <Variable guid="${g(22)}" name="Entretien le" typeOfVariable="DateTime"/>
  </Variables>
  <Cases>
    <Case guid="${g(25)}" name="Camille">
      <VariableValue><VariableRef targetGUID="${g(20)}"/><IntegerValue>34</IntegerValue></VariableValue>
      <VariableValue><VariableRef targetGUID="${g(21)}"/><BooleanValue>false</BooleanValue></VariableValue>
      <VariableValue><VariableRef targetGUID="${g(22)}"/><DateTimeValue>2019-03-14T10:30:00</DateTimeValue></VariableValue>
      <SourceRef targetGUID="${g(30).toLowerCase()}"/>
    </Case>
  </Cases>
  <Sources>
    <TextSource guid="${g(30)}" name="Entretien Camille" richTextPath="internal://${sourceFile}.docx" plainTextPath="internal://${sourceFile}.txt" creatingUser="${g(1)}" creationDateTime="2019-03-15T09:00:00Z">
      <PlainTextSelection guid="${g(40)}" name="" startPosition="${c1}" endPosition="${c2}" creatingUser="${g(1)}" creationDateTime="2019-03-16T09:00:00Z">
        <Coding guid="${g(41)}" creatingUser="${g(1)}"><CodeRef targetGUID="${g(12)}"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="${g(42)}" startPosition="${r1}" endPosition="${r2}" creatingUser="${g(1)}">
        <Coding guid="${g(43)}" creatingUser="${g(1)}"><CodeRef targetGUID="${g(11).toLowerCase()}"/></Coding>
        <NoteRef targetGUID="${g(52)}"/>
      </PlainTextSelection>
      <PlainTextSelection guid="${g(44)}" startPosition="${h1}" endPosition="${h2}">
        <Coding guid="${g(45)}"><CodeRef targetGUID="${g(13)}"/></Coding>
      </PlainTextSelection>
      <NoteRef targetGUID="${g(50)}"/>
    </TextSource>
  </Sources>
  <Notes>
    <Note guid="${g(50)}" name="Contexte" creatingUser="${g(1)}" creationDateTime="2019-03-15T10:00:00Z"><PlainTextContent>Entretien réalisé au café.</PlainTextContent></Note>
    <Note guid="${g(51)}" name="Définition"><PlainTextContent>Logement social et privé.</PlainTextContent></Note>
    <Note guid="${g(52)}" name="Loyers"><PlainTextContent>À recouper avec les chiffres de la ville.</PlainTextContent></Note>
  </Notes>
</Project>`;
  // NVivo writes `Sources/` with a capital, a BOM in the text files, and CRLF line ends.
  return zip({ 'project.qde': xml, [`Sources/${sourceFile}.txt`]: withBom(NVIVO_TEXT), [`Sources/${sourceFile}.docx`]: new Uint8Array([0x50, 0x4b]) });
}

// ------------------------------------------------------------------ ATLAS.ti

export const ATLAS_TEXT = 'Q : Comment venez-vous au travail ?\nR : En vélo 🚲 quand il fait beau, sinon en bus.\nR : Le bus est toujours en retard 😤, c’est épuisant.';
export const ATLAS_QUOTES = { bike: 'En vélo 🚲 quand il fait beau', late: 'Le bus est toujours en retard 😤, c’est épuisant.' };

/** Selection names hold the selected text; code points; `<name>.qde`; the 1:0 namespace spelling; media sources; sets. */
export function atlasProject(): Uint8Array {
  const [b1, b2] = codePointSpan(ATLAS_TEXT, ATLAS_QUOTES.bike);
  const [l1, l2] = codePointSpan(ATLAS_TEXT, ATLAS_QUOTES.late);
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1:0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="Mobilités" origin="ATLAS.ti 9.1.3 (Windows)">
  <Users><User guid="${guid(1)}" name="Coder B"/></Users>
  <CodeBook><Codes>
    <Code guid="${guid(10)}" name="Transport" isCodable="true" color="#3a7">
      <Code guid="${guid(11)}" name="Vélo" isCodable="true" color="#1f77b4"/>
      <Code guid="${guid(12)}" name="Bus" isCodable="true"/>
    </Code>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="${guid(30)}" name="Entretien" plainTextPath="internal://${guid(30)}.txt">
      <PlainTextSelection guid="${guid(40)}" name="${esc(ATLAS_QUOTES.bike)}" startPosition="${b1}" endPosition="${b2}" creatingUser="${guid(1)}">
        <Coding guid="${guid(41)}" creatingUser="${guid(1)}"><CodeRef targetGUID="${guid(11)}"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="${guid(42)}" name="${esc(ATLAS_QUOTES.late)}" startPosition="${l1}" endPosition="${l2}" creatingUser="${guid(1)}">
        <Coding guid="${guid(43)}" creatingUser="${guid(1)}"><CodeRef targetGUID="${guid(12)}"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <TextSource guid="${guid(31)}" name="Entretien" plainTextPath="internal://${guid(31)}.txt"/>
    <TextSource guid="${guid(32)}" name="Vide" plainTextPath="internal://${guid(32)}.txt"/>
    <PDFSource guid="${guid(33)}" name="Plan du réseau.pdf" path="internal://${guid(33)}.pdf">
      <PDFSelection guid="${guid(44)}" page="1" firstX="0" firstY="0" secondX="10" secondY="10"><Coding guid="${guid(45)}"><CodeRef targetGUID="${guid(12)}"/></Coding></PDFSelection>
    </PDFSource>
    <PictureSource guid="${guid(34)}" name="Arrêt de bus.jpg" path="internal://${guid(34)}.jpg"/>
    <AudioSource guid="${guid(35)}" name="Entretien.m4a" path="internal://${guid(35)}.m4a"/>
    <VideoSource guid="${guid(36)}" name="Trajet.mp4" path="internal://${guid(36)}.mp4"/>
  </Sources>
  <Notes><Note guid="${guid(50)}" name="Journal de bord"><PlainTextContent>Deux entretiens, un seul codé.</PlainTextContent></Note></Notes>
  <Sets><Set guid="${guid(60)}" name="Mobilité douce"><MemberCode targetGUID="${guid(11)}"/></Set></Sets>
  <NoteRef targetGUID="${guid(50)}"/>
</Project>`;
  return zip({
    'Mobilités.qde': xml,
    [`sources/${guid(30)}.txt`]: ATLAS_TEXT,
    [`sources/${guid(31)}.txt`]: 'Un second entretien, sans codage.',
    [`sources/${guid(32)}.txt`]: '',
  });
}

// ------------------------------------------------------------------ MAXQDA

export const MAXQDA_GROUP = 'Animatrice : Qui commence ?\nLéa : Moi, je trouve le parc trop petit.\nHugo : Moi, le parc me suffit.';
export const MAXQDA_SOLO = 'Nadia : Le marché du samedi fait vivre le quartier.';

/** `Project.qde`, `#AARRGGBB` colours, a non-codable folder, inline text, `relative:///` against basePath, cases of selections. */
export function maxqdaProject(basePath: string): Uint8Array {
  const span = (text: string, quote: string) => codePointSpan(text, quote);
  const [p1, p2] = span(MAXQDA_GROUP, 'je trouve le parc trop petit');
  const [s1, s2] = span(MAXQDA_GROUP, 'le parc me suffit');
  const [m1, m2] = span(MAXQDA_SOLO, 'Le marché du samedi fait vivre le quartier');
  const value = (variable: number, tag: string, v: string) => `<VariableValue><VariableRef targetGUID="${guid(variable)}"/><${tag}>${v}</${tag}></VariableValue>`;
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Parcs" origin="MAXQDA 2020 (Release 20.4.1)" basePath="${esc(basePath)}">
  <Users><User guid="${guid(1)}" name="MAXQDA user"/><User guid="${guid(2)}" name="Second codeur"/></Users>
  <CodeBook><Codes>
    <Code guid="${guid(10)}" name="Thèmes" isCodable="false">
      <Code guid="${guid(11)}" name="Espaces verts" isCodable="true" color="#FF336699"/>
      <Code guid="${guid(12)}" name="Commerce" isCodable="true" color="#FFCC0000"/>
    </Code>
  </Codes></CodeBook>
  <Variables>
    <Variable guid="${guid(20)}" name="Groupe" typeOfVariable="Text"/>
    <Variable guid="${guid(21)}" name="Ancienneté" typeOfVariable="Float"/>
    <Variable guid="${guid(22)}" name="Arrivée" typeOfVariable="Date"/>
  </Variables>
  <Cases>
    <Case guid="${guid(25)}" name="Léa">${value(20, 'TextValue', 'habitant')}${value(21, 'FloatValue', '12.5')}${value(22, 'DateValue', '2008-09-01')}<SelectionRef targetGUID="${guid(40)}"/></Case>
    <Case guid="${guid(26)}" name="Hugo">${value(20, 'TextValue', 'habitant')}${value(21, 'FloatValue', '3')}<SelectionRef targetGUID="${guid(42)}"/></Case>
    <Case guid="${guid(27)}" name="Nadia">${value(20, 'TextValue', 'commerçante')}<SelectionRef targetGUID="${guid(44)}"/></Case>
    <Case guid="${guid(28)}" name="Léa">${value(20, 'TextValue', 'élue')}</Case>
  </Cases>
  <Sources>
    <TextSource guid="${guid(30)}" name="Groupe parc">
      <PlainTextContent>${esc(MAXQDA_GROUP)}</PlainTextContent>
      <PlainTextSelection guid="${guid(40)}" startPosition="${p1}" endPosition="${p2}" creatingUser="${guid(1)}"><Coding guid="${guid(41)}" creatingUser="${guid(1)}"><CodeRef targetGUID="${guid(11)}"/></Coding></PlainTextSelection>
      <PlainTextSelection guid="${guid(42)}" startPosition="${s1}" endPosition="${s2}" creatingUser="${guid(2)}"><Coding guid="${guid(43)}" creatingUser="${guid(2)}"><CodeRef targetGUID="${guid(11)}"/></Coding></PlainTextSelection>
    </TextSource>
    <TextSource guid="${guid(31)}" name="Entretien Nadia" plainTextPath="relative:///nadia.txt">
      <PlainTextSelection guid="${guid(44)}" startPosition="${m1}" endPosition="${m2}"><Coding guid="${guid(45)}"><CodeRef targetGUID="${guid(12)}"/></Coding></PlainTextSelection>
      <VariableValue><VariableRef targetGUID="${guid(20)}"/><TextValue>x</TextValue></VariableValue>
    </TextSource>
  </Sources>
</Project>`;
  return zip({ 'Project.qde': xml });
}

// ------------------------------------------------------------------ QualCoder

export const QUALCODER_TEXT = 'Je suis arrivée en 2015 🙂.\nAu début, personne ne me parlait.\nMaintenant je connais tout le monde 🤝.';
export const QUALCODER_QUOTES = { arrival: 'Je suis arrivée en 2015 🙂.', now: 'je connais tout le monde 🤝' };

/** A bare project.qde beside `sources/`; code points; notes on codings; repeated code names; a dangling code; a span past the end. */
export function qualcoderProject(): { qde: string; sources: Record<string, string> } {
  const [a1, a2] = codePointSpan(QUALCODER_TEXT, QUALCODER_QUOTES.arrival);
  const [n1, n2] = codePointSpan(QUALCODER_TEXT, QUALCODER_QUOTES.now);
  const length = [...QUALCODER_TEXT].length;
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="Arrivées" origin="QualCoder 3.2" creationDateTime="2023-01-02T10:00:00Z">
<Users><User guid="${guid(1)}" name="default"/></Users>
<CodeBook><Codes>
<Code guid="${guid(10)}" name="Thème" isCodable="true" color="#AA5500"><Description>Premier</Description><NoteRef targetGUID="${guid(51)}"/></Code>
<Code guid="${guid(11)}" name="Thème" isCodable="true" color="#0055AA"><Description>Second, même nom</Description></Code>
</Codes></CodeBook>
<Sources>
<TextSource guid="${guid(30)}" name="arrivee.txt" plainTextPath="internal://${guid(30)}.txt" creatingUser="${guid(1)}" creationDateTime="2023-01-02T10:00:00Z">
<PlainTextSelection guid="${guid(40)}" name="${guid(40)}" startPosition="${a1}" endPosition="${a2}" creatingUser="${guid(1)}" creationDateTime="2023-01-03T10:00:00Z">
<Coding guid="${guid(41)}" creatingUser="${guid(1)}" creationDateTime="2023-01-03T10:00:00Z"><CodeRef targetGUID="${guid(10)}"/><NoteRef targetGUID="${guid(50)}"/></Coding>
</PlainTextSelection>
<PlainTextSelection guid="${guid(42)}" startPosition="${n1}" endPosition="${n2}" creatingUser="${guid(1)}"><Coding guid="${guid(43)}" creatingUser="${guid(1)}"><CodeRef targetGUID="${guid(11)}"/></Coding></PlainTextSelection>
<PlainTextSelection guid="${guid(44)}" startPosition="${n1}" endPosition="${length + 40}" creatingUser="${guid(1)}"><Coding guid="${guid(45)}" creatingUser="${guid(1)}"><CodeRef targetGUID="${guid(10)}"/></Coding></PlainTextSelection>
<PlainTextSelection guid="${guid(46)}" startPosition="0" endPosition="4" creatingUser="${guid(1)}"><Coding guid="${guid(47)}" creatingUser="${guid(1)}"><CodeRef targetGUID="${guid(99)}"/></Coding></PlainTextSelection>
</TextSource>
</Sources>
<Notes>
<Note guid="${guid(50)}" name="Mémo de codage" creatingUser="${guid(1)}"><PlainTextContent>Date précise, à vérifier.</PlainTextContent></Note>
<Note guid="${guid(51)}" name="Mémo de code"><PlainTextContent>Le thème principal.</PlainTextContent></Note>
<Note guid="${guid(52)}" name="Journal"><PlainTextContent>Projet démarré en janvier.</PlainTextContent></Note>
</Notes>
<NoteRef targetGUID="${guid(52)}"/>
</Project>`;
  return { qde, sources: { [`${guid(30)}.txt`]: QUALCODER_TEXT } };
}

// ------------------------------------------------------------------ codebooks

/** An old ATLAS.ti codebook: the 0:4 namespace, braced GUIDs in mixed case, a folder, a set. */
export const ATLAS_CODEBOOK = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:0:4" origin="ATLAS.ti Win 8.4">
  <Codes>
    <Code guid="{${guid(10).toUpperCase()}}" name="Émotions" isCodable="false">
      <Code guid="${guid(11)}" name="Joie" isCodable="true" color="#ff0"><Description>Expressions de joie, rires.</Description></Code>
      <Code guid="{${guid(12)}}" name="Colère" isCodable="true" color="#CC0000"/>
    </Code>
  </Codes>
  <Sets><Set guid="${guid(60)}" name="Affects"><MemberCode guid="${guid(11)}"/></Set></Sets>
</CodeBook>`;
