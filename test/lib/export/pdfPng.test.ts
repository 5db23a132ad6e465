import { zlibSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { embedPngFast, pngImageStreams, unfilter } from '../../../lib/export/pdfPng';
import { buildRecordPdf } from '../../../lib/export/pdf';
import { pdfImages, pdfText, type PdfImage } from '../../support/pdf';
import { EXPORTED_AT, PROFILE, makeRecord } from './fixtures';

// The fast PNG path into the PDFs (lib/export/pdfPng.ts): what a PDF reader (MuPDF, through
// test/support/pdf.ts) decodes from the PDF must be exactly the pixels the PNG holds, for every
// PNG row filter and colour type.

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** Pixels from a small generator: varied enough that every filter has work to do. */
function pixels(width: number, height: number, channels: number, seed: number, alpha: 'opaque' | 'varied' = 'opaque'): Uint8Array {
  const px = new Uint8Array(width * height * channels);
  let s = seed;
  for (let i = 0; i < px.length; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const isAlpha = (channels === 2 || channels === 4) && i % channels === channels - 1;
    px[i] = isAlpha ? (alpha === 'opaque' ? 255 : (s >>> 24) | 1) : (s >>> 24) & (i % 7 === 0 ? 0xff : 0xf0);
  }
  return px;
}

/** Encodes a PNG with the given row filters (cycled), as an encoder choosing per row would. */
function encodePng(px: Uint8Array, width: number, height: number, colorType: number, filters: number[], extra: Uint8Array[] = [], truncate = false): Uint8Array {
  const bpp = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colorType]!;
  const stride = width * bpp;
  const raw = new Uint8Array(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    const f = filters[y % filters.length]!;
    raw[y * (stride + 1)] = f;
    for (let x = 0; x < stride; x++) {
      const cur = px[y * stride + x]!;
      const a = x >= bpp ? px[y * stride + x - bpp]! : 0;
      const b = y > 0 ? px[(y - 1) * stride + x]! : 0;
      const c = x >= bpp && y > 0 ? px[(y - 1) * stride + x - bpp]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][f]!;
      raw[y * (stride + 1) + 1 + x] = (cur - predicted) & 0xff;
    }
  }
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, width);
  new DataView(ihdr.buffer).setUint32(4, height);
  ihdr.set([8, colorType, 0, 0, 0], 8);
  const idat = zlibSync(raw, { level: 6 });
  // Two IDAT chunks, as encoders split large images: they must be joined.
  const half = idat.length >> 1;
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), ...extra, chunk('IDAT', idat.subarray(0, half)), ...(truncate ? [] : [chunk('IDAT', idat.subarray(half))]), chunk('IEND', new Uint8Array())];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

async function pdfWith(png: Uint8Array): Promise<{ pdf: Uint8Array; fast: boolean }> {
  const doc = await PDFDocument.create();
  const image = (await embedPngFast(doc, png)) ?? (await doc.embedPng(png));
  const fast = (await pngImageStreams(png)) !== null;
  doc.addPage([image.width + 20, image.height + 20]).drawImage(image, { x: 10, y: 10 });
  return { pdf: await doc.save(), fast };
}

/** A grey image's samples: one component per pixel. */
function grey(img: PdfImage): Uint8Array {
  expect(img.components).toBe(1);
  return img.samples;
}

function channels(px: Uint8Array, every: number, take: number[]): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < px.length; i += every) for (const k of take) out.push(px[i + k]!);
  return Uint8Array.from(out);
}

