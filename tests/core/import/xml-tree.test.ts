import { describe, expect, it } from 'vitest';
import { parseXml, XmlFormatError, type XmlElement } from '../../../electron/core/documents/import/xml-tree';

const NS = { 'urn:a': 'a', 'urn:b': 'b' };
const malformed = expect.objectContaining({ name: 'XmlFormatError', reason: 'malformed' });

describe('parseXml', () => {
  it('resolves prefixes through their declarations, with scopes, and keeps unknown namespaces by URI', () => {
    const root = parseXml('<?xml version="1.0"?><!-- c --><x:r xmlns:x="urn:a" xmlns="urn:b" x:k=\'v &amp; w\' k="1"><x:c xmlns:x="urn:b"/><d/><y:e xmlns:y="urn:z"/></x:r>', NS);
    expect(root.name).toBe('a:r');
    expect([...root.attributes]).toEqual([
      ['a:k', 'v & w'],
      ['k', '1'],
    ]);
    expect(root.children.map((child) => (child as XmlElement).name)).toEqual(['b:c', 'b:d', '{urn:z}e']);
  });

  it('decodes the five entities, character references and CDATA, and nothing else', () => {
    const root = parseXml('<a:r xmlns:a="urn:a">&lt;&gt;&amp;&quot;&apos;&#233;&#x1F600;<![CDATA[<&>]]></a:r>', NS);
    expect(root.children.join('')).toBe('<>&"\'é😀<&>');
    for (const text of ['&nbsp;', '&#0;', '&#xD800;', '& x', '&lt']) {
      expect(() => parseXml(`<a:r xmlns:a="urn:a">${text}</a:r>`, NS)).toThrow(malformed);
    }
  });

  it('refuses a DOCTYPE, whatever it declares', () => {
    expect(() => parseXml('<!DOCTYPE r SYSTEM "http://example.com/r.dtd"><r/>', NS)).toThrow(expect.objectContaining({ reason: 'doctype' }));
    expect(() => parseXml('<!DOCTYPE r><r/>', NS)).toThrow(XmlFormatError);
  });

  it.each([
    ['mismatched tags', '<a:r xmlns:a="urn:a"><a:p></a:r></a:p>'],
    ['an unclosed element', '<a:r xmlns:a="urn:a"><a:p>'],
    ['two roots', '<r/><r/>'],
    ['text outside the root', 'texte<r/>'],
    ['an undeclared prefix', '<z:r/>'],
    ['an unterminated comment', '<r><!-- </r>'],
    ['an empty document', ''],
    ['a broken start tag', '<r a=1/>'],
  ])('rejects %s', (_, xml) => {
    expect(() => parseXml(xml, NS)).toThrow(malformed);
  });
});
