import { clip, endPath, PageSizes, PDFHexString, PDFName, PDFOperator, PDFOperatorNames, popGraphicsState, pushGraphicsState, rectangle, rgb, type PDFDocument, type PDFImage, type PDFPage, type RGB } from 'pdf-lib';
import type { PdfFace, PdfFontSet } from './pdfFonts';
import { embeddingLevels, pickFaces, prepareLine, visualRuns, type Piece } from './pdfText';
import { splitLines } from './winAnsi';

const [PAGE_WIDTH, PAGE_HEIGHT] = PageSizes.A4;
const MARGIN = 50;
const FOOTER_SPACE = 30;
const TEXT_COLOUR = rgb(0, 0, 0);
const MUTED_COLOUR = rgb(0.35, 0.35, 0.35);
/** Widths of short strings (words, labels) by font, size and text, shaped once: layout is the costly part of a PDF. */
const WIDTHS = new Map<string, number>();

export interface LineRange {
  start: number;
  /** End of the line's content: spaces where it wrapped are left out. */
  end: number;
}

/** Greedy word wrap over index ranges; words wider than the line are broken between characters. */
export function wrapRanges(line: string, width: number, measure: (start: number, end: number) => number): LineRange[] {
  const out: LineRange[] = [];
  let start = 0;
  let end = 0;
  let used = 0;
  for (const m of line.matchAll(/ +|[^ ]+/g)) {
    const s = m.index;
    const e = s + m[0].length;
    const w = measure(s, e);
    const space = m[0].startsWith(' ');
    if (used + w <= width) {
      used += w;
      if (!space) end = e;
    } else if (space) {
      out.push({ start, end });
      start = end = e;
      used = 0;
    } else if (w <= width) {
      out.push({ start, end });
      start = s;
      end = e;
      used = w;
    } else {
      for (let i = s; i < e; ) {
        const n = i + ((line.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
        const cw = measure(i, n);
        if (used + cw > width && used > 0) {
          out.push({ start, end });
          start = i;
          used = 0;
        }
        end = n;
        used += cw;
        i = n;
      }
    }
  }
  out.push({ start, end });
  return out;
}

/** wrapLine as strings, for callers that measure whole strings. */
export function wrapLine(line: string, width: number, measure: (s: string) => number): string[] {
  return wrapRanges(line, width, (s, e) => measure(line.slice(s, e))).map((r) => line.slice(r.start, r.end));
}

/** What extracted text cannot hold: NUL, lone surrogates and noncharacters (the JSON keeps them). */
const NOT_TEXT = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\u{1FFFE}\u{1FFFF}\u{10FFFE}\u{10FFFF}]/gu;

/** A PDF text string, UTF-16BE with BOM; what text cannot hold becomes U+FFFD, as extractors would make it anyway. */
function textString(value: string): PDFHexString {
  const safe = value.replace(NOT_TEXT, '\uFFFD');
  let hex = 'FEFF';
  for (let i = 0; i < safe.length; i++) hex += safe.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return PDFHexString.of(hex);
}

interface TextOpts {
  size?: number;
  bold?: boolean;
  indent?: number;
  muted?: boolean;
}

/**
 * Flows text top to bottom over as many A4 pages as it needs, in embedded fonts only, each line
 * in visual order, with /ActualText where the glyphs are not the text, so extraction gives the
 * captured text. `coded` counts characters shown as [U+XXXX] and `named` emoji shown by name.
 */
export class PdfFlow {
  private page: PDFPage;
  private y: number;
  coded = 0;
  named = 0;

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: PdfFontSet,
    private readonly emojiName: (emoji: string) => string = () => 'EMOJI',
  ) {
    this.page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.y = PAGE_HEIGHT - MARGIN;
  }

  /** Kept for callers that count replacements: what could not be drawn as itself. */
  get replaced(): number {
    return this.coded + this.named;
  }

  get contentWidth(): number {
    return PAGE_WIDTH - 2 * MARGIN;
  }

  private readonly canDraw = (cp: number): boolean => this.fonts.fallbacks.some((f) => f.has(cp));

  private width(face: PdfFace, size: number, s: string): number {
    if (s.length > 40) return face.font.widthOfTextAtSize(s, size);
    // Subset fonts have fixed names (lib/export/pdfFonts.ts), so a width holds for every document.
    const key = `${face.font.name}|${size}|${s}`;
    let w = WIDTHS.get(key);
    if (w === undefined) {
      if (WIDTHS.size > 50_000) WIDTHS.clear();
      w = face.font.widthOfTextAtSize(s, size);
      WIDTHS.set(key, w);
    }
    return w;
  }

  private measure(shown: string, faces: readonly PdfFace[], size: number, start: number, end: number): number {
    let total = 0;
    for (let i = start; i < end; ) {
      let j = i + 1;
      while (j < end && faces[j] === faces[i]) j++;
      total += this.width(faces[i]!, size, shown.slice(i, j));
      i = j;
    }
    return total;
  }

  private ensure(height: number): void {
    if (this.y - height < MARGIN + FOOTER_SPACE) {
      this.page = this.doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
      this.y = PAGE_HEIGHT - MARGIN;
    }
  }

  space(height: number): void {
    this.y -= height;
  }

  private span(page: PDFPage, actual: string, draw: () => void): void {
    // A property list inline in BDC is valid content-stream syntax; pdf-lib's operand type just leaves dictionaries out.
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Span'), this.doc.context.obj({ ActualText: textString(actual) }) as unknown as PDFName]));
    draw();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }

  /**
   * Draws shown[start..end) at baseline y in visual order. Where the drawn glyphs are not the
   * text (a right-to-left run, a character shown as [U+XXXX] or [EMOJI NAME]) they sit in a
   * marked-content span whose /ActualText holds the exact characters, kept as small as it can
   * be, as extractors (MuPDF, poppler) expect. Right-to-left paragraphs end at `right`.
   */
  private drawLine(page: PDFPage, line: { shown: string; faces: PdfFace[]; levels: ReturnType<typeof embeddingLevels>; start: number; end: number; pieces: readonly Piece[]; pieceAt: Int32Array; pieceStart: Int32Array }, at: { left: number; right: number; y: number; size: number; color: RGB }): void {
    const runs = visualRuns(line.shown, line.levels, line.faces, line.start, line.end).map((run) => ({ ...run, width: this.width(run.face, at.size, run.text) }));
    const total = runs.reduce((sum, r) => sum + r.width, 0);
    const rtl = ((line.levels.paragraphs[0]?.level ?? 0) & 1) === 1;
    let x = rtl ? at.right - total : at.left;
    const draw = (text: string, face: PdfFace) => {
      if (text.trim() !== '') page.drawText(text, { x, y: at.y, size: at.size, font: face.font, color: at.color });
    };
    // Exact characters of the pieces that start in [lo, hi].
    const origOf = (lo: number, hi: number) => {
      let out = '';
      for (let i = lo; i <= hi; i++) if (line.pieceStart[line.pieceAt[i]!] === i) out += line.pieces[line.pieceAt[i]!]!.orig;
      return out;
    };
    for (const run of runs) {
      if (run.reordered) {
        this.span(page, origOf(run.lo, run.hi), () => draw(run.text, run.face));
        x += run.width;
        continue;
      }
      for (let a = run.lo; a <= run.hi; ) {
        const piece = line.pieces[line.pieceAt[a]!]!;
        const plain = piece.orig === piece.shown;
        let b = a + 1;
        while (b <= run.hi && (plain ? line.pieces[line.pieceAt[b]!]!.orig === line.pieces[line.pieceAt[b]!]!.shown : line.pieceAt[b] === line.pieceAt[a])) b++;
        const text = line.shown.slice(a, b);
        if (plain) draw(text, run.face);
        else this.span(page, origOf(a, b - 1), () => draw(text, run.face));
        x += this.width(run.face, at.size, text);
        a = b;
      }
    }
  }

  private prepare(value: string, bold: boolean | undefined) {
    const prepared = prepareLine(value, this.canDraw, this.emojiName);
    const shown = prepared.pieces.map((p) => p.shown).join('');
    const pieceAt = new Int32Array(shown.length);
    const pieceStart = new Int32Array(prepared.pieces.length);
    let offset = 0;
    prepared.pieces.forEach((piece, i) => {
      pieceStart[i] = offset;
      pieceAt.fill(i, offset, offset + piece.shown.length);
      offset += piece.shown.length;
    });
    const faces = pickFaces(shown, bold ? [this.fonts.bold, ...this.fonts.fallbacks] : this.fonts.fallbacks);
    return { ...prepared, shown, faces, levels: embeddingLevels(shown), pieceAt, pieceStart };
  }

  /** Wrapped lines of untrusted or own text at x offset `indent`. */
  text(value: string, opts: TextOpts = {}): void {
    const size = opts.size ?? 10;
    const indent = opts.indent ?? 0;
    const lineHeight = size * 1.3;
    for (const raw of splitLines(value)) {
      const line = this.prepare(raw, opts.bold);
      this.coded += line.coded;
      this.named += line.named;
      const ranges = wrapRanges(line.shown, this.contentWidth - indent, (s, e) => this.measure(line.shown, line.faces, size, s, e));
      for (const range of ranges) {
        this.ensure(lineHeight);
        this.y -= lineHeight;
        this.drawLine(this.page, { ...line, ...range }, { left: MARGIN + indent, right: MARGIN + this.contentWidth, y: this.y + size * 0.25, size, color: opts.muted ? MUTED_COLOUR : TEXT_COLOUR });
      }
    }
  }

  /** One line of own text (a label, a footer) at a fixed place, unwrapped. */
  private label(page: PDFPage, value: string, at: { x: number; y: number; size: number; bold?: boolean; color: RGB; alignRight?: boolean }): void {
    const line = this.prepare(value, at.bold);
    const width = this.measure(line.shown, line.faces, at.size, 0, line.shown.length);
    const left = at.alignRight ? at.x - width : at.x;
    this.drawLine(page, { ...line, start: 0, end: line.shown.length }, { left, right: left + width, y: at.y, size: at.size, color: at.color });
  }

  heading(value: string, size = 13): void {
    this.ensure(size * 3);
    this.space(size * 0.6);
    this.text(value, { size, bold: true });
    this.space(size * 0.3);
  }

  /** A row of a two-column table: bold label on the left, wrapped value on the right. */
  field(label: string, value: string, labelWidth = 150): void {
    const size = 10;
    this.ensure(size * 1.3);
    this.label(this.page, label, { x: MARGIN, y: this.y - size * 1.3 + size * 0.25, size, bold: true, color: TEXT_COLOUR });
    this.text(value === '' ? '–' : value, { indent: labelWidth });
  }

  /** The image scaled down (never up) to fit the line width and one page's height. */
  image(img: PDFImage): void {
    const maxHeight = PAGE_HEIGHT - 2 * MARGIN - FOOTER_SPACE;
    const scale = Math.min(1, this.contentWidth / img.width, maxHeight / img.height);
    const width = img.width * scale;
    const height = img.height * scale;
    this.ensure(height + 4);
    this.y -= height + 4;
    this.page.drawImage(img, { x: MARGIN, y: this.y, width, height });
  }

  /**
   * An image taller than a page (a full-page screenshot), scaled to the line width (never up)
   * and continued on as many pages as it needs: each page draws the whole image, clipped to
   * the band that belongs there.
   */
  tallImage(img: PDFImage): void {
    const scale = Math.min(1, this.contentWidth / img.width);
    const width = img.width * scale;
    const height = img.height * scale;
    let shown = 0;
    while (shown < height - 0.01) {
      this.ensure(40);
      const room = this.y - MARGIN - FOOTER_SPACE;
      const band = Math.min(room, height - shown);
      const bottom = this.y - band;
      this.page.pushOperators(pushGraphicsState(), rectangle(MARGIN, bottom, width, band), clip(), endPath());
      this.page.drawImage(img, { x: MARGIN, y: this.y + shown - height, width, height });
      this.page.pushOperators(popGraphicsState());
      shown += band;
      this.y = bottom;
      if (shown < height - 0.01) this.ensure(this.y);
    }
    this.y -= 4;
  }

  /** "Sida n av m" and a fixed left text on every page, drawn once all pages exist. */
  footers(left: string): void {
    const pages = this.doc.getPages();
    pages.forEach((page, i) => {
      this.label(page, left, { x: MARGIN, y: MARGIN - 10, size: 8, color: MUTED_COLOUR });
      this.label(page, `Sida ${i + 1} av ${pages.length}`, { x: PAGE_WIDTH - MARGIN, y: MARGIN - 10, size: 8, color: MUTED_COLOUR, alignRight: true });
    });
  }
}
