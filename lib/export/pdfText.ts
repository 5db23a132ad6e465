import bidiFactory, { type EmbeddingLevels } from 'bidi-js';
import type { PdfFace } from './pdfFonts';

/**
 * Untrusted text made drawable: each character is drawn by the first embedded font that has
 * it, lines are laid out in visual order by the Unicode bidi algorithm, and what no font can
 * draw is shown, never dropped. `orig` keeps the exact characters: where the glyphs drawn are
 * not them, they go into the PDF as /ActualText (lib/export/pdfRun.ts), so text copied or
 * extracted from the PDF is the captured text.
 */
export interface Piece {
  orig: string;
  shown: string;
}

export interface PreparedLine {
  pieces: Piece[];
  /** Characters shown as [U+XXXX]: invisible or control characters, and ones no font has. */
  coded: number;
  /** Emoji shown as [THEIR NAME]. */
  named: number;
}

const bidi = bidiFactory();
/** Emoji sequences (flags, families, skin tones) first, then single code points (lone surrogates too). */
const TOKEN = new RegExp('\\p{RGI_Emoji}|[^]', 'gv');
/** Controls, format characters (bidi overrides, zero-width), separators, surrogates, private use, unassigned. */
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]$/u;
const ARABIC_LETTER = /^\p{Script=Arabic}$/u;
const JOINER = new Set([0x200c, 0x200d]);

const code = (cp: number) => `[U+${cp.toString(16).toUpperCase().padStart(4, '0')}]`;

/**
 * Splits one line (no line breaks in it) into what is drawn for each character. `name` gives an
 * emoji's Unicode name (loaded only when a text has emoji).
 */
export function prepareLine(line: string, canDraw: (cp: number) => boolean, name: (emoji: string) => string): PreparedLine {
  const tokens = line.match(TOKEN) ?? [];
  const pieces: Piece[] = [];
  let coded = 0;
  let named = 0;
  tokens.forEach((token, i) => {
    const cp = token.codePointAt(0) ?? 0;
    const single = token.length <= 2 && String.fromCodePoint(cp) === token;
    if (!single || (/\p{Extended_Pictographic}/u.test(token) && !canDraw(cp))) {
      named++;
      pieces.push({ orig: token, shown: `[${name(token)}]` });
    } else if (cp === 0x09) {
      pieces.push({ orig: token, shown: '    ' });
    } else if (JOINER.has(cp) && ARABIC_LETTER.test(tokens[i - 1] ?? '') && ARABIC_LETTER.test(tokens[i + 1] ?? '') && canDraw(cp)) {
      // Persian writes ZWNJ inside words (می‌خواهم): it shapes the word, it is not hidden text.
      pieces.push({ orig: token, shown: token });
    } else if (INVISIBLE.test(token) || cp === 0xad || !canDraw(cp)) {
      coded++;
      pieces.push({ orig: token, shown: code(cp) });
    } else {
      pieces.push({ orig: token, shown: token });
    }
  });
  return { pieces, coded, named };
}

/** The face for each code unit of `shown`: the previous face while it has the character (so neutrals and marks stay in their run), else the first that has it. */
export function pickFaces(shown: string, faces: readonly PdfFace[]): PdfFace[] {
  const out: PdfFace[] = [];
  let prev = faces[0]!;
  for (let i = 0; i < shown.length; ) {
    const cp = shown.codePointAt(i)!;
    const neutral = /^[\p{Script=Common}\p{Script=Inherited}]$/u.test(String.fromCodePoint(cp));
    const face = neutral && prev.has(cp) ? prev : (faces.find((f) => f.has(cp)) ?? faces[0]!);
    const units = cp > 0xffff ? 2 : 1;
    for (let k = 0; k < units; k++) out.push(face);
    prev = face;
    i += units;
  }
  return out;
}

export function embeddingLevels(shown: string): EmbeddingLevels {
  return bidi.getEmbeddingLevels(shown, 'auto');
}

export interface VisualRun {
  text: string;
  face: PdfFace;
  /** The run's logical range in `shown`, inclusive. */
  lo: number;
  hi: number;
  /** At an odd (right-to-left) embedding level. */
  rtl: boolean;
}

const HAS_ARABIC = /\p{Script=Arabic}/u;

function reverseMirrored(s: string): string {
  return [...s]
    .reverse()
    .map((ch) => bidi.getMirroredCharacter(ch) ?? ch)
    .join('');
}

/**
 * The runs of `shown[start..end)` left to right as they are seen. fontkit lays out an
 * Arabic-script run right to left itself (shaping it on the way), so such a run is handed over
 * in logical order; any other right-to-left run (neutrals between Arabic words) is reversed
 * here, and a left-to-right run of Arabic-script digits is reversed so fontkit's reversal
 * puts it back.
 */
export function visualRuns(shown: string, levels: EmbeddingLevels, faces: readonly PdfFace[], start: number, end: number): VisualRun[] {
  if (end <= start) return [];
  // The indices of the whole string come back, with this line's part reordered in place.
  const order = bidi.getReorderedIndices(shown, levels, start, end - 1).slice(start, end);
  const runs: VisualRun[] = [];
  let i = 0;
  while (i < order.length) {
    const first = order[i]!;
    const rtl = (levels.levels[first]! & 1) === 1;
    const face = faces[first]!;
    let j = i + 1;
    while (j < order.length) {
      const k = order[j]!;
      if (faces[k] !== face || ((levels.levels[k]! & 1) === 1) !== rtl || k !== order[j - 1]! + (rtl ? -1 : 1)) break;
      j++;
    }
    const lo = rtl ? order[j - 1]! : first;
    const hi = rtl ? first : order[j - 1]!;
    const logical = shown.slice(lo, hi + 1);
    const arabic = HAS_ARABIC.test(logical);
    runs.push({ text: rtl === arabic ? logical : reverseMirrored(logical), face, lo, hi, rtl });
    i = j;
  }
  return runs;
}

/**
 * The direction MuPDF gives a glyph from its Unicode value (pdf-op-run's guess_bidi_level): 1
 * for right to left; neutrals and weak separators take the previous glyph's.
 */
export function guessedDirection(cp: number | undefined, previous: 0 | 1): 0 | 1 {
  if (cp === undefined) return previous;
  switch (bidi.getBidiCharTypeName(String.fromCodePoint(cp))) {
    case 'R':
    case 'AL':
    case 'AN':
      return 1;
    case 'CS':
    case 'NSM':
    case 'BN':
    case 'B':
    case 'S':
    case 'WS':
    case 'ON':
      return previous;
    default:
      return 0;
  }
}
