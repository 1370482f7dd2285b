/**
 * A small, strict XML reader for the parts of untrusted zip documents (.odt's content.xml). It
 * builds a tree of elements and text and nothing else: no DOCTYPE (refused, so no entity can be
 * declared, expanded or fetched: no "billion laughs", no external entity), only the five XML
 * entities and numeric character references, no external anything. Names are resolved through
 * their namespace declarations to a known prefix (`text:p` whatever prefix the file used), so the
 * reader of a format matches on stable names.
 */
export type XmlElement = {
  /** `prefix:local` with the canonical prefix of its namespace, `{uri}local` for an unknown one. */
  name: string;
  attributes: ReadonlyMap<string, string>;
  children: XmlNode[];
};
export type XmlNode = XmlElement | string;

export class XmlFormatError extends Error {
  override name = 'XmlFormatError';
  constructor(
    message: string,
    /** `doctype` when the document declares one (refused), `malformed` otherwise. */
    readonly reason: 'doctype' | 'malformed',
  ) {
    super(message);
  }
}

/** Deeper documents are forged: real ones nest a few dozen levels. */
const MAX_DEPTH = 500;

/** Namespace URI → canonical prefix. */
export type NamespacePrefixes = Readonly<Record<string, string>>;

type OpenElement = { element: XmlElement; prefixes: Map<string, string> };

const NAME = String.raw`[A-Za-z_\u00C0-\uFFEF][\w.\-:\u00B7\u00C0-\uFFEF]*`;
const START_TAG = new RegExp(String.raw`<(${NAME})((?:\s+${NAME}\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(/?)>`, 'uy');
const END_TAG = new RegExp(String.raw`</(${NAME})\s*>`, 'uy');
const ATTRIBUTE = new RegExp(String.raw`(${NAME})\s*=\s*(?:"([^"<]*)"|'([^'<]*)')`, 'gu');

/** @throws XmlFormatError */
export function parseXml(xml: string, namespaces: NamespacePrefixes): XmlElement {
  const document: XmlElement = { name: '#document', attributes: new Map(), children: [] };
  const stack: OpenElement[] = [{ element: document, prefixes: new Map([['xml', 'xml']]) }];
  let position = 0;
  while (position < xml.length) {
    const open = stack[stack.length - 1] ?? fail('unbalanced');
    const next = xml.indexOf('<', position);
    if (next === -1 || next > position) {
      const text = xml.slice(position, next === -1 ? xml.length : next);
      if (stack.length === 1) {
        if (text.trim() !== '') fail('text outside the root element');
      } else open.element.children.push(decodeXmlText(text));
      position = next === -1 ? xml.length : next;
      continue;
    }
    if (xml.startsWith('<?', position)) position = skipPast(xml, '?>', position);
    else if (xml.startsWith('<!--', position)) position = skipPast(xml, '-->', position);
    else if (xml.startsWith('<![CDATA[', position)) {
      const end = xml.indexOf(']]>', position);
      if (end === -1 || stack.length === 1) fail('bad CDATA section');
      open.element.children.push(xml.slice(position + 9, end));
      position = end + 3;
    } else if (xml.startsWith('<!', position)) {
      throw new XmlFormatError('document type declaration', 'doctype');
    } else if (xml.startsWith('</', position)) {
      END_TAG.lastIndex = position;
      const match = END_TAG.exec(xml) ?? fail(`bad end tag at ${position}`);
      if (stack.length === 1 || open.element.name !== resolveName(match[1] ?? '', open.prefixes, namespaces, true)) fail(`mismatched end tag at ${position}`);
      stack.pop();
      position += match[0].length;
    } else {
      START_TAG.lastIndex = position;
      const match = START_TAG.exec(xml) ?? fail(`bad start tag at ${position}`);
      if (stack.length === 1 && document.children.length > 0) fail('two root elements');
      const [whole, rawName = '', attributeText = '', selfClosing] = match;
      const rawAttributes = [...attributeText.matchAll(ATTRIBUTE)].map(([, name = '', double, single]) => [name, decodeXmlText(double ?? single ?? '')] as const);
      const declarations = rawAttributes.filter(([name]) => name === 'xmlns' || name.startsWith('xmlns:'));
      // Scopes are copied only where a declaration changes them (usually the root alone).
      const prefixes = declarations.length === 0 ? open.prefixes : new Map(open.prefixes);
      for (const [name, value] of declarations) prefixes.set(name === 'xmlns' ? '' : name.slice(6), value);
      const attributes = new Map<string, string>();
      for (const [name, value] of rawAttributes) {
        if (name !== 'xmlns' && !name.startsWith('xmlns:')) attributes.set(resolveName(name, prefixes, namespaces, false), value);
      }
      const element: XmlElement = { name: resolveName(rawName, prefixes, namespaces, true), attributes, children: [] };
      open.element.children.push(element);
      if (!selfClosing) {
        if (stack.length > MAX_DEPTH) fail('nested too deeply');
        stack.push({ element, prefixes });
      }
      position += whole.length;
    }
  }
  const root = document.children[0];
  if (stack.length !== 1 || root === undefined || typeof root === 'string') fail('unclosed or missing root element');
  return root;
}

function fail(message: string): never {
  throw new XmlFormatError(message, 'malformed');
}

function skipPast(xml: string, terminator: string, position: number): number {
  const end = xml.indexOf(terminator, position);
  if (end === -1) fail('unterminated markup');
  return end + terminator.length;
}

/** Unprefixed attributes have no namespace; unprefixed elements take the default one. */
function resolveName(raw: string, prefixes: ReadonlyMap<string, string>, namespaces: NamespacePrefixes, isElement: boolean): string {
  const colon = raw.indexOf(':');
  if (colon === -1 && !isElement) return raw;
  const prefix = colon === -1 ? '' : raw.slice(0, colon);
  const local = raw.slice(colon + 1);
  if (prefix === 'xml') return `xml:${local}`;
  const uri = prefixes.get(prefix);
  if (uri === undefined) {
    if (prefix === '') return local;
    fail(`undeclared prefix ${prefix}`);
  }
  const canonical = namespaces[uri];
  return canonical === undefined ? `{${uri}}${local}` : `${canonical}:${local}`;
}

const XML_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Only the five predefined entities and character references; any other `&` is an error. */
function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([^;&\s]{0,10});?/gu, (whole, reference: string) => {
    if (!whole.endsWith(';')) fail('bare ampersand');
    const named = XML_ENTITIES[reference];
    if (named !== undefined) return named;
    const numeric = /^#(?:x([0-9a-fA-F]{1,6})|(\d{1,7}))$/u.exec(reference);
    const codePoint = numeric ? Number.parseInt(numeric[1] ?? numeric[2] ?? '', numeric[1] !== undefined ? 16 : 10) : Number.NaN;
    const isCharacter = codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
    if (!isCharacter) fail(`unknown entity &${reference};`);
    return String.fromCodePoint(codePoint);
  });
}
