import { parseXml, XmlFormatError, type XmlElement } from '../documents/import/xml-tree';
import { fileError } from '../documents/import/file-errors';

/**
 * A REFI-QDA project (`project.qde`) or codebook (`.qdc`) read into plain data, whatever the
 * producer: namespaces are matched by local name only (files say `urn:QDA-XML:project:1.0`,
 * `project:1:0`, `project:0:10`, `codebook:0:4`…), GUIDs are made lowercase without braces, and
 * anything optional may be missing.
 */
export type QdaCode = {
  guid: string;
  name: string;
  color: string | null;
  isCodable: boolean;
  description: string;
  noteGuids: string[];
  children: QdaCode[];
};
export type QdaCoding = { guid: string; codeGuid: string | null; userGuid: string | null; createdAt: string | null; noteGuids: string[] };
export type QdaSelection = {
  guid: string;
  name: string | null;
  start: number;
  end: number;
  userGuid: string | null;
  createdAt: string | null;
  codings: QdaCoding[];
  noteGuids: string[];
};
export type QdaSourceKind = 'text' | 'pdf' | 'picture' | 'audio' | 'video';
export type QdaSource = {
  kind: QdaSourceKind;
  guid: string;
  name: string | null;
  description: string;
  plainTextPath: string | null;
  richTextPath: string | null;
  /** Inline `PlainTextContent`, when the text is in the .qde itself. */
  content: string | null;
  createdAt: string | null;
  selections: QdaSelection[];
  /** Codings of the whole source. */
  codings: QdaCoding[];
  noteGuids: string[];
  /** Selections and codings of media sources, only counted for the report. */
  mediaSelections: number;
  variableValues: number;
};
export type QdaVariableType = 'Text' | 'Boolean' | 'Integer' | 'Float' | 'Date' | 'DateTime';
export type QdaVariable = { guid: string; name: string; type: QdaVariableType; description: string };
export type QdaValue = { variableGuid: string; value: string | null };
export type QdaCase = {
  guid: string;
  name: string | null;
  description: string;
  values: QdaValue[];
  sourceGuids: string[];
  selectionGuids: string[];
};
export type QdaNote = {
  guid: string;
  name: string | null;
  content: string | null;
  plainTextPath: string | null;
  userGuid: string | null;
  createdAt: string | null;
  modifiedAt: string | null;
};
export type QdaSet = { guid: string; name: string; members: number };
export type QdaLink = { guid: string; name: string | null; originGuid: string | null; targetGuid: string | null };

export type QdaProject = {
  kind: 'project' | 'codebook';
  name: string | null;
  origin: string | null;
  basePath: string | null;
  description: string;
  users: { guid: string; name: string | null }[];
  codes: QdaCode[];
  variables: QdaVariable[];
  cases: QdaCase[];
  sources: QdaSource[];
  notes: QdaNote[];
  projectNoteGuids: string[];
  links: QdaLink[];
  sets: QdaSet[];
  graphs: number;
};

/** `{ABC-…}` and `abc-…` are the same GUID. */
export const normalizeGuid = (guid: string): string => guid.trim().replace(/^\{|\}$/gu, '').toLowerCase();

const localName = (element: XmlElement): string => element.name.replace(/^\{[^}]*\}|^[^:]*:/u, '');
const childrenOf = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter((c): c is XmlElement => typeof c !== 'string' && localName(c) === name);
const childOf = (element: XmlElement, name: string): XmlElement | undefined => childrenOf(element, name)[0];
const textOf = (element: XmlElement | undefined): string =>
  element === undefined ? '' : element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
const attr = (element: XmlElement, name: string): string | null => element.attributes.get(name) ?? null;
const guidOf = (element: XmlElement, name = 'guid'): string | null => {
  const value = attr(element, name);
  return value === null || value.trim() === '' ? null : normalizeGuid(value);
};
const refs = (element: XmlElement, name: string, attribute = 'targetGUID'): string[] =>
  childrenOf(element, name).flatMap((r) => guidOf(r, attribute) ?? []);
