import type { Font } from '@pdf-lib/fontkit';

/**
 * @pdf-lib/fontkit 1.1.1's TrueType subsetter writes a short `loca` (offsets / 2) whenever the
 * subset is small, but copies glyph records of odd length unpadded, so every later glyph starts
 * half a byte off: Noto Sans (long loca, odd-length glyphs) came out with broken outlines in
 * every viewer. Mended on its prototype, once: each glyph record is padded to an even length, as
 * the TrueType spec recommends anyway.
 */
interface GlyphBuffer {
  length: number;
  constructor: new (n: number) => GlyphBuffer;
  fill(v: number): void;
  copy(target: GlyphBuffer): void;
}
interface SubsetInternals {
  glyf: GlyphBuffer[];
  offset: number;
  _addGlyph(gid: number): number;
}

const mended = new WeakSet<object>();

export function mendSubsetter(font: Font): void {
  const proto = Object.getPrototypeOf(font.createSubset()) as SubsetInternals;
  if (mended.has(proto)) return;
  mended.add(proto);
  const original = proto._addGlyph;
  proto._addGlyph = function (this: SubsetInternals, gid: number): number {
    const index = original.call(this, gid);
    const record = this.glyf[index]!;
    if (record.length % 2 === 1) {
      const padded = new record.constructor(record.length + 1);
      padded.fill(0);
      record.copy(padded);
      this.glyf[index] = padded;
      this.offset += 1;
    }
    return index;
  };
}
