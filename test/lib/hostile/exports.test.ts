import { join } from 'node:path';
import { unzipSync } from 'fflate';
import PostalMime from 'postal-mime';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, buildCsv } from '../../../lib/export/csv';
import { buildEarkPackage } from '../../../lib/export/eark/package';
import { buildRegistrarEmailFile } from '../../../lib/export/eml';
import { buildJson, parseJsonExport } from '../../../lib/export/json';
import { buildRecordPdf } from '../../../lib/export/pdf';
import { verifyRecord } from '../../../lib/records/digests';
import { CaptureRecordSchema, type CaptureRecord } from '../../../lib/records/schema';
import { EXPORTED_AT, PROFILE, auditFor, makeRecord } from '../export/fixtures';
import { pdfCheck, pdfText } from '../../support/pdf';
import { validateXml } from '../../support/xml';
import { PAYLOADS, csvValue, parseCsv } from './payloads';

// Issue 7, hostile input: every payload of test/fixtures/hostile/payloads.json as a record's
// text (and some as author, author link and permalink) through every export function: each
// file stays valid for its real consumer (qpdf --check, a PDF reader, a CSV parser, JSON.parse,
// postal-mime, libxml2 with the METS/CSIP and ERMS schemas; see test/support) and gives the text
// back as documented.

const SCHEMAS = join(import.meta.dirname, '../../fixtures/schemas');
let records: CaptureRecord[];

beforeAll(async () => {
  records = [];
  for (const [i, p] of PAYLOADS.entries()) {
    records.push(await makeRecord(i + 1, { text: p.text, ...(p.author ? { author: p.author } : {}), ...(p.authorUrl ? { authorUrl: p.authorUrl } : {}), ...(p.permalink ? { permalink: p.permalink } : {}) }));
  }
});

describe(`hostile payloads (${PAYLOADS.length}) through every export`, () => {
  it('has at least 50 payloads, each a valid record whose digest verifies', async () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(PAYLOADS.map((p) => p.id)).size).toBe(PAYLOADS.length);
    for (const r of records) {
      expect(CaptureRecordSchema.parse(r)).toEqual(r);
      expect(await verifyRecord(r)).toBe(true);
    }
  });

  it('JSON: parses back with every character, exactly (lone surrogates escaped)', () => {
    const parsed = parseJsonExport(new TextDecoder().decode(buildJson({ records, audit: records.flatMap(auditFor), exportedBy: PROFILE, exportedAt: EXPORTED_AT })));
    for (const [i, p] of PAYLOADS.entries()) {
      const r = parsed.records[i]!;
      expect(r.text, p.id).toBe(p.text);
      expect(r.author, p.id).toBe(p.author ?? records[i]!.author);
      if (p.authorUrl) expect(r.authorUrl, p.id).toBe(p.authorUrl);
      if (p.permalink) expect(r.permalink, p.id).toBe(p.permalink);
    }
  });

  it('CSV: one row per record, each cell the payload with formulas neutralised', () => {
    const bytes = buildCsv(records);
    const rows = parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)));
    expect(rows).toHaveLength(PAYLOADS.length + 1);
    for (const [i, p] of PAYLOADS.entries()) {
      const row = rows[i + 1]!;
      expect(row, p.id).toHaveLength(CSV_COLUMNS.length);
      expect(row[0]).toBe(records[i]!.id);
      expect(row[5], p.id).toBe(csvValue(p.text));
      expect(row[3], p.id).toBe(csvValue(records[i]!.author));
      if (p.permalink) expect(row[6], p.id).toBe(csvValue(p.permalink));
      for (const cell of row) expect(/^[=+\-@\t\r]/.test(cell), `${p.id}: a cell starts a formula: ${cell.slice(0, 20)}`).toBe(false);
    }
  });

  it('PDF: each passes qpdf --check and a PDF reader finds its text', async () => {
    for (const [i, p] of PAYLOADS.entries()) {
      const pdf = await buildRecordPdf({ record: records[i]!, audit: auditFor(records[i]!), exportedBy: PROFILE, exportedAt: EXPORTED_AT });
      await expect(pdfCheck(pdf), p.id).resolves.toBeUndefined();
      const text = (await pdfText(pdf)).replace(/\s+/g, '');
      // A visible run of the payload (letters and digits, which every font has) is in the PDF's text.
      const sample = (p.text.match(/[A-Za-z0-9åäöÅÄÖ]{3,}/g) ?? []).slice(0, 3).map((w) => w.slice(0, 30));
      for (const word of sample) expect(text, `${p.id}: "${word}"`).toContain(word);
      expect(text).toContain(records[i]!.id);
    }
  }, 120_000);

  it('.eml to the registrar: postal-mime reads it, with one PDF per record and each text', async () => {
    const pdfs = await Promise.all(records.map((record) => buildRecordPdf({ record, audit: [], exportedBy: PROFILE, exportedAt: EXPORTED_AT })));
    const eml = await buildRegistrarEmailFile({ records, audit: [], exportedBy: PROFILE, exportedAt: EXPORTED_AT, from: 'eva.holm@tyreso.se', to: 'registrator@tyreso.se', attachments: records.map((r, i) => ({ filename: `${r.id}.pdf`, contentType: 'application/pdf', bytes: pdfs[i]! })) });
    const mail = await PostalMime.parse(eml);
    expect(mail.to?.[0]?.address).toBe('registrator@tyreso.se');
    expect(mail.headers.filter((h) => h.key === 'bcc')).toEqual([]);
    expect(mail.subject).toBe(`Fångade inlägg för registrering (${records.length} st)`);
    expect(mail.attachments.map((a) => a.filename)).toEqual(records.map((r) => `${r.id}.pdf`));
    for (const r of records) expect(mail.text).toContain(r.id);
  }, 180_000);

  it('E-ARK: METS and ERMS valid against the schemas, each record JSON holds the text', async () => {
    const { bytes, summary } = await buildEarkPackage({ records, audit: records.flatMap(auditFor), exportedBy: PROFILE, exportedAt: EXPORTED_AT, screenshots: new Map() });
    const entries = unzipSync(bytes);
    const root = summary.packageId;
    for (const [file, schema] of [['METS.xml', 'csip-validate.xsd'], ['representations/rep1/METS.xml', 'csip-validate.xsd'], ['metadata/descriptive/ERMS.xml', 'ERMS.xsd']] as const) {
      await validateXml(join(SCHEMAS, schema), entries[`${root}/${file}`]!);
    }
    for (const [i, p] of PAYLOADS.entries()) {
      const json = new TextDecoder().decode(entries[`${root}/representations/rep1/data/${records[i]!.id}.json`]!);
      expect(json.includes(JSON.stringify(p.text)) || json.includes(JSON.stringify(p.text.toWellFormed())), p.id).toBe(true);
    }
  }, 180_000);
});
