import { zlibSync } from 'fflate';
import { contentDigest, sha256Hex } from '../../../lib/records/digests';
import type { AuditEntry, CaptureRecord, Profile } from '../../../lib/records/schema';

/** Test records for the export tests: valid by the record schema, digests computed for real. */

export const PROFILE: Profile = { name: 'Åsa Öberg', title: 'Kommunikatör', unit: 'Kommunikationsenheten' };
export const EXPORTED_AT = new Date('2024-03-05T13:07:09.000Z');

export const HOSTILE_TEXTS = {
  html: '<img src=x onerror=alert(1)>',
  formula: '=HYPERLINK("http://x")',
  rtl: 'abc\u202Etxt.exe',
  zeroWidth: 'a\u200Bb\u200Cc\u200Dd\uFEFFe',
  nul: 'före\u0000efter',
  loneSurrogate: 'x\uD800y',
  long: 'Lång text med å ä ö och 😀 emoji. '.repeat(2858).slice(0, 100_000),
} as const;

let crcTable: Uint32Array | undefined;
function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = crcTable[(crc ^ b) & 0xff]! ^ (crc >>> 8);
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

/**
 * A real RGB PNG of width×height. `noise` fills it with pseudo-random pixels, which do not
 * compress, so a 130×130 image is about 50 kB like a real cropped screenshot.
 */
export function makePng(width: number, height: number, opts: { noise?: boolean; seed?: number } = {}): Uint8Array {
  const raw = new Uint8Array(height * (1 + width * 3));
  let s = opts.seed ?? 1;
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3);
    for (let i = 1; i <= width * 3; i++) {
      if (opts.noise) {
        s = (s * 1103515245 + 12345) >>> 0;
        raw[row + i] = s >>> 24;
      } else raw[row + i] = (i * 7 + y * 3) & 0xff;
    }
  }
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlibSync(raw, { level: opts.noise ? 0 : 6 })),
    chunk('IEND', new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export function uuidFor(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}


type RecordOverrides = Partial<Omit<CaptureRecord, 'contentSha256' | 'screenshot'>>;

/** A record whose contentSha256 is its real digest; with a screenshot when `png` is given. */
export async function makeRecord(n: number, overrides: RecordOverrides = {}, png?: Uint8Array): Promise<CaptureRecord> {
  const base: Omit<CaptureRecord, 'contentSha256'> = {
    id: uuidFor(n),
    schemaVersion: 1,
    platform: 'facebook',
    kind: 'comment',
    key: `facebook:${1000 + n}`,
    pageUrl: 'https://www.facebook.com/tyresokommun',
    permalink: `https://www.facebook.com/tyresokommun/posts/1?comment_id=${1000 + n}`,
    itemId: String(1000 + n),
    author: `Kalle Änglund ${n}`,
    authorUrl: 'https://www.facebook.com/kalle.anglund',
    text: `Hej! Varför är gatlyktan på Björkvägen släckt? (${n})`,
    publishedText: '2 tim',
    publishedAt: '2024-03-05T10:00:00.000Z',
    unreadable: [],
    capturedAt: '2024-03-05T12:00:00.000Z',
    capturedBy: PROFILE,
    screenshot: png
      ? { status: 'ok', mime: 'image/png', width: 1, height: 1, bytes: png.length, sha256: await sha256Hex(png) }
      : { status: 'missing', reason: 'not-requested' },
    status: 'captured',
    ...overrides,
  };
  return { ...base, contentSha256: await contentDigest(base as CaptureRecord) };
}

export function auditFor(record: CaptureRecord): AuditEntry[] {
  return [{ seq: 1, recordId: record.id, at: record.capturedAt, by: 'Åsa Öberg', from: null, to: 'captured', note: 'Fångad innan borttagning' }];
}

/** One record per hostile text, numbered from 100, all with a screenshot. */
export async function hostileRecords(): Promise<{ records: CaptureRecord[]; screenshots: Map<string, Uint8Array> }> {
  const png = makePng(40, 30);
  const records: CaptureRecord[] = [];
  let n = 100;
  for (const text of Object.values(HOSTILE_TEXTS)) {
    records.push(await makeRecord(n++, { text, author: text.length < 100 ? text : 'Lång', authorUrl: text.length < 100 ? text : undefined }, png));
  }
  return { records, screenshots: new Map(records.map((r) => [r.id, png])) };
}
