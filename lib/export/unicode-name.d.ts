// unicode-name ships no types; only what lib/export/pdf.ts uses.
declare module 'unicode-name' {
  /** The name of a character or of a named sequence (an emoji with its modifiers), e.g. "GRINNING FACE". */
  export function unicodeName(char: string | number): string | undefined;
}
