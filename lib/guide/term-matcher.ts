/**
 * Whole-word matching of keyword lists, aware of å, ä, ö and every other letter: JavaScript's
 * `\b` only knows ASCII, so "fan" would match inside "fanns" and "röv" inside "prövning".
 *
 * List syntax (keeps the lists plain data that editors can read):
 * - `word`        the whole word only: "fan" matches "fan", not "fanns" or "fantastiskt"
 * - `word*`       words starting with it: "gatlamp*" matches "gatlampan", "gatlamporna"
 * - `*word`       words ending with it: "*jävel" matches "skitjävel"
 * - `*word*`      anywhere inside a word
 * - `two words`   a phrase; any run of whitespace between the words
 * A boundary is only required next to a letter or digit, so "% rabatt" matches "20 % rabatt".
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function termPattern(raw: string): string {
  const term = normalizeForMatching(raw).trim();
  const leadingWild = term.startsWith('*');
  const trailingWild = term.endsWith('*') && term.length > 1;
  const core = term.slice(leadingWild ? 1 : 0, trailingWild ? -1 : undefined);
  const body = core.split(/\s+/).map(escape).join('\\s+');
  const first = core.charAt(0);
  const last = core.charAt(core.length - 1);
  const before = leadingWild ? '[\\p{L}\\p{N}]*' : WORD_CHAR.test(first) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = trailingWild ? '[\\p{L}\\p{N}]*' : WORD_CHAR.test(last) ? '(?![\\p{L}\\p{N}])' : '';
  return `${before}${body}${after}`;
}

/** Lower case and NFC, so "Gatlampan" and a decomposed "ä" match the lists. */
export function normalizeForMatching(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('sv-SE');
}

export interface TermMatcher {
  /** The list entries found in the text, in list order, each once. */
  find(text: string): string[];
  /** The normalized text with every match replaced by spaces (for exception lists). */
  mask(text: string): string;
}

/** Compile a keyword list once; matching is then one pass per entry. */
export function compileTerms(terms: readonly string[]): TermMatcher {
  const compiled = terms
    .filter((t) => t.replace(/\*/g, '').trim().length > 0)
    .map((t) => ({ term: t, re: new RegExp(termPattern(t), 'u'), all: new RegExp(termPattern(t), 'gu') }));
  return {
    find(text: string): string[] {
      const norm = normalizeForMatching(text);
      return compiled.filter(({ re }) => re.test(norm)).map(({ term }) => term);
    },
    mask(text: string): string {
      let norm = normalizeForMatching(text);
      for (const { all } of compiled) norm = norm.replace(all, (m) => ' '.repeat(m.length));
      return norm;
    },
  };
}
