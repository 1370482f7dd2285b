import { createHash } from 'node:crypto';

/** A minimal XML writer for the QDA-XML documents: elements, escaped attributes and text, indentation. */
export type XmlNodeOut = { name: string; attributes: Record<string, string | number | boolean | null | undefined>; children: (XmlNodeOut | string)[] };

export const element = (
  name: string,
  attributes: XmlNodeOut['attributes'] = {},
  children: readonly (XmlNodeOut | string | null | undefined | false)[] = [],
): XmlNodeOut => ({ name, attributes, children: children.filter((c): c is XmlNodeOut | string => c !== null && c !== undefined && c !== false) });

/** Characters XML 1.0 cannot carry at all (controls other than tab and line ends, lone surrogates). */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

export const escapeText = (s: string): string =>
  s.replace(FORBIDDEN, '').replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/\r/gu, '&#13;');
// Line ends and tabs in attributes are written as references, or a reader would turn them into spaces.
const escapeAttribute = (s: string): string =>
  escapeText(s).replace(/"/gu, '&quot;').replace(/\n/gu, '&#10;').replace(/\t/gu, '&#9;');

/** The document: `<?xml …?>` first (no BOM before it), two-space indentation, text kept verbatim. */
export function serializeXml(root: XmlNodeOut): string {
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>\n'];
  const write = (node: XmlNodeOut, depth: number) => {
    const indent = '  '.repeat(depth);
    const attributes = Object.entries(node.attributes)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => ` ${k}="${escapeAttribute(String(v))}"`)
      .join('');
    if (node.children.length === 0) return void out.push(`${indent}<${node.name}${attributes}/>\n`);
    if (node.children.every((c) => typeof c === 'string')) {
      return void out.push(`${indent}<${node.name}${attributes}>${node.children.map((c) => escapeText(c as string)).join('')}</${node.name}>\n`);
    }
    out.push(`${indent}<${node.name}${attributes}>\n`);
    for (const child of node.children) {
      if (typeof child === 'string') out.push(escapeText(child));
      else write(child, depth + 1);
    }
    out.push(`${indent}</${node.name}>\n`);
  };
  write(root, 0);
  return out.join('');
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u;

/**
 * A GUID the schema accepts for an entity: its own when it has the right shape, otherwise one derived
 * from it (stable across exports, so a partner tool sees the same code as the same code).
 */
export function exportGuid(guid: string, salt = ''): string {
  const lower = guid.toLowerCase();
  if (salt === '' && GUID.test(lower)) return lower;
  const hex = createHash('sha1').update(`${salt}:${lower}`).digest('hex');
  // A name-based (version 5) UUID layout.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
