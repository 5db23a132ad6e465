import { describe, expect, it } from 'vitest';
import { buildRecordPdf } from '../../../lib/export/pdf';
import { wrapLine } from '../../../lib/export/pdfLayout';
import { toWinAnsi } from '../../../lib/export/winAnsi';
import { pdfCheck, pdfInfo, pdfPageCount, pdfText } from '../../support/pdf';
import { EXPORTED_AT, HOSTILE_TEXTS, PROFILE, auditFor, hostileRecords, makePng, makeRecord } from './fixtures';

/** Checks the PDF's structure with qpdf and returns its text as a PDF reader (MuPDF) reads it. */
async function checkPdf(bytes: Uint8Array): Promise<string> {
  await pdfCheck(bytes);
  return pdfText(bytes);
}

describe('toWinAnsi', () => {
  const drawable = new Set([...Array.from({ length: 95 }, (_, i) => i + 0x20), 0xe5, 0xe4, 0xf6]);
  it('keeps Swedish letters and shows everything else as a visible code', () => {
    expect(toWinAnsi('åäö\u202E\u0000\uD800😀\tx', drawable)).toEqual({ text: 'åäö[U+202E][U+0000][U+D800][U+1F600]    x', replaced: 4 });
  });
});

describe('wrapLine', () => {
  const measure = (s: string): number => s.length;
  it('wraps at spaces and breaks words longer than the line', () => {
    expect(wrapLine('aaa bbb ccc', 7, measure)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapLine('abcdefghij', 4, measure)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapLine('', 4, measure)).toEqual(['']);
  });
});

describe('buildRecordPdf', () => {
  it('makes a valid PDF whose text holds the title, author, comment and digests', async () => {
    const png = makePng(300, 200);
    const record = await makeRecord(1, {}, png);
    const pdf = await buildRecordPdf({ record, screenshot: png, audit: auditFor(record), exportedBy: PROFILE, exportedAt: EXPORTED_AT });
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    const text = await checkPdf(pdf);
    expect(text).toContain('Kommentar från Facebook');
    expect(text).toContain('Kalle Änglund 1');
    expect(text).toContain('Hej! Varför är gatlyktan på Björkvägen släckt? (1)');
    expect(text).toContain(record.contentSha256);
    expect(text).toContain('2024-03-05 13:00:00'); // capturedAt 12:00Z in Stockholm (CET)
    expect(text).toContain('Fångad innan borttagning');
    expect((await pdfInfo(pdf)).title).toMatch(/^Kommentar från Facebook/);
  });

  it('is deterministic for the same input', async () => {
    const record = await makeRecord(2);
    const input = { record, audit: [], exportedBy: PROFILE, exportedAt: EXPORTED_AT };
    expect(await buildRecordPdf(input)).toEqual(await buildRecordPdf(input));
  });

  it('survives every hostile text and gives back its exact characters (ActualText; U+FFFD for NUL and lone surrogates)', async () => {
    const { records, screenshots } = await hostileRecords();
    for (const record of records) {
      const pdf = await buildRecordPdf({ record, screenshot: screenshots.get(record.id), audit: [], exportedBy: PROFILE, exportedAt: EXPORTED_AT });
      const text = await checkPdf(pdf);
      if (record.text === HOSTILE_TEXTS.html) expect(text).toContain('<img src=x onerror=alert(1)>');
      if (record.text === HOSTILE_TEXTS.formula) expect(text).toContain('=HYPERLINK("http://x")');
      if (record.text === HOSTILE_TEXTS.rtl) expect(text).toContain('abc\u202Etxt.exe');
      if (record.text === HOSTILE_TEXTS.zeroWidth) expect(text).toContain('a\u200Bb\u200Cc\u200Dd\uFEFFe');
      if (record.text === HOSTILE_TEXTS.nul) expect(text).toContain('före\uFFFDefter');
      if (record.text === HOSTILE_TEXTS.loneSurrogate) expect(text).toContain('x\uFFFDy');
      if (record.text === HOSTILE_TEXTS.long) {
        // The text wraps: lines are joined to compare.
        expect(text.replace(/\n/g, ' ')).toContain('Lång text med å ä ö och 😀 emoji.');
        expect(await pdfPageCount(pdf)).toBeGreaterThan(20);
      }
    }
  });

  it('says why a screenshot is missing and survives unreadable image bytes', async () => {
    const missing = await makeRecord(3);
    const text = await checkPdf(await buildRecordPdf({ record: missing, audit: [], exportedBy: PROFILE, exportedAt: EXPORTED_AT }));
    expect(text).toContain('Skärmbild saknas: ingen skärmbild begärdes.');
    const broken = await makeRecord(4, {}, new Uint8Array([1, 2, 3]));
    const text2 = await checkPdf(await buildRecordPdf({ record: broken, screenshot: new Uint8Array([1, 2, 3]), audit: [], exportedBy: PROFILE, exportedAt: EXPORTED_AT }));
    expect(text2).toContain('Skärmbilden kunde inte läsas in i PDF-filen');
  });
});
