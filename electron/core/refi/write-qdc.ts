import { AppError } from '../../../shared/result';
import type { ExportSnapshot, SnapshotCode } from '../export/snapshot';
import { ORIGIN } from './write-qde';
import { element, exportGuid, serializeXml, type XmlNodeOut } from './xml-writer';

/** The codebook as QDA-XML (REFI-QDA 1.0 Codebook schema): codes with hierarchy, colours, definitions. */
export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

export function renderCodebook(snapshot: ExportSnapshot): string {
  // The schema requires at least one code.
  if (snapshot.codes.length === 0) throw new AppError('INVALID_INPUT', 'The codebook is empty: there is no code to export as QDC');
  const children = new Map<number | null, SnapshotCode[]>();
  for (const code of snapshot.codes) children.set(code.parentId, [...(children.get(code.parentId) ?? []), code]);
  const codeElement = (code: SnapshotCode): XmlNodeOut =>
    element('Code', { guid: exportGuid(code.guid), name: code.name, isCodable: code.isCodable, color: /^#[0-9a-f]{6}$/iu.test(code.color) ? code.color.toLowerCase() : null }, [
      code.description.trim() !== '' && element('Description', {}, [code.description]),
      ...(children.get(code.id) ?? []).map(codeElement),
    ]);
  return serializeXml(
    element(
      'CodeBook',
      {
        xmlns: CODEBOOK_NAMESPACE,
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        'xsi:schemaLocation': `${CODEBOOK_NAMESPACE} http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd`,
        origin: ORIGIN,
      },
      [element('Codes', {}, (children.get(null) ?? []).map(codeElement))],
    ),
  );
}

/** The .qdc file's bytes: UTF-8 without a BOM (the XML declaration comes first). */
export const renderQdc = (snapshot: ExportSnapshot): Uint8Array => new TextEncoder().encode(renderCodebook(snapshot));
