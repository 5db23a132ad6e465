// A PDF as its real readers see it, from npm packages so that tests need no system tools:
// MuPDF (the `mupdf` package, WebAssembly) reads text, pages, fonts, images and metadata, and
// qpdf (`@neslinesli93/qpdf-wasm`) runs the same structural `qpdf --check` as the command line.
import { createRequire } from 'node:module';
import createQpdf from '@neslinesli93/qpdf-wasm';
import * as mupdf from 'mupdf';

const QPDF_WASM = createRequire(import.meta.url).resolve('@neslinesli93/qpdf-wasm/dist/qpdf.wasm');

/**
 * Opens the PDF with MuPDF after qpdf's structural check: MuPDF, like most viewers, silently
 * repairs or skips what it cannot parse, and no test should read text out of a file that a
 * stricter reader rejects.
 */
async function open(bytes: Uint8Array): Promise<mupdf.PDFDocument> {
  await pdfCheck(bytes);
  const pdf = mupdf.Document.openDocument(bytes, 'application/pdf').asPDF();
  if (!pdf) throw new Error('not a PDF document');
  return pdf;
}

/** obj[key], or PDF null where obj is not a dictionary or stream (MuPDF's get() throws on null). */
function at(obj: mupdf.PDFObject, key: string | number): mupdf.PDFObject {
  return obj.isDictionary() || obj.isStream() || (obj.isArray() && typeof key === 'number') ? obj.get(key) : mupdf.PDFObject.Null;
}

/** The text of each page in reading order (MuPDF's structured text), each ending in one newline. */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const doc = await open(bytes);
  const pages: string[] = [];
  for (let i = 0; i < doc.countPages(); i++) pages.push(doc.loadPage(i).toStructuredText('preserve-whitespace').asText().replace(/\n*$/, '\n'));
  return pages;
}

/** The text of all pages, each page's text followed by a form feed, as pdftotext prints it ("…\n\f…\n\f"). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await pdfPageTexts(bytes)).map((page) => `${page}\f`).join('');
}

export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  return (await open(bytes)).countPages();
}

/** The document information dictionary's entries that tests read (pdfinfo's Title, Author …). */
export async function pdfInfo(bytes: Uint8Array): Promise<{ pages: number; title?: string; author?: string; subject?: string; creator?: string; producer?: string }> {
  const doc = await open(bytes);
  const meta = (key: string): string | undefined => doc.getMetaData(`info:${key}`) || undefined;
  return { pages: doc.countPages(), title: meta('Title'), author: meta('Author'), subject: meta('Subject'), creator: meta('Creator'), producer: meta('Producer') };
}

export interface PdfFont {
  /** BaseFont, with its subset prefix (ABCDEF+) if any, as pdffonts shows it. */
  name: string;
  /** The font program is in the file (FontFile, FontFile2 or FontFile3; Type 3 fonts always are). */
  embedded: boolean;
  /** The font dictionary's Subtype: Type1, TrueType, Type0, Type3, MMType1. */
  type?: string;
}

/** Every font the pages use (page resources and the forms they draw), once each, like pdffonts. */
export async function pdfFonts(bytes: Uint8Array): Promise<PdfFont[]> {
  const doc = await open(bytes);
  const fonts: PdfFont[] = [];
  const seenFonts = new Set<string>();
  const seenResources = new Set<string>();
  const key = (obj: mupdf.PDFObject, fallback: string): string => (obj.isIndirect() ? `#${obj.asIndirect()}` : fallback);

  const visitResources = (resources: mupdf.PDFObject, where: string): void => {
    if (!resources.isDictionary()) return;
    const id = key(resources, where);
    if (seenResources.has(id)) return;
    seenResources.add(id);
    at(resources, 'Font').forEach((font, name) => {
      const fid = key(font, `${where}/${name}`);
      if (seenFonts.has(fid)) return;
      seenFonts.add(fid);
      const subtype = at(font, 'Subtype');
      const type = subtype.isName() ? subtype.asName() : undefined;
      // A composite font's program hangs off its descendant CIDFont.
      const described = type === 'Type0' ? at(at(font, 'DescendantFonts'), 0) : font;
      const descriptor = at(described, 'FontDescriptor');
      const embedded = type === 'Type3' || ['FontFile', 'FontFile2', 'FontFile3'].some((k) => at(descriptor, k).isStream());
      const base = at(font, 'BaseFont');
      fonts.push({ name: base.isName() ? base.asName() : `[none: ${String(name)}]`, embedded, type });
    });
    at(resources, 'XObject').forEach((xobject, name) => {
      const subtype = at(xobject, 'Subtype');
      if (subtype.isName() && subtype.asName() === 'Form') visitResources(at(xobject, 'Resources'), `${where}/${name}`);
    });
  };

  for (let i = 0; i < doc.countPages(); i++) visitResources(doc.findPage(i).getInheritable('Resources'), `page${i}`);
  return fonts;
}