describe('PNG into PDF without re-compression in JavaScript', () => {
  const W = 37;
  const H = 23;

  it('RGB: the PNG data is passed through, and the PDF reader reads back the exact pixels for every row filter', async () => {
    const px = pixels(W, H, 3, 1);
    const { pdf, fast } = await pdfWith(encodePng(px, W, H, 2, [0, 1, 2, 3, 4]));
    expect(fast).toBe(true);
    const [img, ...rest] = await pdfImages(pdf);
    expect(rest).toEqual([]);
    expect(img).toMatchObject({ kind: 'image', components: 3, width: W, height: H });
    expect(img!.samples).toEqual(px);
  });

  it('grey: passed through likewise', async () => {
    const px = pixels(W, H, 1, 2);
    const { pdf } = await pdfWith(encodePng(px, W, H, 0, [4, 3, 2, 1, 0]));
    const [img] = await pdfImages(pdf);
    expect(img).toMatchObject({ width: W, height: H });
    expect(grey(img!)).toEqual(px);
  });

  it('opaque RGBA (the capture crop): colour only, no soft mask', async () => {
    const px = pixels(W, H, 4, 3);
    const { pdf, fast } = await pdfWith(encodePng(px, W, H, 6, [1, 4, 0, 2, 3]));
    expect(fast).toBe(true);
    const images = await pdfImages(pdf);
    expect(images).toHaveLength(1);
    expect(images[0]!.samples).toEqual(channels(px, 4, [0, 1, 2]));
  });

  it('RGBA with transparency: colour and a soft mask with the alpha', async () => {
    const px = pixels(W, H, 4, 4, 'varied');
    const { pdf } = await pdfWith(encodePng(px, W, H, 6, [4]));
    const [color, mask] = await pdfImages(pdf);
    expect(color!.samples).toEqual(channels(px, 4, [0, 1, 2]));
    expect(mask).toMatchObject({ kind: 'smask', width: W, height: H });
    expect(grey(mask!)).toEqual(channels(px, 4, [3]));
  });

  it('grey with alpha', async () => {
    const px = pixels(W, H, 2, 5, 'varied');
    const { pdf } = await pdfWith(encodePng(px, W, H, 4, [2, 4]));
    const [image, mask] = await pdfImages(pdf);
    expect(mask).toMatchObject({ kind: 'smask', width: W, height: H });
    expect(grey(image!)).toEqual(channels(px, 2, [0]));
    expect(grey(mask!)).toEqual(channels(px, 2, [1]));
  });

  it('leaves palette images and colour-key transparency to pdf-lib, which still embeds them', async () => {
    const palette = encodePng(new Uint8Array(W * H).fill(1), W, H, 3, [0], [chunk('PLTE', new Uint8Array([0, 0, 0, 200, 100, 50]))]);
    expect(await pngImageStreams(palette)).toBeNull();
    const [img] = await pdfImages((await pdfWith(palette)).pdf);
    expect(img!.samples.subarray(0, 3)).toEqual(new Uint8Array([200, 100, 50]));
    const keyed = encodePng(pixels(W, H, 3, 6), W, H, 2, [0], [chunk('tRNS', new Uint8Array(6))]);
    expect(await pngImageStreams(keyed)).toBeNull();
  });

  it('refuses damaged image data: the record PDF says the screenshot could not be read', async () => {
    // Half the image data: a well-formed PNG file whose zlib stream ends too early.
    const broken = encodePng(pixels(W, H, 4, 7), W, H, 6, [0], [], true);
    await expect(pngImageStreams(broken)).rejects.toThrow();
    const record = await makeRecord(1, {}, broken);
    const pdf = await buildRecordPdf({ record, screenshot: broken, audit: [], exportedBy: PROFILE, exportedAt: EXPORTED_AT });
    expect(await pdfText(pdf)).toContain('Skärmbilden kunde inte läsas in i PDF-filen');
  });

  it('unfilter rejects an undefined row filter and short data', () => {
    expect(() => unfilter(new Uint8Array([5, 0, 0, 0]), 1, 1, 3)).toThrow('PNG row filter 5');
    expect(() => unfilter(new Uint8Array([0, 0]), 1, 1, 3)).toThrow('shorter');
  });

  it('a record PDF with an RGBA screenshot shows the same pixels as the screenshot', async () => {
    const px = pixels(120, 60, 4, 8);
    const png = encodePng(px, 120, 60, 6, [4, 1]);
    const record = await makeRecord(2, {}, png);
    const pdf = await buildRecordPdf({ record, screenshot: png, audit: [], exportedBy: PROFILE, exportedAt: EXPORTED_AT });
    const images = await pdfImages(pdf);
    expect(images).toHaveLength(1);
    expect(images[0]!.samples).toEqual(channels(px, 4, [0, 1, 2]));
  });
});
