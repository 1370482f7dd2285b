import type { AttributeType } from '../../../shared/contract';
import type { ExportSnapshot, SnapshotCode, SnapshotMemo } from '../export/snapshot';
import { codePointIndex } from './offsets';
import { element, exportGuid, serializeXml, type XmlNodeOut } from './xml-writer';

/**
 * A project as QDA-XML (REFI-QDA 1.0, the 2019 Project schema), rendered from an export snapshot
 * only, so that anonymized exports go through the same pipeline as any other. Each document's
 * stored text is written as `sources/<guid>.txt` (UTF-8, no BOM, `\n` line ends) and selections
 * count Unicode code points into it, as the standard says. Memos become notes: on the project,
 * a code, a document or a coding through the schema's NoteRef; on a case (which has no NoteRef)
 * through a Link from the note to the case.
 */
export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
const SCHEMA_INSTANCE = 'http://www.w3.org/2001/XMLSchema-instance';
export const ORIGIN = 'Verbatim';

export type RenderedProject = { xml: string; sources: { path: string; text: string }[] };

const VARIABLE_TYPES: Record<AttributeType, 'Text' | 'Float' | 'Date'> = { text: 'Text', category: 'Text', number: 'Float', date: 'Date' };

/** `xsd:decimal` has no exponent: `1e21` is written out. */
const decimal = (value: string): string => {
  if (/^-?\d+(?:\.\d+)?$/u.test(value)) return value;
  const n = Number(value);
  return Number.isFinite(n) ? n.toFixed(20).replace(/\.?0+$/u, '') : '0';
};

/** The name of a selection holds its text (as ATLAS.ti writes it), which lets readers check offsets. */
const SELECTION_NAME_LENGTH = 1000;

