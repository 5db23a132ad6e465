// bidi-js ships no types; only what lib/export/pdfText.ts uses.
declare module 'bidi-js' {
  export interface EmbeddingLevels {
    levels: Uint8Array;
    paragraphs: { start: number; end: number; level: number }[];
  }
  export interface Bidi {
    getEmbeddingLevels(text: string, direction?: 'ltr' | 'rtl' | 'auto'): EmbeddingLevels;
    /** `end` is the index of the last character, inclusive. */
    getReorderedIndices(text: string, levels: EmbeddingLevels, start?: number, end?: number): number[];
    getMirroredCharacter(char: string): string | null;
    /** The Unicode bidi class: 'L', 'R', 'AL', 'EN', 'AN', 'CS', 'ON' … */
    getBidiCharTypeName(char: string): string;
  }
  export default function bidiFactory(): Bidi;
}
