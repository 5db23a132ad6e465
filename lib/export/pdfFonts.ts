import fontkit, { type Font, type Glyph } from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { mendSubsetter } from './fontkitSubset';

/**
 * The fonts a PDF draws with, all embedded and subset to the glyphs used (PDF/A-2b allows no
 * font that is not embedded). Noto Sans covers Latin (Swedish, Finnish, Polish, Northern Sami,
 * Somali), Greek and Cyrillic; Noto Naskh Arabic covers Arabic and Persian; Noto Sans Ethiopic
 * covers Tigrinya and Amharic. All three are SIL Open Font License 1.1.
 */
const FONT_URLS = {
  regular: new URL('../../node_modules/@embedpdf/fonts-latin/fonts/NotoSans-Regular.ttf', import.meta.url),
  bold: new URL('../../node_modules/@embedpdf/fonts-latin/fonts/NotoSans-Bold.ttf', import.meta.url),
  arabic: new URL('../../node_modules/@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Regular.ttf', import.meta.url),
  // A static TrueType made from @fontsource-variable's variable WOFF2 (./fonts/README.md).
  ethiopic: new URL('./fonts/NotoSansEthiopic-Regular.ttf', import.meta.url),
} as const;
type FontName = keyof typeof FONT_URLS;

/** Subset fonts carry a six-letter tag (ISO 32000-1 9.6.4); fixed, so the same input gives the same bytes. */
const SUBSET_NAMES: Record<FontName, string> = {
  regular: 'KVSANS+NotoSans-Regular',
  bold: 'KVSANB+NotoSans-Bold',
  arabic: 'KVNASK+NotoNaskhArabic-Regular',
  ethiopic: 'KVETHI+NotoSansEthiopic-Regular',
};

interface NodeProcess {
  getBuiltinModule?: (name: 'fs') => { readFileSync(url: URL): Uint8Array };
}

/** The extension fetches its own packaged file; Node (tests, tools) reads it from disk. */
async function readAsset(url: URL): Promise<Uint8Array> {
  if (url.protocol === 'file:') {
    const fs = (globalThis as { process?: NodeProcess }).process?.getBuiltinModule?.('fs');
    if (!fs) throw new Error(`Cannot read ${url.href}`);
    return new Uint8Array(fs.readFileSync(url));
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font ${url.pathname}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

interface Loaded {
  bytes: Uint8Array;
  cmap: ReadonlySet<number>;
}
const cache = new Map<FontName, Promise<Loaded>>();
/**
 * One parsed Font per font file for every document: parsing (GSUB, GPOS, cmap) is most of the
 * cost of a PDF, about half a second each. fontkit caches a glyph with the code points it was
 * first asked for, and a subset's composite parts are asked for with none; pdf-lib's ToUnicode
 * map reads them, so a glyph cached without code points gets them from the next layout that
 * knows them (else a later document's "A" after an "Å" would extract as nothing).
 */
const parsed = new WeakMap<Uint8Array, Font>();
type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0];
const sharedFontkit: PdfLibFontkit = {
  create: (bytes: Uint8Array, postscriptName?: string) => (parsed.get(bytes) ?? fontkit.create(bytes, postscriptName)) as ReturnType<PdfLibFontkit['create']>,
};

/** Shaped runs kept per font: past this many, the cache starts again (an export of long texts). */
const LAYOUT_CACHE_SIZE = 20_000;

function share(font: Font): Font {
  // Shaping (GSUB/GPOS lookups) was most of a PDF's time, and pdf-lib shapes every run twice
  // (its width to wrap the line, its glyphs to draw it); the labels and headings repeat in
  // every document of an export. A run's glyphs depend only on the text and the layout's
  // arguments, and pdf-lib only reads them, so the same run is shaped once per export.
  const layout = font.layout.bind(font) as (...args: unknown[]) => ReturnType<Font['layout']>;
  const runs = new Map<string, ReturnType<Font['layout']>>();
  (font as { layout: unknown }).layout = (text: string, ...rest: unknown[]) => {
    const key = rest.length === 0 || rest.every((a) => a === undefined) ? text : `${text}\u0000${JSON.stringify(rest)}`;
    let run = runs.get(key);
    if (!run) {
      if (runs.size >= LAYOUT_CACHE_SIZE) runs.clear();
      run = layout(text, ...rest);
      runs.set(key, run);
    }
    return run;
  };
  keepJoinersAndMarks(font);
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id: number, codePoints?: number[]) => {
    const glyph = getGlyph(id, codePoints);
    if (glyph.codePoints.length === 0 && codePoints && codePoints.length > 0) (glyph as { codePoints: number[] }).codePoints = codePoints;
    return glyph;
  };
  return font;
}

