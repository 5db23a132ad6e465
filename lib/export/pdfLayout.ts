import { clip, endPath, PageSizes, popGraphicsState, pushGraphicsState, rectangle, rgb, type PDFDocument, type PDFImage, type PDFPage, type RGB } from 'pdf-lib';
import type { PdfFace, PdfFontSet } from './pdfFonts';
import { GlyphWriter, layoutGlyphs, type GlyphItem, type GlyphSegment } from './pdfRun';
import { embeddingLevels, guessedDirection, pickFaces, prepareLine, visualRuns, type Piece } from './pdfText';
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

/** One line of prepared text: its shown characters (what is drawn), the pieces they come from, and the part drawn here. */
interface DrawnLine {
  shown: string;
  faces: PdfFace[];
  levels: ReturnType<typeof embeddingLevels>;
  start: number;
  end: number;
  pieces: readonly Piece[];
  /** The piece each code unit of `shown` belongs to, and where each piece starts. */
  pieceAt: Int32Array;
  pieceStart: Int32Array;
}

/**
 * The glyphs of shown[lo..hi], given in reading order, grouped for drawing: plain glyphs whose
 * ToUnicode is the text go without /ActualText; a glyph that reads otherwise (a mirrored
 * bracket) gets its own; the glyphs of a piece shown otherwise ([U+XXXX], [EMOJI NAME]) share
 * one with the piece's exact characters. If the glyphs' ToUnicode does not line up with the
 * text at all, the whole run carries its text.
 */
function segmentsOf(line: DrawnLine, lo: number, hi: number, read: GlyphItem[]): GlyphSegment[] {
  const piece = (i: number) => line.pieces[line.pieceAt[i]!]!;
  const plain = (i: number) => piece(i).orig === piece(i).shown;
  // Exact characters of the pieces that start in [a, b).
  const origOf = (a: number, b: number) => {
    let out = '';
    for (let i = a; i < b; i++) if (line.pieceStart[line.pieceAt[i]!] === i) out += piece(i).orig;
    return out;
  };
  if (read.reduce((n, item) => n + item.unicode.length, 0) !== hi + 1 - lo) return [{ items: read, actual: origOf(lo, hi + 1) }];
  const segments: (GlyphSegment & { piece?: number })[] = [];
  let at = lo;
  for (const item of read) {
    const a = at;
    const b = (at += item.unicode.length);
    const last = segments[segments.length - 1];
    let allPlain = true;
    for (let i = a; i < b; i++) allPlain &&= plain(i);
    if (a === b) {
      segments.push({ items: [item], actual: '' });
    } else if (!allPlain) {
      if (last && last.piece === line.pieceAt[a]) {
        last.items.push(item);
        last.actual += origOf(a, b);
      } else segments.push({ items: [item], actual: origOf(a, b), piece: line.pieceAt[a] });
    } else if (line.shown.slice(a, b) !== item.unicode) {
      segments.push({ items: [item], actual: line.shown.slice(a, b) });
    } else if (last && last.actual === undefined) {
      last.items.push(item);
    } else segments.push({ items: [item] });
  }
  return segments;
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
  private readonly glyphs: GlyphWriter;
  coded = 0;
  named = 0;

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: PdfFontSet,
    private readonly emojiName: (emoji: string) => string = () => 'EMOJI',
  ) {
    this.page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.y = PAGE_HEIGHT - MARGIN;
    this.glyphs = new GlyphWriter(doc, fonts.regular);
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

  /**
   * Draws shown[start..end) at baseline y, each run where it is seen and in the order it is
   * read (lib/export/pdfRun.ts). Where a glyph's ToUnicode is not the text (a mirrored bracket,
   * a character shown as [U+XXXX] or [EMOJI NAME]) it sits in a marked-content span whose
   * /ActualText holds the exact characters, kept as small as it can be, as extractors (MuPDF,
   * poppler) expect. Right-to-left paragraphs end at `right`.
   */
  private drawLine(page: PDFPage, line: DrawnLine, at: { left: number; right: number; y: number; size: number; color: RGB }): void {
    const runs = visualRuns(line.shown, line.levels, line.faces, line.start, line.end);
    const widths = runs.map((run) => this.width(run.face, at.size, run.text));
    const total = widths.reduce((sum, w) => sum + w, 0);
    const rtl = ((line.levels.paragraphs[0]?.level ?? 0) & 1) === 1;
    let x = rtl ? at.right - total : at.left;
    const placed = runs.map((run, i) => {
      const glyphs = layoutGlyphs(run.face, run.text, at.size, x);
      x += widths[i]!;
      return { run, glyphs };
    });
    // Logical order: the order the text is read in.
    placed.sort((a, b) => a.run.lo - b.run.lo);
    this.glyphs.startLine();
    for (const { run, glyphs } of placed) {
      const read = run.rtl ? [...glyphs].reverse() : glyphs;
      const segments = segmentsOf(line, run.lo, run.hi, read);
      // Arabic-Indic digits read left to right, but MuPDF takes them as right-to-left letters and
      // reverses its whole line when they advance rightwards: they are drawn from the right,
      // each glyph carrying (as ActualText) the digit read at its place in the order drawn.
      if (!run.rtl && segments.every((s) => s.actual === undefined) && glyphs.some((g) => guessedDirection(g.unicode.codePointAt(0), 0) === 1)) {
        const drawn = [...glyphs].reverse();
        this.glyphs.drawRun(page, run.face, drawn.map((item, i) => ({ items: [item], actual: item.unicode === glyphs[i]!.unicode ? undefined : glyphs[i]!.unicode })), true, at);
      } else this.glyphs.drawRun(page, run.face, segments, run.rtl, at);
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
    const levels = embeddingLevels(shown);
    // A character shown as [U+XXXX] or [EMOJI NAME] is one left-to-right unit in one face, so
    // it reads as written and its glyphs stand together for its exact text.
    prepared.pieces.forEach((piece, i) => {
      if (piece.orig === piece.shown) return;
      const start = pieceStart[i]!;
      const end = start + piece.shown.length;
      const level = levels.levels[start]!;
      levels.levels.fill(level + (level & 1), start, end);
      const face = [...piece.shown].every((ch) => faces[start]!.has(ch.codePointAt(0)!)) ? faces[start]! : (bold ? this.fonts.bold : this.fonts.regular);
      faces.fill(face, start, end);
    });
    return { ...prepared, shown, faces, levels, pieceAt, pieceStart };
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
