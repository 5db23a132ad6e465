import { unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { csvText } from '../../../lib/export/csv';
import { buildEarkPackage } from '../../../lib/export/eark/package';
import { buildRecordPdf } from '../../../lib/export/pdf';
import { sha256Hex } from '../../../lib/records/digests';
import { CaptureRecordSchema } from '../../../lib/records/schema';
import { pdfCheck } from '../../support/pdf';
import { EXPORTED_AT, PROFILE, auditFor, makePng, makeRecord } from '../export/fixtures';

// Issue 6: a full-page screenshot record goes through every export (PDF, CSV, E-ARK).
const MHTML = new TextEncoder().encode('From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\r\n--x--\r\n');

async function pageRecord() {
  const png = makePng(300, 3000);
  const record = await makeRecord(
    900,
    {
      kind: 'page-screenshot',
      key: 'facebook:page:x',
      author: 'Tyresö kommun | Facebook',
      text: '',
      page: { title: 'Tyresö kommun | Facebook', method: 'scroll-stitch', pageWidth: 1280, pageHeight: 4339, viewportWidth: 1280, viewportHeight: 800, devicePixelRatio: 1, slices: 6, truncated: false, mhtml: { bytes: MHTML.length, sha256: await sha256Hex(MHTML) } },
    },
    png,
  );
  return { record, png };
}

describe('exports of a full-page screenshot', () => {
  it('is a valid record of kind page-screenshot', async () => {
    const { record } = await pageRecord();
    expect(CaptureRecordSchema.parse(record)).toEqual(record);
  });

  it('PDF: the tall image continues over several pages, and qpdf finds no error', async () => {
    const { record, png } = await pageRecord();
    const bytes = await buildRecordPdf({ record, screenshot: png, audit: auditFor(record), exportedBy: PROFILE, exportedAt: EXPORTED_AT });
    await pdfCheck(bytes);
    // 3000 px at 300 px wide, never scaled up: about 4 A4 pages of image after the metadata.
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThanOrEqual(4);
  });

  it('CSV: the row says Helsidesbild', async () => {
    const { record } = await pageRecord();
    expect(csvText([record]).split('\r\n')[1]).toContain(';Helsidesbild;Tyresö kommun | Facebook;');
  });

  it('E-ARK: the screenshot and the MHTML copy are in the package with their digests', async () => {
    const { record, png } = await pageRecord();
    const { bytes, summary } = await buildEarkPackage({ records: [record], audit: auditFor(record), exportedBy: PROFILE, exportedAt: EXPORTED_AT, screenshots: new Map([[record.id, png]]), pageArchives: new Map([[record.id, MHTML]]) });
    expect(summary.warnings).toEqual([]);
    const files = unzipSync(bytes);
    const mhtmlPath = Object.keys(files).find((p) => p.endsWith(`${record.id}.mhtml`))!;
    expect(mhtmlPath).toBeDefined();
    expect(await sha256Hex(files[mhtmlPath]!)).toBe(record.page!.mhtml!.sha256);
    expect(summary.files.find((f) => f.path.endsWith('.mhtml'))?.sha256).toBe(record.page!.mhtml!.sha256);
    const ermsPath = Object.keys(files).find((p) => p.endsWith('ERMS.xml'))!;
    expect(new TextDecoder().decode(files[ermsPath])).toContain('recordType="Helsidesbild"');
  });

  it('E-ARK: warns when the MHTML copy is missing', async () => {
    const { record, png } = await pageRecord();
    const { summary } = await buildEarkPackage({ records: [record], audit: auditFor(record), exportedBy: PROFILE, exportedAt: EXPORTED_AT, screenshots: new Map([[record.id, png]]) });
    expect(summary.warnings).toEqual([`Post ${record.id}: sidans MHTML-fil saknas i exporten.`]);
  });
});
