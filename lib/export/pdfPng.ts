import { unzlibSync, zlibSync } from 'fflate';
import { PDFImage, PngEmbedder, type PDFContext, type PDFDocument, type PDFRef } from 'pdf-lib';

/**
 * PNG screenshots into a PDF without pdf-lib's JavaScript re-compression.
 *
 * pdf-lib's embedPng decodes every PNG to RGBA and deflates the pixels again with pako (a
 * JavaScript zlib): for an export of 1,000 screenshots that was the largest single cost. Here:
 * - 8-bit RGB or grey, not interlaced (what captureVisibleTab writes): the PNG's own IDAT data
 *   is already a zlib stream with PNG row filters, which PDF reads as it is (FlateDecode with
 *   PNG predictors, ISO 32000-1 §7.4.4.4): nothing is decoded or compressed.
 * - 8-bit RGBA or grey+alpha, not interlaced (what the capture's canvas crop writes): inflated
 *   and unfiltered here, the alpha split off (dropped when fully opaque), and the pixels
 *   deflated by the browser's native zlib (CompressionStream) where there is one.
 * Anything else (palette, 16-bit, interlaced, transparency chunk) returns undefined, and the
 * caller uses pdf-lib's own embedPng, which handles every PNG.
 */

interface PngParts {
  width: number;
  height: number;
  colorType: number;
  idat: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The header and concatenated image data of a PNG this module handles, else null. */
export function readPng(bytes: Uint8Array): PngParts | null {
  if (bytes.length < 33 || SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let header: { width: number; height: number; colorType: number } | null = null;
  const idat: Uint8Array[] = [];
  for (let at = 8; at + 12 <= bytes.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(bytes[at + 4]!, bytes[at + 5]!, bytes[at + 6]!, bytes[at + 7]!);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (data.length !== length) return null;
    if (type === 'IHDR') {
      const [bitDepth, colorType, compression, filter, interlace] = data.subarray(8, 13);
      if (bitDepth !== 8 || compression !== 0 || filter !== 0 || interlace !== 0 || ![0, 2, 4, 6].includes(colorType!)) return null;
      header = { width: view.getUint32(at + 8), height: view.getUint32(at + 12), colorType: colorType! };
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'tRNS') return null; // transparency by colour key: pdf-lib's path
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (!header || header.width === 0 || header.height === 0 || idat.length === 0) return null;
  const joined = idat.length === 1 ? idat[0]! : concat(idat);
  // A zlib header (RFC 1950 §2.2), so damaged data goes to pdf-lib, which refuses it with a message.
  if (joined.length < 2 || (joined[0]! & 0x0f) !== 8 || ((joined[0]! << 8) | joined[1]!) % 31 !== 0) return null;
  return { ...header, idat: joined };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Reverses the PNG row filters (PNG spec §9): the raw samples, row after row, without filter bytes. */
export function unfilter(data: Uint8Array, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  if (data.length < height * (stride + 1)) throw new Error('PNG image data is shorter than its size');
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const prev = row - stride;
    for (let x = 0; x < stride; x++) {
      const raw = data[src + x]!;
      const a = x >= bpp ? out[row + x - bpp]! : 0;
      const b = y > 0 ? out[prev + x]! : 0;
      let v: number;
      if (filter === 0) v = raw;
      else if (filter === 1) v = raw + a;
      else if (filter === 2) v = raw + b;
      else if (filter === 3) v = raw + ((a + b) >> 1);
      else if (filter === 4) {
        const c = x >= bpp && y > 0 ? out[prev + x - bpp]! : 0;
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v = raw + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      } else throw new Error(`PNG row filter ${filter} is not defined`);
      out[row + x] = v & 0xff;
    }
  }
  return out;
}

/** zlib (RFC 1950) compression, as FlateDecode wants: the browser's native zlib where it has one. */
async function zlib(bytes: Uint8Array): Promise<Uint8Array> {
  if (typeof CompressionStream === 'function') {
    // Straight from the bytes: a Blob would copy them to the browser process and back.
    const source = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    });
    const stream = source.pipeThrough(new CompressionStream('deflate') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }
  return zlibSync(bytes, { level: 6 });
}

interface ImageStreams {
  width: number;
  height: number;
  colorSpace: 'DeviceRGB' | 'DeviceGray';
  /** The colour samples, zlib-compressed; `predictor` when they still carry PNG row filters. */
  data: Uint8Array;
  predictor?: { colors: number; columns: number };
  /** The alpha samples, zlib-compressed, when not fully opaque. */
  alpha?: Uint8Array;
}

/** The image's PDF streams, or null when this PNG is for pdf-lib's general path. */
export async function pngImageStreams(bytes: Uint8Array): Promise<ImageStreams | null> {
  const png = readPng(bytes);
  if (!png) return null;
  const { width, height, colorType } = png;
  const colors = colorType === 0 || colorType === 4 ? 1 : 3;
  const colorSpace = colors === 1 ? 'DeviceGray' : 'DeviceRGB';
  if (colorType === 0 || colorType === 2) return { width, height, colorSpace, data: png.idat, predictor: { colors, columns: width } };
  const bpp = colors + 1;
  const pixels = unfilter(unzlibSync(png.idat), width, height, bpp);
  const color = new Uint8Array(width * height * colors);
  const alpha = new Uint8Array(width * height);
  let opaque = true;
  for (let i = 0, c = 0, p = 0; i < alpha.length; i++, p += bpp) {
    for (let k = 0; k < colors; k++) color[c++] = pixels[p + k]!;
    const a = pixels[p + colors]!;
    alpha[i] = a;
    if (a !== 255) opaque = false;
  }
  return { width, height, colorSpace, data: await zlib(color), ...(opaque ? {} : { alpha: await zlib(alpha) }) };
}

/**
 * Embeds a PNG into `doc` by the fast paths above; undefined when the PNG needs pdf-lib's
 * embedPng. Throws on a PNG whose image data is damaged.
 */
export async function embedPngFast(doc: PDFDocument, bytes: Uint8Array): Promise<PDFImage | undefined> {
  const img = await pngImageStreams(bytes);
  if (!img) return undefined;
  const embedIntoContext = (context: PDFContext, ref?: PDFRef): Promise<PDFRef> => {
    const base = { Type: 'XObject', Subtype: 'Image', BitsPerComponent: 8, Width: img.width, Height: img.height, Filter: 'FlateDecode' };
    const smask = img.alpha ? context.register(context.stream(img.alpha, { ...base, ColorSpace: 'DeviceGray' })) : undefined;
    const decodeParms = img.predictor ? { Predictor: 15, Colors: img.predictor.colors, BitsPerComponent: 8, Columns: img.predictor.columns } : undefined;
    const stream = context.stream(img.data, { ...base, ColorSpace: img.colorSpace, DecodeParms: decodeParms, SMask: smask });
    if (!ref) return Promise.resolve(context.register(stream));
    context.assign(ref, stream);
    return Promise.resolve(ref);
  };
  // pdf-lib (pinned at 1.17.1) accepts only its own embedder classes: an object with
  // PngEmbedder's prototype and our embedIntoContext passes its check and is used as one.
  const embedder = Object.assign(Object.create(PngEmbedder.prototype) as object, { width: img.width, height: img.height, bitsPerComponent: 8, colorSpace: img.colorSpace, embedIntoContext }) as unknown as PngEmbedder;
  const image = PDFImage.of(doc.context.nextRef(), doc, embedder);
  // Embedded now: the image is not in the document's own list, so save() would not do it.
  await image.embed();
  return image;
}
