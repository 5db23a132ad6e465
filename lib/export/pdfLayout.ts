import { clip, endPath, PageSizes, popGraphicsState, pushGraphicsState, rectangle, rgb, type PDFDocument, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';
import { splitLines, toWinAnsi } from './winAnsi';

const [PAGE_WIDTH, PAGE_HEIGHT] = PageSizes.A4;
const MARGIN = 50;
const FOOTER_SPACE = 30;
const TEXT_COLOUR = rgb(0, 0, 0);
const MUTED_COLOUR = rgb(0.35, 0.35, 0.35);

/** Greedy word wrap; words wider than the line are broken between characters. */
export function wrapLine(line: string, width: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  let current = '';
  let currentWidth = 0;
  for (const token of line.split(/( +)/)) {
    if (token === '') continue;
    const w = measure(token);
    if (currentWidth + w <= width) {
      current += token;
      currentWidth += w;
    } else if (token.startsWith(' ')) {
      out.push(current);
      current = '';
      currentWidth = 0;
    } else if (w <= width) {
      out.push(current.trimEnd());
      current = token;
      currentWidth = w;
    } else {
      for (const ch of token) {
        const cw = measure(ch);
        if (currentWidth + cw > width && current !== '') {
          out.push(current);
          current = '';
          currentWidth = 0;
        }
        current += ch;
        currentWidth += cw;
      }
    }
  }
  out.push(current.trimEnd());
  return out;
}

/**
 * Flows text top to bottom over as many A4 pages as it needs. Every string passes through
 * toWinAnsi, so no input can make pdf-lib throw; `replaced` counts what had to be shown as a code.
 */
export class PdfFlow {
  private page: PDFPage;
  private y: number;
  private readonly widths = new Map<string, number>();
  readonly drawable: ReadonlySet<number>;
  replaced = 0;

  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.drawable = new Set(regular.getCharacterSet());
    this.page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.y = PAGE_HEIGHT - MARGIN;
  }

  get contentWidth(): number {
    return PAGE_WIDTH - 2 * MARGIN;
  }

  private measure(font: PDFFont, size: number, s: string): number {
    // Per-character cache: long texts are measured character by character while wrapping.
    let total = 0;
    for (const ch of s) {
      const key = `${font === this.bold ? 'b' : 'r'}${size}${ch}`;
      let w = this.widths.get(key);
      if (w === undefined) {
        w = font.widthOfTextAtSize(ch, size);
        this.widths.set(key, w);
      }
      total += w;
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

  /** Wrapped lines of untrusted or own text at x offset `indent`. */
  text(value: string, opts: { size?: number; bold?: boolean; indent?: number; muted?: boolean } = {}): void {
    const size = opts.size ?? 10;
    const font = opts.bold ? this.bold : this.regular;
    const indent = opts.indent ?? 0;
    const lineHeight = size * 1.3;
    for (const raw of splitLines(value)) {
      const { text, replaced } = toWinAnsi(raw, this.drawable);
      this.replaced += replaced;
      for (const line of wrapLine(text, this.contentWidth - indent, (s) => this.measure(font, size, s))) {
        this.ensure(lineHeight);
        this.y -= lineHeight;
        if (line !== '') {
          this.page.drawText(line, { x: MARGIN + indent, y: this.y + size * 0.25, size, font, color: opts.muted ? MUTED_COLOUR : TEXT_COLOUR });
        }
      }
    }
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
    const top = this.y;
    const page = this.page;
    const { text } = toWinAnsi(label, this.drawable);
    page.drawText(text, { x: MARGIN, y: top - size * 1.3 + size * 0.25, size, font: this.bold, color: TEXT_COLOUR });
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
    const { text } = toWinAnsi(left, this.drawable);
    pages.forEach((page, i) => {
      const label = `Sida ${i + 1} av ${pages.length}`;
      page.drawText(text, { x: MARGIN, y: MARGIN - 10, size: 8, font: this.regular, color: MUTED_COLOUR });
      const w = this.regular.widthOfTextAtSize(label, 8);
      page.drawText(label, { x: PAGE_WIDTH - MARGIN - w, y: MARGIN - 10, size: 8, font: this.regular, color: MUTED_COLOUR });
    });
  }
}
