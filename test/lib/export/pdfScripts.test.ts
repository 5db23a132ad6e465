import { readFileSync } from 'node:fs';
import * as mupdf from 'mupdf';
import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { buildRecordPdf } from '../../../lib/export/pdf';
import { embedFonts } from '../../../lib/export/pdfFonts';
import { pdfCheck, pdfFonts, pdfText } from '../../support/pdf';
import { EXPORTED_AT, PROFILE, makeRecord } from './fixtures';

interface Sample {
  lang: string;
  author: string;
  text: string;
}
interface Payload {
  id: string;
  text: string | { repeat: string; length: number };
}

const samples = (JSON.parse(readFileSync('test/fixtures/languages/samples.json', 'utf8')) as { samples: Sample[] }).samples;
const payloads = (JSON.parse(readFileSync('test/fixtures/hostile/payloads.json', 'utf8')) as { payloads: Payload[] }).payloads;
const payloadText = ({ text: t }: Payload) => (typeof t === 'string' ? t : t.repeat.repeat(Math.ceil(t.length / t.repeat.length)).slice(0, t.length));

/** Wrapping turns spaces into line breaks and the engine may add some: compare without any whitespace. */
const squeeze = (s: string) => s.replace(/\s+/gu, '');
/** Wrapping turns spaces into line breaks: compare with each run of whitespace as one space. */
const words = (s: string) => s.replace(/\s+/gu, ' ').trim();

async function pdfOf(text: string, author = 'Kalle Änglund') {
  const record = await makeRecord(1, { text, author });
  return buildRecordPdf({ record, audit: [], exportedBy: PROFILE, exportedAt: EXPORTED_AT });
}

/** The text between the "Text" heading and the next heading, as MuPDF extracts it, without the page footers. */
function capturedPart(all: string): string {
  all = all.replace(/\nKommentarsvakt · [^\n]*\n(Sida \d+ av \d+\n)?/g, '\n').replace(/\nSida \d+ av \d+\n/g, '\n');
  const start = all.indexOf('\nText\n') + '\nText\n'.length;
  const end = all.search(/\n(\d+ tecken|\d+ emoji|Skärmbild)/);
  return all.slice(start, end > start ? end : undefined);
}

describe('record PDF text in every script', () => {
  for (const sample of samples) {
    it(`gives back the captured ${sample.lang} text and author through MuPDF, in embedded fonts only`, async () => {
      const pdf = await pdfOf(sample.text, sample.author);
      await pdfCheck(pdf);
      const text = await pdfText(pdf);
      // Word for word and in reading order: only the line breaks where the text wraps may differ.
      expect(words(capturedPart(text))).toBe(words(sample.text));
      expect(words(text)).toContain(words(sample.author));
      const fonts = await pdfFonts(pdf);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((f) => !f.embedded)).toEqual([]);
      if (sample.lang === 'ti') expect(fonts.map((f) => f.name)).toContain('KVETHI+NotoSansEthiopic-Regular');
      if (['ar', 'fa'].includes(sample.lang)) expect(fonts.map((f) => f.name)).toContain('KVNASK+NotoNaskhArabic-Regular');
    });
  }

  // Lines where the directions meet: each comes back through MuPDF word for word, in reading order.
  const mixed = [
    'Hej محمد, tack för svaret!',
    'Hej محمد الأحمد (Tyresö) – välkommen.',
    'العدد ١٢٣١ كبير، والعدد 456 أيضاً.',
    'Mötet är ١٠:٣٠ i salen.',
    'رسوم ٢٥٪ و 10% فقط',
    'x % y سلام % سلام',
    'لا أعرف، کلاس‌ها (SFI) «جدید» هستند؟',
    'شكراً 😀 لكم',
    'سلام\u200Bدنیا و abc\u202Etxt.exe',
    'سلام '.repeat(40) + 'Tyresö 2024 ' + 'می‌خواهم '.repeat(30),
    'راجعوا الموقع https://www.tyreso.se/bibliotek للمزيد (الساعات: 10-18). رقم الهاتف 08-578 291 00!',
    'جلسه ساعت ۱۷:۰۰ برگزار می‌شود «لطفاً» زود بیایید؛ هزینه ۲۰٪ کمتر است.',
    'Kommentar: "هذا غير مقبول!!!" skrev hen 2024-03-05 kl. 17:00 – ok?',
    'أنا أحب تيريسو ❤️ كثيراً 👍🏽 شكراً',
  ];
  for (const line of mixed) {
    it(`gives back the mixed-direction line "${line.slice(0, 40)}"`, async () => {
      const text = capturedPart(await pdfText(await pdfOf(line)));
      expect(words(text)).toBe(words(line));
    });
  }

  for (const payload of payloads) {
    it(`gives back hostile payload "${payload.id}"`, async () => {
      const captured = payloadText(payload);
      const pdf = await pdfOf(captured);
      await pdfCheck(pdf);
      const text = capturedPart(await pdfText(pdf));
      // NUL, lone surrogates and noncharacters are not text: the PDF's ActualText has U+FFFD for them (the JSON keeps them).
      // A word longer than the line is broken between characters: there, only whitespace aside.
      const same = /\S{60}/u.test(captured) ? squeeze : words;
      const expected = same(captured.replace(/\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFDD0-\uFDEF\uFFFE\uFFFF]/g, '\uFFFD'));
      expect(same(text)).toBe(expected);
    }, 180_000);
  }
});