export function renderProject(snapshot: ExportSnapshot, now: Date): RenderedProject {
  const coderGuid = new Map(snapshot.coders.map((c) => [c.id, exportGuid(c.guid)]));
  const codeGuid = new Map(snapshot.codes.map((c) => [c.id, exportGuid(c.guid)]));
  const memoGuid = (memo: SnapshotMemo) => exportGuid(memo.guid);
  const notesOn = (type: SnapshotMemo['target']['type'], id?: number) =>
    snapshot.memos
      .filter((m) => m.target.type === type && (type === 'project' || (m.target.type !== 'project' && m.target.id === id)))
      .map((m) => element('NoteRef', { targetGUID: memoGuid(m) }));

  const children = new Map<number | null, SnapshotCode[]>();
  for (const code of snapshot.codes) children.set(code.parentId, [...(children.get(code.parentId) ?? []), code]);
  const codeElement = (code: SnapshotCode): XmlNodeOut =>
    element('Code', { guid: codeGuid.get(code.id), name: code.name, isCodable: code.isCodable, color: /^#[0-9a-f]{6}$/iu.test(code.color) ? code.color.toLowerCase() : null }, [
      code.description.trim() !== '' && element('Description', {}, [code.description]),
      ...notesOn('code', code.id),
      ...(children.get(code.id) ?? []).map(codeElement),
    ]);

  const attributeGuid = new Map(snapshot.attributes.map((a) => [a.id, exportGuid(a.guid)]));
  const attributeType = new Map(snapshot.attributes.map((a) => [a.id, a.type]));
  const caseGuid = new Map(snapshot.cases.map((c) => [c.id, exportGuid(c.guid)]));
  const valueElement = (attributeId: number, value: string): XmlNodeOut => {
    const type = VARIABLE_TYPES[attributeType.get(attributeId) ?? 'text'];
    const [tag, text] = type === 'Float' ? ['FloatValue', decimal(value)] : type === 'Date' ? ['DateValue', value] : ['TextValue', value];
    return element('VariableValue', {}, [element('VariableRef', { targetGUID: attributeGuid.get(attributeId) }), element(tag, {}, [text])]);
  };

  const sources: RenderedProject['sources'] = [];
  const sourceElements = snapshot.documents.map((document) => {
    const guid = exportGuid(document.guid);
    const path = `${guid}.txt`;
    sources.push({ path, text: document.text });
    const toCodePoint = codePointIndex(document.text);
    const selections = snapshot.codings
      .filter((c) => c.documentId === document.id && codeGuid.has(c.codeId))
      .map((coding) => {
        const quote = document.text.slice(coding.start, coding.end);
        return element(
          'PlainTextSelection',
          {
            guid: exportGuid(coding.guid, 'selection'),
            name: quote.length > SELECTION_NAME_LENGTH ? `${quote.slice(0, SELECTION_NAME_LENGTH)}…` : quote,
            startPosition: toCodePoint(coding.start),
            endPosition: toCodePoint(coding.end),
            creatingUser: coderGuid.get(coding.coderId),
            creationDateTime: coding.createdAt,
          },
          [
            element('Coding', { guid: exportGuid(coding.guid), creatingUser: coderGuid.get(coding.coderId), creationDateTime: coding.createdAt }, [
              element('CodeRef', { targetGUID: codeGuid.get(coding.codeId) }),
              ...notesOn('coding', coding.id),
            ]),
          ],
        );
      });
    return element('TextSource', { guid, name: document.name, plainTextPath: `internal://${path}`, creationDateTime: document.importedAt }, [
      ...selections,
      ...notesOn('document', document.id),
    ]);
  });

  const caseMemos = snapshot.memos.filter((m) => m.target.type === 'case' && caseGuid.has(m.target.id));
  const root = element(
    'Project',
    {
      xmlns: PROJECT_NAMESPACE,
      'xmlns:xsi': SCHEMA_INSTANCE,
      'xsi:schemaLocation': `${PROJECT_NAMESPACE} http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd`,
      name: snapshot.projectName,
      origin: ORIGIN,
      creationDateTime: now.toISOString(),
    },
    [
      snapshot.coders.length > 0 && element('Users', {}, snapshot.coders.map((c) => element('User', { guid: coderGuid.get(c.id), name: c.name }))),
      snapshot.codes.length > 0 && element('CodeBook', {}, [element('Codes', {}, (children.get(null) ?? []).map(codeElement))]),
      snapshot.attributes.length > 0 &&
        element('Variables', {}, snapshot.attributes.map((a) => element('Variable', { guid: attributeGuid.get(a.id), name: a.name, typeOfVariable: VARIABLE_TYPES[a.type] }))),
      snapshot.cases.length > 0 &&
        element(
          'Cases',
          {},
          snapshot.cases.map((c) =>
            element('Case', { guid: caseGuid.get(c.id), name: c.name }, [
              c.description.trim() !== '' && element('Description', {}, [c.description]),
              ...snapshot.values.filter((v) => v.caseId === c.id && attributeGuid.has(v.attributeId)).map((v) => valueElement(v.attributeId, v.value)),
              ...snapshot.documents.filter((d) => d.caseId === c.id).map((d) => element('SourceRef', { targetGUID: exportGuid(d.guid) })),
            ]),
          ),
        ),
      sourceElements.length > 0 && element('Sources', {}, sourceElements),
      snapshot.memos.length > 0 &&
        element(
          'Notes',
          {},
          snapshot.memos.map((m) =>
            element(
              'Note',
              { guid: memoGuid(m), name: m.title, creatingUser: m.coderId === null ? null : coderGuid.get(m.coderId), creationDateTime: m.createdAt, modifiedDateTime: m.updatedAt },
              [element('PlainTextContent', {}, [m.body])],
            ),
          ),
        ),
      caseMemos.length > 0 &&
        element(
          'Links',
          {},
          caseMemos.map((m) =>
            element('Link', { guid: exportGuid(m.guid, 'link'), name: 'Memo', direction: 'OneWay', originGUID: memoGuid(m), targetGUID: caseGuid.get((m.target as { id: number }).id) }),
          ),
        ),
      ...notesOn('project'),
    ],
  );
  return { xml: serializeXml(root), sources };
}
