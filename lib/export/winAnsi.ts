/**
 * Makes untrusted text drawable with pdf-lib's standard fonts, which only encode WinAnsi
 * (Windows-1252: ASCII, Latin-1 with å ä ö é ü, and a few typographic marks) and throw on
 * anything else. Each character outside it is written visibly as [U+XXXX] instead of being
 * dropped: a hidden right-to-left override, zero-width space or NUL is evidence the registrar
 * should see. The exact text is always in the JSON file beside the PDF.
 */
export interface WinAnsiText {
  text: string;
  /** How many characters were written as [U+XXXX]. */
  replaced: number;
}

/** Invisible in print even though WinAnsi has it: shown by code so it is not lost. */
const SHOW_AS_CODE = new Set([0xad]);

export function toWinAnsi(line: string, drawable: ReadonlySet<number>): WinAnsiText {
  let text = '';
  let replaced = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0x09) text += '    ';
    else if (cp >= 0x20 && drawable.has(cp) && !SHOW_AS_CODE.has(cp)) text += ch;
    else {
      text += `[U+${cp.toString(16).toUpperCase().padStart(4, '0')}]`;
      replaced++;
    }
  }
  return { text, replaced };
}

/** Splits on every kind of line break a captured text may hold (CRLF, CR, LF). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
