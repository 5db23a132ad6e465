import type { Font } from '@pdf-lib/fontkit';
import { beginText, endText, PDFHexString, PDFName, PDFNumber, PDFOperator, PDFOperatorNames, popGraphicsState, pushGraphicsState, setFillingColor, setFontAndSize, setTextMatrix, setTextRenderingMode, TextRenderingMode, type PDFArray, type PDFDocument, type PDFFont, type PDFObject, type PDFPage, type RGB } from 'pdf-lib';
import type { PdfFace } from './pdfFonts';
import { guessedDirection } from './pdfText';

/** What extracted text cannot hold: NUL, lone surrogates and noncharacters (the JSON keeps them). */
const NOT_TEXT = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\u{1FFFE}\u{1FFFF}\u{10FFFE}\u{10FFFF}]/gu;

function safeText(value: string): string {
  return value.replace(NOT_TEXT, '\uFFFD');
}

/** A PDF text string, UTF-16BE with BOM; what text cannot hold becomes U+FFFD, as extractors would make it anyway. */
export function textString(value: string): PDFHexString {
  const safe = safeText(value);
  let hex = 'FEFF';
  for (let i = 0; i < safe.length; i++) hex += safe.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return PDFHexString.of(hex);
}

/** Joiners and direction marks: they shape or steer the text, and are not seen. */
const INVISIBLE = /^[\u200C-\u200F]$/u;

/** One glyph to draw: its code in the font, where it stands (points) and what its ToUnicode says. */
export interface GlyphItem {
  code: string;
  x: number;
  width: number;
  /** The characters the font's ToUnicode map gives this glyph. */
  unicode: string;
}

/** Glyphs drawn one after another; `actual`, when set, is the exact text they stand for (/ActualText). */
export interface GlyphSegment {
  items: GlyphItem[];
  actual?: string;
}

/** The glyphs of `text` left to right as pdf-lib draws them, starting at x. */
export function layoutGlyphs(face: PdfFace, text: string, size: number, x: number): GlyphItem[] {
  const hex = face.font.encodeText(text).asString();
  // The same (cached) layout encodeText just made: fontkit's glyphs carry the code points pdf-lib writes as ToUnicode.
  const font = (face.font as unknown as { embedder: { font: Font } }).embedder.font;
  const glyphs = font.layout(text).glyphs;
  const scale = size / font.unitsPerEm;
  let at = x;
  return glyphs.map((glyph, i) => {
    const width = glyph.advanceWidth * scale;
    const item = { code: hex.slice(i * 4, i * 4 + 4), x: at, width, unicode: String.fromCodePoint(...glyph.codePoints) };
    at += width;
    return item;
  });
}

/**
 * Writes glyphs in the order extractors should read them, each where it is seen. MuPDF reads a
 * page's glyphs in the order they are drawn and guesses each glyph's direction from its Unicode
 * value, a neutral (space, full stop, bracket) taking the direction of the glyph before it in
 * the same text object (left to right at the start of one); glyphs of one direction drawn away
 * from where the last one ended start a new line. So a right-to-left run is drawn glyph by glyph
 * from its right end (MuPDF takes that as logical order and keeps it), and where it opens with
 * a neutral, a zero-width right-to-left mark is drawn first under an empty /ActualText: it sets
 * the guess and adds no text for readers that honour ActualText.
 */
export class GlyphWriter {
  private readonly keys = new WeakMap<PDFPage, Map<PDFFont, PDFName>>();
  /** The direction MuPDF gave the last character it read on this line (it persists across text objects). */
  private last: 0 | 1 | undefined;

  constructor(
    private readonly doc: PDFDocument,
    private readonly marks: PdfFace,
  ) {}

  private fontKey(page: PDFPage, font: PDFFont): PDFName {
    let keys = this.keys.get(page);
    if (!keys) this.keys.set(page, (keys = new Map()));
    let key = keys.get(font);
    if (!key) {
      key = page.node.newFontDictionary(font.name, font.ref);
      keys.set(font, key);
    }
    return key;
  }

  /** A new line: MuPDF starts one anyway, so no direction carries over. */
  startLine(): void {
    this.last = undefined;
  }

