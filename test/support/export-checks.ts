// What a downloaded export must be, checked by real consumers (qpdf, libxml2, postal-mime, the
// JSON schema, the package verifier): shared by the Chromium and the Firefox export tests, so
// both browsers' files meet the same bar.
import { unzipSync } from 'fflate';
import PostalMime from 'postal-mime';
import { expect } from 'vitest';
import { pdfCheck } from './pdf';
import { validateXml } from './xml';
import { parseJsonExport } from '../../lib/export/json';
import { verifyPackage } from '../../lib/export/verify';
import type { CaptureRecord } from '../../lib/records/schema';
import { HOSTILE_TEXTS, makePng, makeRecord } from '../lib/export/fixtures';

export const REGISTRAR = 'registrator@tyreso.se';
export const SENDER = 'eva.holm@tyreso.se';
/** The text of the first comment captured from facebook/page-feed.sv.html. */
const KARIN = 'Vilka tider har badhuset öppet på söndagar?';

/** Records with hostile texts (a formula, HTML, right-to-left) to seed beside real captures; the first has a screenshot. */
export async function seedRecords(): Promise<{ records: CaptureRecord[]; png: Uint8Array }> {
  const png = makePng(120, 60, { seed: 7 });
  const registered = { text: HOSTILE_TEXTS.rtl, author: 'Rtl Rtlsson', status: 'registered', diarienummer: 'KS 2024/9' } as const;
  const records = [await makeRecord(1, { text: HOSTILE_TEXTS.formula, author: 'Formel Formelsson', status: 'kept' }, png), await makeRecord(2, { text: HOSTILE_TEXTS.html, author: 'Html Htmlsson' }), await makeRecord(3, registered)];
  return { records, png };
}

/** PDF: one valid PDF per record in a zip, each passing qpdf --check. */
export async function checkPdfZip(name: string, bytes: Uint8Array, count: number) {
  expect(name).toMatch(/^kommentarsvakt-\d{8}-\d{6}-pdf\.zip$/);
  const files = unzipSync(bytes);
  expect(Object.keys(files)).toHaveLength(count);
  for (const [file, pdf] of Object.entries(files)) {
    expect(new TextDecoder().decode(pdf.subarray(0, 5)), file).toBe('%PDF-');
    await expect(pdfCheck(pdf), file).resolves.toBeUndefined();
  }
}

/** CSV: UTF-8 with BOM, semicolons, CRLF, formulas neutralised, the registered record's diarienummer filled in. */
export function checkCsv(bytes: Uint8Array, count: number, registered: CaptureRecord) {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes.subarray(3));
  const lines = text.split('\r\n');
  expect(lines[0]).toBe('ID;Plattform;Typ;Författare;Författarens adress;Text;Permalänk;Sida;Publicerad (som visad);Publicerad;Fångad;Fångad av;Status;SHA-256 innehåll;SHA-256 skärmbild;Diarienummer;Kategori;Skäl för borttagning (§3);Åtgärd;Fångad vid borttagning;Version;Version av');
  expect(lines).toHaveLength(count + 2);
  expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
  expect(lines.find((l) => l.startsWith(registered.id))).toMatch(/;Diarieförd;[0-9a-f]{64};;KS 2024\/9;[^;]*;[^;]*;[^;]*;;1;$/);
}

/** JSON: valid by the documented schema, text verbatim, the audit kept. */
export function checkJson(bytes: Uint8Array, count: number, seeded: CaptureRecord[]) {
  const parsed = parseJsonExport(new TextDecoder().decode(bytes));
  expect(parsed.records).toHaveLength(count);
  expect(parsed.records.find((r) => r.id === seeded[1]!.id)!.text).toBe(HOSTILE_TEXTS.html);
  expect(parsed.audit.filter((a) => a.recordId === seeded[0]!.id).length).toBeGreaterThan(1); // capture + earlier exports
}

/** E-ARK: METS.xml and ERMS.xml valid against the schemas, every checksum verified, `pngs` screenshots in it. */
export async function checkEark(name: string, bytes: Uint8Array, count: number, pngs: number) {
  expect(name).toMatch(/^kommentarsvakt-.*\.zip$/);
  const files = unzipSync(bytes);
  const root = Object.keys(files).find((f) => /^[^/]+\/METS\.xml$/.test(f))!;
  const xml = { [root]: 'csip-validate.xsd', [root.replace('METS.xml', 'representations/rep1/METS.xml')]: 'csip-validate.xsd', [root.replace('METS.xml', 'metadata/descriptive/ERMS.xml')]: 'ERMS.xsd' };
  for (const [file, schema] of Object.entries(xml)) await validateXml(`test/fixtures/schemas/${schema}`, files[file]!);
  const report = await verifyPackage(bytes);
  expect(report.problems).toEqual([]);
  expect(report.checkedRecords).toBe(count);
  expect(Object.keys(files).filter((f) => f.endsWith('.png'))).toHaveLength(pngs);
}

/** E-mail to the registrar: a .eml that a MIME parser reads, with one PDF per record. */
export async function checkEml(name: string, bytes: Uint8Array, count: number) {
  expect(name).toMatch(/till-registrator\.eml$/);
  const mail = await PostalMime.parse(bytes);
  expect([mail.to?.[0]?.address, mail.from?.address]).toEqual([REGISTRAR, SENDER]);
  expect(mail.subject).toBe(`Fångade inlägg för registrering (${count} st)`);
  expect(mail.attachments.map((a) => a.mimeType)).toEqual(Array(count).fill('application/pdf'));
  expect(mail.text).toContain(KARIN);
}
