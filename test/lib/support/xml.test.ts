import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXml } from '../../support/xml';

// The schema check the export tests rely on (test/support/xml.ts): libxml2 must accept a valid
// document, resolve a schema's imports from the files beside it, and reject an invalid one.

const dir = mkdtempSync(join(tmpdir(), 'kv-xml-'));
writeFileSync(
  join(dir, 'main.xsd'),
  `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:p="urn:part" targetNamespace="urn:main" xmlns="urn:main" elementFormDefault="qualified">
  <xs:import namespace="urn:part" schemaLocation="part.xsd"/>
  <xs:element name="root"><xs:complexType><xs:sequence><xs:element ref="p:count"/></xs:sequence></xs:complexType></xs:element>
</xs:schema>`,
);
writeFileSync(
  join(dir, 'part.xsd'),
  `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:part" elementFormDefault="qualified">
  <xs:element name="count" type="xs:positiveInteger"/>
</xs:schema>`,
);
const doc = (count: string): string => `<?xml version="1.0" encoding="UTF-8"?>\n<root xmlns="urn:main" xmlns:p="urn:part"><p:count>${count}</p:count></root>\n`;

describe('test/support/xml.ts', () => {
  it('accepts a valid document, with the imported schema read from beside the main one', async () => {
    await validateXml(join(dir, 'main.xsd'), doc('3'));
    await validateXml(join(dir, 'main.xsd'), new TextEncoder().encode(doc('12')));
  });

  it('rejects a document the imported schema forbids, with libxml2\'s message', async () => {
    await expect(validateXml(join(dir, 'main.xsd'), doc('-1'))).rejects.toThrow(/main\.xsd rejects the document:[\s\S]*count[\s\S]*positiveInteger/);
  });

  it('rejects a document that is not well-formed, and a truncated one', async () => {
    await expect(validateXml(join(dir, 'main.xsd'), doc('3').replace('</p:count>', '</count>'))).rejects.toThrow(/rejects the document/);
    await expect(validateXml(join(dir, 'main.xsd'), doc('3').slice(0, 60))).rejects.toThrow(/rejects the document/);
  });

  it('validates against the archival schemas in test/fixtures/schemas: a METS document without its required parts fails', async () => {
    const schemas = join(__dirname, '../../fixtures/schemas');
    await expect(validateXml(join(schemas, 'csip-validate.xsd'), '<mets:mets xmlns:mets="http://www.loc.gov/METS/"><mets:bogus/></mets:mets>')).rejects.toThrow(/csip-validate\.xsd rejects the document:[\s\S]*bogus/);
  });
});