  /**
   * Draws a run of one direction, its glyphs given in reading order (a right-to-left run's from
   * the right). In a right-to-left run, a neutral that MuPDF would guess left to right (at the
   * start, or after a European terminator such as %) gets a right-to-left mark before it; a
   * character MuPDF always takes as left to right (% after European digits) that follows
   * left-to-right text carries its text on a zero-width right-to-left mark instead, so MuPDF
   * sees the change of direction rather than a jump back.
   */
  drawRun(page: PDFPage, face: PdfFace, segments: GlyphSegment[], rtl: boolean, at: { y: number; size: number; color: RGB }): void {
    const ops: PDFOperator[] = [pushGraphicsState(), beginText(), setFillingColor(at.color)];
    const runFont = this.fontKey(page, face.font);
    const markFont = this.fontKey(page, this.marks.font);
    let font: PDFName | undefined;
    const emit = (actual: string | undefined, ...parts: { font: PDFName; items: GlyphItem[]; invisible?: boolean; stretch?: number }[]) => {
      if (actual !== undefined) ops.push(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Span'), this.doc.context.obj({ ActualText: textString(actual) }) as unknown as PDFName]));
      for (const part of parts) {
        if (font !== part.font) ops.push(setFontAndSize((font = part.font), at.size));
        if (part.invisible) ops.push(setTextRenderingMode(TextRenderingMode.Invisible));
        const k = part.stretch ?? 1;
        ops.push(setTextMatrix(k, 0, 0, 1 / k, part.items[0]!.x, at.y), PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [this.adjusted(part.items, at.size * k)]));
        if (part.invisible) ops.push(setTextRenderingMode(TextRenderingMode.Fill));
      }
      if (actual !== undefined) ops.push(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
    };
    const rlm = (x: number) => ({ font: markFont, items: layoutGlyphs(this.marks, '\u200F', at.size, x), invisible: true });
    // pdf-op-run's guess for the next glyph: each text object starts left to right.
    let guess: 0 | 1 = 0;
    for (const segment of segments) {
      let part: GlyphItem[] = [];
      const flush = () => {
        if (part.length > 0) emit(segment.actual, { font: runFont, items: part });
        part = [];
      };
      if (segment.actual === '') {
        emit('', { font: runFont, items: segment.items });
        for (const item of segment.items) guess = guessedDirection(item.unicode.codePointAt(0), guess);
        continue;
      }
      const runes = segment.actual === undefined ? 0 : [...safeText(segment.actual)].length;
      if (segment.actual !== undefined && segment.items.length !== runes) {
        // MuPDF gives an ActualText's characters to the span's glyphs one by one and leaves the
        // pen after the last glyph that got one: "[U+200B]" or "[GRINNING FACE]" standing for
        // one character would leave a gap that reads as a space or a line break. So the span
        // opens with as many invisible spaces as it has characters, stretched over the glyphs'
        // width (and as much shorter, so that MuPDF, which measures distances in the glyphs'
        // size, sees them at the text's size); they take the characters, the glyphs none.
        this.last = guess;
        for (const item of segment.items) guess = guessedDirection(item.unicode.codePointAt(0), guess);
        const left = Math.min(...segment.items.map((i) => i.x));
        const right = Math.max(...segment.items.map((i) => i.x + i.width));
        // A combining mark (an emoji's variation selector) takes no room: MuPDF does not move its pen for one.
        const marks = [...safeText(segment.actual)].map((ch) => /^\p{Mn}$/u.test(ch));
        const spaces = layoutGlyphs(this.marks, ' '.repeat(runes), at.size, left);
        const natural = spaces.reduce((sum, item, i) => sum + (marks[i] ? 0 : item.width), 0);
        const stretch = natural > 0 ? Math.round(((right - left) / natural) * 10_000) / 10_000 : 1;
        let x = left;
        spaces.forEach((item, i) => {
          const width = item.width * stretch;
          Object.assign(item, { x, width });
          if (!marks[i]) x += width;
        });
        emit(segment.actual, { font: markFont, items: spaces, invisible: true, stretch }, { font: runFont, items: segment.items });
        continue;
      }
      for (const item of segment.items) {
        const cp = item.unicode.codePointAt(0);
        const inherits = guessedDirection(cp, 1) === 1 && guessedDirection(cp, 0) === 0;
        const start = segment.actual === undefined || part.length === 0;
        if (rtl && start && inherits && guess === 0) {
          flush();
          emit('', rlm(item.x + item.width));
          guess = 1;
        }
        if (rtl && segment.actual === undefined && !inherits && guessedDirection(cp, guess) === 0 && this.last === 0) {
          flush();
          emit(item.unicode, rlm(item.x), { font: runFont, items: [item] });
          guess = 0;
          this.last = 1;
          continue;
        }
        guess = guessedDirection(cp, guess);
        if (start) this.last = guess;
        if (segment.actual === undefined && INVISIBLE.test(item.unicode)) {
          flush();
          emit(undefined, { font: runFont, items: [item], invisible: true });
        } else part.push(item);
      }
      flush();
    }
    if (font === undefined) return;
    ops.push(endText(), popGraphicsState());
    page.pushOperators(...ops);
  }

  /** A TJ array: each glyph's code, and between two glyphs the shift that puts the next where it is seen (`size`: the glyphs' size across the page). */
  private adjusted(items: readonly GlyphItem[], size: number): PDFArray {
    const parts: PDFObject[] = [];
    let codes = '';
    items.forEach((item, i) => {
      codes += item.code;
      const next = items[i + 1];
      if (!next) return;
      const shift = Math.round(((item.x + item.width - next.x) * 1000 * 1000) / size) / 1000;
      if (shift === 0) return;
      parts.push(PDFHexString.of(codes), PDFNumber.of(shift));
      codes = '';
    });
    parts.push(PDFHexString.of(codes));
    return this.doc.context.obj(parts);
  }
}
