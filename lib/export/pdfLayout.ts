import { clip, endPath, PageSizes, PDFHexString, PDFName, PDFOperator, PDFOperatorNames, popGraphicsState, pushGraphicsState, rectangle, rgb, type PDFDocument, type PDFImage, type PDFPage, type RGB } from 'pdf-lib';
import type { PdfFace, PdfFontSet } from './pdfFonts';
import { embeddingLevels, pickFaces, prepareLine, visualRuns } from './pdfText';
import { splitLines } from './winAnsi';

const [PAGE_WIDTH, PAGE_HEIGHT] = PageSizes.A4;
const MARGIN = 50;
const FOOTER_SPACE = 30;
const TEXT_COLOUR = rgb(0, 0, 0);
const MUTED_COLOUR = rgb(0.35, 0.35, 0.35);

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

/** UTF-16BE with BOM, code unit by code unit: a lone surrogate in the capture stays as it was. */
function textString(value: string): PDFHexString {
  let hex = 'FEFF';
  for (let i = 0; i < value.length; i++) hex += value.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return PDFHexString.of(hex);
}

interface TextOpts {
  size?: number;
  bold?: boolean;
  indent?: number;
  muted?: boolean;
}

/**
 * Flows text top to bottom over as many A4 pages as it needs, in embedded fonts only. Each line
 * is drawn in visual order and wrapped in a marked-content span whose /ActualText is the line's
 * exact characters, so extraction gives the logical text. `coded` counts characters shown as
 * [U+XXXX] and `named` emoji shown by name.
 */
export class PdfFlow {
  private page: PDFPage;
  private y: number;
  private readonly widths = new Map<string, number>();
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
    const key = `${this.fonts.fallbacks.indexOf(face)}|${face === this.fonts.bold ? 'b' : ''}|${size}|${s}`;
    let w = this.widths.get(key);
    if (w === undefined) {
      w = face.font.widthOfTextAtSize(s, size);
      this.widths.set(key, w);
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
   * Draws shown[start..end) at baseline y, in visual order, inside one /ActualText span holding
   * `actual`. Right-to-left paragraphs end at `right`, others start at `left`.
   */
  private drawLine(page: PDFPage, line: { shown: string; faces: PdfFace[]; levels: ReturnType<typeof embeddingLevels>; start: number; end: number; actual: string }, at: { left: number; right: number; y: number; size: number; color: RGB }): void {
    if (line.actual === '') return;
    const runs = visualRuns(line.shown, line.levels, line.faces, line.start, line.end).map((run) => ({ ...run, width: this.width(run.face, at.size, run.text) }));
    const total = runs.reduce((sum, r) => sum + r.width, 0);
    const rtl = ((line.levels.paragraphs[0]?.level ?? 0) & 1) === 1;
    let x = rtl ? at.right - total : at.left;
    // A property list inline in BDC is valid content-stream syntax; pdf-lib's operand type just leaves dictionaries out.
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Span'), this.doc.context.obj({ ActualText: textString(line.actual) }) as unknown as PDFName]));
    for (const run of runs) {
      if (run.text.trim() !== '') page.drawText(run.text, { x, y: at.y, size: at.size, font: run.face.font, color: at.color });
      x += run.width;
    }
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }

  /** Wrapped lines of untrusted or own text at x offset `indent`. */
  text(value: string, opts: TextOpts = {}): void {
    const size = opts.size ?? 10;
    const indent = opts.indent ?? 0;
    const lineHeight = size * 1.3;
    const faceList = opts.bold ? [this.fonts.bold, ...this.fonts.fallbacks] : this.fonts.fallbacks;
    for (const raw of splitLines(value)) {
      const prepared = prepareLine(raw, this.canDraw, this.emojiName);
      this.coded += prepared.coded;
      this.named += prepared.named;
      const shown = prepared.pieces.map((p) => p.shown).join('');
      const faces = pickFaces(shown, faceList);
      const levels = embeddingLevels(shown);
      const ranges = wrapRanges(shown, this.contentWidth - indent, (s, e) => this.measure(shown, faces, size, s, e));
      // Each piece's exact characters go with the line where its shown form starts.
      const actual = ranges.map(() => '');
      let offset = 0;
      let r = 0;
      for (const piece of prepared.pieces) {
        while (r + 1 < ranges.length && offset >= ranges[r + 1]!.start) r++;
        actual[r] += piece.orig;
        offset += piece.shown.length;
      }
      ranges.forEach((range, i) => {
        this.ensure(lineHeight);
        this.y -= lineHeight;
        this.drawLine(this.page, { shown, faces, levels, ...range, actual: actual[i]! }, { left: MARGIN + indent, right: MARGIN + this.contentWidth, y: this.y + size * 0.25, size, color: opts.muted ? MUTED_COLOUR : TEXT_COLOUR });
      });
    }
  }

  /** One line of own text (a label, a footer) at a fixed place, unwrapped. */
  private label(page: PDFPage, value: string, at: { x: number; y: number; size: number; bold?: boolean; color: RGB; alignRight?: boolean }): void {
    const prepared = prepareLine(value, this.canDraw, this.emojiName);
    const shown = prepared.pieces.map((p) => p.shown).join('');
    const faces = pickFaces(shown, at.bold ? [this.fonts.bold, ...this.fonts.fallbacks] : this.fonts.fallbacks);
    const width = this.measure(shown, faces, at.size, 0, shown.length);
    const left = at.alignRight ? at.x - width : at.x;
    this.drawLine(page, { shown, faces, levels: embeddingLevels(shown), start: 0, end: shown.length, actual: value }, { left, right: left + width, y: at.y, size: at.size, color: at.color });
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