/** ZWNJ, ZWJ, LRM, RLM: drawn with the font's own zero-width glyph where it has one. */
const OWN_GLYPH_IGNORABLES = new Set([0x200c, 0x200d, 0x200e, 0x200f]);

interface LayoutEngine {
  hideDefaultIgnorables(glyphs: Glyph[], positions: { xAdvance: number; yAdvance: number }[]): void;
}

/**
 * fontkit swaps every default-ignorable character for the space glyph, which pdf-lib then draws
 * a space wide (it reads the glyph's own advance) and maps back to U+0020: Persian's ZWNJ
 * (می‌خواهم) showed as a gap and extracted as a space. The Noto fonts have zero-width glyphs
 * for the joiners and the direction marks, so those keep their own glyph and code point.
 */
function keepJoinersAndMarks(font: Font): void {
  const engine = (font as unknown as { _layoutEngine: LayoutEngine })._layoutEngine;
  const hide = engine.hideDefaultIgnorables.bind(engine);
  engine.hideDefaultIgnorables = (glyphs, positions) => {
    const own = glyphs.map((g) => (OWN_GLYPH_IGNORABLES.has(g.codePoints[0] ?? -1) && g.id !== 0 ? g : undefined));
    hide(glyphs, positions);
    own.forEach((g, i) => {
      if (!g) return;
      glyphs[i] = g;
      positions[i]!.xAdvance = g.advanceWidth;
    });
  };
}

function load(name: FontName): Promise<Loaded> {
  let entry = cache.get(name);
  if (!entry) {
    entry = readAsset(FONT_URLS[name]).then((bytes) => {
      const font = fontkit.create(bytes);
      mendSubsetter(font);
      parsed.set(bytes, share(font));
      return { bytes, cmap: new Set(font.characterSet) };
    });
    entry.catch(() => cache.delete(name));
    cache.set(name, entry);
  }
  return entry;
}

export interface PdfFace {
  font: PDFFont;
  has(cp: number): boolean;
  /** Arabic-script fonts: their runs are shaped right to left by fontkit. */
  rtl: boolean;
}

/** The faces of one document, in fallback order. */
export interface PdfFontSet {
  regular: PdfFace;
  bold: PdfFace;
  /** Regular text: Noto Sans, then the script fonts the document needs. */
  fallbacks: readonly PdfFace[];
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const ETHIOPIC = /[\u1200-\u139F\u2D80-\u2DDF\uAB00-\uAB2F]|[\u{1E7E0}-\u{1E7FF}]/u;

/**
 * Embeds the fonts `sample` (every string the document will draw, in any order) needs: Noto
 * Sans always, the Arabic and Ethiopic faces only when such characters occur, so a Swedish
 * record carries no unused font.
 */
export async function embedFonts(doc: PDFDocument, sample: string): Promise<PdfFontSet> {
  doc.registerFontkit(sharedFontkit);
  const face = async (name: FontName, rtl = false): Promise<PdfFace> => {
    const { bytes, cmap } = await load(name);
    const font = await doc.embedFont(bytes, { subset: true, customName: SUBSET_NAMES[name] });
    return { font, has: (cp) => cmap.has(cp), rtl };
  };
  const regular = await face('regular');
  const bold = await face('bold');
  const fallbacks = [regular];
  if (ARABIC.test(sample)) fallbacks.push(await face('arabic', true));
  if (ETHIOPIC.test(sample)) fallbacks.push(await face('ethiopic'));
  return { regular, bold, fallbacks };
}