describe('Persian zero-width non-joiner', () => {
  it('takes no room and keeps its own code point, so می‌خواهم is one word on the page and in the text', async () => {
    const doc = await PDFDocument.create();
    const { fallbacks } = await embedFonts(doc, 'می‌خواهم');
    const naskh = fallbacks.find((f) => f.rtl)!.font;
    expect(naskh.widthOfTextAtSize('\u200C', 10)).toBe(0);
    // Drawn as the space glyph it was a space wide: the word with ZWNJ is narrower than the two words.
    expect(naskh.widthOfTextAtSize('می‌خواهم', 10)).toBeLessThan(naskh.widthOfTextAtSize('می خواهم', 10));
  });
});

describe('record PDF for the e-archive', () => {
  it('is PDF/A-2b: XMP with pdfaid part 2 conformance B, an sRGB output intent, a document ID, embedded fonts only', async () => {
    const record = await makeRecord(5, { diarienummer: 'KS 2024/123', category: 'remove', removalReasons: ['personal-attack'], action: 'register' });
    const pdf = await buildRecordPdf({ record, audit: [{ recordId: record.id, at: EXPORTED_AT.toISOString(), by: 'Åsa', from: 'captured', to: 'captured', note: 'Ändrat: removalReasons' }], exportedBy: PROFILE, exportedAt: EXPORTED_AT });
    await pdfCheck(pdf);
    const doc = mupdf.Document.openDocument(pdf, 'application/pdf') as mupdf.PDFDocument;
    const root = doc.getTrailer().get('Root');
    const xmp = root.get('Metadata').readStream().asString();
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(xmp).toContain(`Kommentar från Facebook (KS 2024/123)`);
    const intent = root.get('OutputIntents').get(0);
    expect(intent.get('S').asName()).toBe('GTS_PDFA1');
    expect(intent.get('DestOutputProfile').get('N').asNumber()).toBe(3);
    // An ICC profile: its header says 'acsp' at byte 36 and the RGB colour space.
    const icc = intent.get('DestOutputProfile').readStream().asUint8Array();
    expect(new TextDecoder().decode(icc.subarray(36, 40))).toBe('acsp');
    expect(new TextDecoder().decode(icc.subarray(16, 20))).toBe('RGB ');
    expect(doc.getTrailer().get('ID').length).toBe(2);
    const fonts = await pdfFonts(pdf);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    expect(fonts.every((f) => /^[A-Z]{6}\+Noto/.test(f.name))).toBe(true);
    // The registrar's fields come first, in words; the audit trail names no internal field.
    const text = await pdfText(pdf);
    const head = text.slice(0, text.indexOf('Uppgifter'));
    for (const expected of ['Diarienummer', 'KS 2024/123', 'Kategori', 'Kränkande inlägg och sekretessbelagda uppgifter', 'Skäl för borttagning (§3)', 'Personangrepp (§3)', 'Åtgärd', 'Diarieföra']) expect(head).toContain(expected);
    expect(text).toContain('Ändrat: skäl för borttagning');
    expect(text).not.toContain('removalReasons');
  });
});
