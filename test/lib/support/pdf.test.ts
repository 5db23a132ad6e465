import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfCheck, pdfFonts, pdfImages, pdfInfo, pdfPageCount, pdfPageTexts, pdfText } from '../../support/pdf';
import { makePng } from '../export/fixtures';

// The PDF readers the export tests rely on (test/support/pdf.ts): they must read a good file
// and refuse a broken one, or every check built on them would pass on anything.

async function twoPages(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Prov åäö');
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const first = doc.addPage([300, 300]);
  first.drawText('Första sidan', { x: 20, y: 250, font: bold, size: 14 });
  first.drawText('Rad två på sidan', { x: 20, y: 220, font: regular, size: 12 });
  first.drawImage(await doc.embedPng(makePng(7, 5)), { x: 20, y: 20 });
  doc.addPage([300, 300]).drawText('Andra sidan', { x: 20, y: 250, font: regular, size: 12 });
  return doc.save();
}

/** The file with its last 200 bytes (trailer and cross-reference) cut off, as an aborted download leaves it. */
const truncated = (pdf: Uint8Array): Uint8Array => pdf.slice(0, pdf.length - 200);

/** The file with 200 bytes in the middle of its objects overwritten. */
function corrupted(pdf: Uint8Array): Uint8Array {
  const out = pdf.slice();
  out.fill(0x41, out.length >> 2, (out.length >> 2) + 200);
  return out;
}

describe('test/support/pdf.ts', () => {
  it('reads the pages, their text in order, the title, fonts and images of a good file', async () => {
    const pdf = await twoPages();
    await pdfCheck(pdf);
    expect(await pdfPageCount(pdf)).toBe(2);
    expect(await pdfPageTexts(pdf)).toEqual(['Första sidan\n\nRad två på sidan\n', 'Andra sidan\n']);
    expect(await pdfText(pdf)).toBe('Första sidan\n\nRad två på sidan\n\fAndra sidan\n\f');
    expect(await pdfInfo(pdf)).toMatchObject({ pages: 2, title: 'Prov åäö' });
    expect(await pdfFonts(pdf)).toEqual([
      { name: 'Helvetica-Bold', embedded: false, type: 'Type1' },
      { name: 'Helvetica', embedded: false, type: 'Type1' },
    ]);
    const images = await pdfImages(pdf);
    expect(images.map(({ page, kind, width, height }) => ({ page, kind, width, height }))).toEqual([{ page: 0, kind: 'image', width: 7, height: 5 }]);
    expect(images[0]!.samples).toHaveLength(7 * 5 * images[0]!.components);
  });

  it('reports a font as embedded when its descriptor carries the font program', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([100, 100]);
    const program = doc.context.register(doc.context.flateStream(new Uint8Array([0, 1, 0, 0])));
    const descriptor = doc.context.register(doc.context.obj({ Type: 'FontDescriptor', FontName: 'ABCDEF+Prov', Flags: 32, FontBBox: [0, 0, 1000, 1000], ItalicAngle: 0, Ascent: 800, Descent: -200, CapHeight: 700, StemV: 80, FontFile2: program }));
    const font = doc.context.register(doc.context.obj({ Type: 'Font', Subtype: 'TrueType', BaseFont: 'ABCDEF+Prov', FirstChar: 32, LastChar: 32, Widths: [250], FontDescriptor: descriptor }));
    page.node.setFontDictionary(PDFName.of('F1'), font);
    expect(await pdfFonts(await doc.save())).toEqual([{ name: 'ABCDEF+Prov', embedded: true, type: 'TrueType' }]);
  });

  it('pdfCheck refuses a truncated and a corrupted file with qpdf\'s message', async () => {
    const pdf = await twoPages();
    await expect(pdfCheck(truncated(pdf))).rejects.toThrow(/qpdf --check failed[\s\S]*startxref/);
    await expect(pdfCheck(corrupted(pdf))).rejects.toThrow(/qpdf --check failed/);
    await expect(pdfCheck(new TextEncoder().encode('not a pdf'))).rejects.toThrow(/qpdf --check failed/);
    expect(process.exitCode).toBeFalsy();
  });

  it('the readers refuse a truncated and a corrupted file instead of returning what MuPDF could salvage', async () => {
    const pdf = await twoPages();
    for (const broken of [truncated(pdf), corrupted(pdf)]) {
      await expect(pdfText(broken)).rejects.toThrow(/qpdf --check failed/);
      await expect(pdfPageCount(broken)).rejects.toThrow(/qpdf --check failed/);
      await expect(pdfFonts(broken)).rejects.toThrow(/qpdf --check failed/);
      await expect(pdfImages(broken)).rejects.toThrow(/qpdf --check failed/);
    }
  });
});