export interface PdfImage {
  page: number;
  /** 'image' for an image XObject, 'smask' for the soft mask (alpha) that goes with the image before it. */
  kind: 'image' | 'smask';
  width: number;
  height: number;
  /** Colour components per pixel of the decoded samples: 1 grey, 3 RGB (palettes are expanded), 4 CMYK. */
  components: number;
  /** Decoded samples, 8 bits each, row after row, `components` per pixel, no alpha. */
  samples: Uint8Array;
}

/**
 * Every image the pages hold, decoded by MuPDF, like `pdfimages`: page by page, each page's image
 * XObjects (also inside its forms) in resource order, each followed by its soft mask if it has one.
 */
export async function pdfImages(bytes: Uint8Array): Promise<PdfImage[]> {
  const doc = await open(bytes);
  const images: PdfImage[] = [];
  const decode = (page: number, kind: PdfImage['kind'], ref: mupdf.PDFObject): PdfImage => {
    const pixmap = doc.loadImage(ref).toPixmap();
    const width = pixmap.getWidth();
    const height = pixmap.getHeight();
    // n counts the alpha channel too; the samples tests compare carry colour only.
    const n = pixmap.getNumberOfComponents();
    const components = n - pixmap.getAlpha();
    const stride = pixmap.getStride();
    const raw = pixmap.getPixels();
    const samples = new Uint8Array(width * height * components);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        for (let c = 0; c < components; c++) samples[(y * width + x) * components + c] = raw[y * stride + x * n + c]!;
      }
    }
    return { page, kind, width, height, components, samples };
  };
  const visit = (page: number, resources: mupdf.PDFObject, seen: Set<string>): void => {
    at(resources, 'XObject').forEach((xobject) => {
      const id = xobject.isIndirect() ? String(xobject.asIndirect()) : '';
      if (id && seen.has(id)) return;
      if (id) seen.add(id);
      const subtype = at(xobject, 'Subtype');
      if (!subtype.isName()) return;
      if (subtype.asName() === 'Form') visit(page, at(xobject, 'Resources'), seen);
      if (subtype.asName() !== 'Image') return;
      images.push(decode(page, 'image', xobject));
      const smask = at(xobject, 'SMask');
      if (smask.isStream()) images.push(decode(page, 'smask', smask));
    });
  };
  for (let i = 0; i < doc.countPages(); i++) visit(i, doc.findPage(i).getInheritable('Resources'), new Set());
  return images;
}

/**
 * Throws unless qpdf's `--check` finds the file structurally sound (exit 0 and "No syntax or
 * stream encoding errors"), with qpdf's own messages. Warnings (exit 3) count as failure, as they
 * did with the command line run through execFileSync.
 */
export async function pdfCheck(bytes: Uint8Array): Promise<void> {
  const output: string[] = [];
  const capture = (...args: unknown[]): void => void output.push(args.map(String).join(' '));
  // This Emscripten build binds console.log/error when the module is created and ignores
  // print/printErr, so qpdf's output is captured by swapping them for that one synchronous call.
  const { log, error, warn } = console;
  let ready: ReturnType<typeof createQpdf>;
  console.log = capture;
  console.error = capture;
  console.warn = capture;
  try {
    ready = createQpdf({ locateFile: () => QPDF_WASM, thisProgram: 'qpdf' } as Parameters<typeof createQpdf>[0]);
  } finally {
    Object.assign(console, { log, error, warn });
  }
  const qpdf = await ready;
  (qpdf.FS as unknown as { writeFile(path: string, data: Uint8Array): void }).writeFile('/input.pdf', bytes);
  // Its exit handler sets process.exitCode, which would fail the whole test run later.
  const exitCode = process.exitCode;
  let status: number;
  try {
    status = qpdf.callMain(['--check', '/input.pdf']);
  } catch (e) {
    status = (e as { status?: number }).status ?? -1;
    output.push(String(e));
  } finally {
    process.exitCode = exitCode;
  }
  // The program name comes out as Emscripten's placeholder.
  const text = output.join('\n').replace(/^this\.program: /gm, 'qpdf: ');
  if (status !== 0 || !text.includes('No syntax or stream encoding errors')) throw new Error(`qpdf --check failed (exit ${status}):\n${text}`);
}