const integer = (value: string | null): number => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) ? n : Number.NaN;
};
/** GUIDs are required by the schema; a file without one still gets a stable stand-in. */
const guidOrIndex = (element: XmlElement, fallback: string): string => guidOf(element) ?? fallback;

/** @throws AppError BAD_FILE naming `fileName` (malformed XML, a DOCTYPE, not REFI-QDA). */
export function parseQdaXml(xml: string, fileName: string): QdaProject {
  let root: XmlElement;
  try {
    root = parseXml(xml.replace(/^\uFEFF/u, ''), {});
  } catch (error) {
    if (!(error instanceof XmlFormatError)) throw error;
    if (error.reason === 'doctype') {
      throw fileError('BAD_FILE', fileName, 'declares a document type (DOCTYPE), which REFI-QDA files never do and which could make a reader fetch other files or expand endlessly: Verbatim did not open it.');
    }
    throw fileError('BAD_FILE', fileName, 'is not a valid REFI-QDA file: its XML is damaged or incomplete (a truncated file?).', { cause: error.message });
  }
  const rootName = localName(root);
  if (rootName !== 'Project' && rootName !== 'CodeBook') {
    throw fileError('BAD_FILE', fileName, `is not a REFI-QDA project or codebook (its root element is <${rootName}>).`);
  }
  const isProject = rootName === 'Project';
  const codesElement = isProject ? childOf(childOf(root, 'CodeBook') ?? root, 'Codes') : childOf(root, 'Codes');
  let counter = 0;
  const stand = (kind: string) => `${kind}-${++counter}`;

  const readCode = (element: XmlElement): QdaCode => ({
    guid: guidOrIndex(element, stand('code')),
    name: attr(element, 'name') ?? '',
    color: attr(element, 'color'),
    isCodable: !/^(?:false|0)$/iu.test(attr(element, 'isCodable') ?? 'true'),
    description: textOf(childOf(element, 'Description')),
    noteGuids: refs(element, 'NoteRef'),
    children: childrenOf(element, 'Code').map(readCode),
  });
  const readCoding = (element: XmlElement): QdaCoding => ({
    guid: guidOrIndex(element, stand('coding')),
    codeGuid: childrenOf(element, 'CodeRef').map((r) => guidOf(r, 'targetGUID'))[0] ?? null,
    userGuid: guidOf(element, 'creatingUser'),
    createdAt: attr(element, 'creationDateTime'),
    noteGuids: refs(element, 'NoteRef'),
  });
  const readSelection = (element: XmlElement): QdaSelection => ({
    guid: guidOrIndex(element, stand('selection')),
    name: attr(element, 'name'),
    start: integer(attr(element, 'startPosition')),
    end: integer(attr(element, 'endPosition')),
    userGuid: guidOf(element, 'creatingUser'),
    createdAt: attr(element, 'creationDateTime'),
    codings: childrenOf(element, 'Coding').map(readCoding),
    noteGuids: refs(element, 'NoteRef'),
  });
  const MEDIA: Record<string, QdaSourceKind> = { PDFSource: 'pdf', PictureSource: 'picture', AudioSource: 'audio', VideoSource: 'video' };
  const readSource = (element: XmlElement): QdaSource | null => {
    const name = localName(element);
    const kind: QdaSourceKind | undefined = name === 'TextSource' ? 'text' : MEDIA[name];
    if (kind === undefined) return null;
    const content = childOf(element, 'PlainTextContent');
    const mediaSelections = element.children.filter((c) => typeof c !== 'string' && /Selection$|^Transcript$/u.test(localName(c))).length;
    return {
      kind,
      guid: guidOrIndex(element, stand('source')),
      name: attr(element, 'name'),
      description: textOf(childOf(element, 'Description')),
      plainTextPath: attr(element, 'plainTextPath'),
      richTextPath: attr(element, 'richTextPath'),
      content: content === undefined ? null : textOf(content),
      createdAt: attr(element, 'creationDateTime'),
      selections: kind === 'text' ? childrenOf(element, 'PlainTextSelection').map(readSelection) : [],
      codings: childrenOf(element, 'Coding').map(readCoding),
      noteGuids: refs(element, 'NoteRef'),
      mediaSelections: kind === 'text' ? 0 : mediaSelections,
      variableValues: childrenOf(element, 'VariableValue').length,
    };
  };
  const readValue = (element: XmlElement): QdaValue | null => {
    const variableGuid = childrenOf(element, 'VariableRef').map((r) => guidOf(r, 'targetGUID'))[0];
    if (variableGuid == null) return null;
    const valueElement = element.children.find((c): c is XmlElement => typeof c !== 'string' && localName(c).endsWith('Value'));
    return { variableGuid, value: valueElement === undefined ? null : textOf(valueElement) };
  };
  const TYPES: readonly QdaVariableType[] = ['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime'];

  const project = isProject ? root : undefined;
  const inProject = (name: string): XmlElement[] => (project === undefined ? [] : childrenOf(project, name));
  return {
    kind: isProject ? 'project' : 'codebook',
    name: attr(root, 'name'),
    origin: attr(root, 'origin'),
    basePath: attr(root, 'basePath'),
    description: project === undefined ? '' : textOf(childOf(project, 'Description')),
    users: inProject('Users').flatMap((u) => childrenOf(u, 'User')).map((u) => ({ guid: guidOrIndex(u, stand('user')), name: attr(u, 'name') })),
    codes: codesElement === undefined ? [] : childrenOf(codesElement, 'Code').map(readCode),
    variables: inProject('Variables')
      .flatMap((v) => childrenOf(v, 'Variable'))
      .map((v) => {
        const type = attr(v, 'typeOfVariable') ?? 'Text';
        return {
          guid: guidOrIndex(v, stand('variable')),
          name: attr(v, 'name') ?? '',
          type: TYPES.find((t) => t.toLowerCase() === type.toLowerCase()) ?? 'Text',
          description: textOf(childOf(v, 'Description')),
        };
      }),
    cases: inProject('Cases')
      .flatMap((c) => childrenOf(c, 'Case'))
      .map((c) => ({
        guid: guidOrIndex(c, stand('case')),
        name: attr(c, 'name'),
        description: textOf(childOf(c, 'Description')),
        values: childrenOf(c, 'VariableValue').flatMap((v) => readValue(v) ?? []),
        sourceGuids: refs(c, 'SourceRef'),
        selectionGuids: refs(c, 'SelectionRef'),
      })),
    sources: inProject('Sources').flatMap((s) => s.children.flatMap((c) => (typeof c === 'string' ? [] : (readSource(c) ?? [])))),
    notes: inProject('Notes')
      .flatMap((n) => childrenOf(n, 'Note'))
      .map((n) => {
        const content = childOf(n, 'PlainTextContent');
        return {
          guid: guidOrIndex(n, stand('note')),
          name: attr(n, 'name'),
          content: content === undefined ? null : textOf(content),
          plainTextPath: attr(n, 'plainTextPath'),
          userGuid: guidOf(n, 'creatingUser'),
          createdAt: attr(n, 'creationDateTime'),
          modifiedAt: attr(n, 'modifiedDateTime'),
        };
      }),
    projectNoteGuids: project === undefined ? [] : refs(project, 'NoteRef'),
    links: inProject('Links')
      .flatMap((l) => childrenOf(l, 'Link'))
      .map((l) => ({ guid: guidOrIndex(l, stand('link')), name: attr(l, 'name'), originGuid: guidOf(l, 'originGUID'), targetGuid: guidOf(l, 'targetGUID') })),
    sets: [...inProject('Sets'), ...(isProject ? [] : childrenOf(root, 'Sets'))]
      .flatMap((s) => childrenOf(s, 'Set'))
      .map((s) => ({
        guid: guidOrIndex(s, stand('set')),
        name: attr(s, 'name') ?? '',
        members: s.children.filter((c) => typeof c !== 'string' && localName(c).startsWith('Member')).length,
      })),
    graphs: inProject('Graphs').flatMap((g) => childrenOf(g, 'Graph')).length,
  };
}
