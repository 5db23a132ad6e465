/**
 * Untrusted text for places a person reads without a safe view of it (an e-mail body): every
 * character that is invisible, reorders the text around it, or is not a character at all
 * (controls other than line break and tab, format characters such as zero-width spaces and
 * bidirectional overrides, lone surrogates, noncharacters) is written as [U+XXXX], so
 * "abc\u202Etxt.exe" cannot pose as "abcexe.txt". Exact text travels in the JSON.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Co}\p{Zl}\p{Zp}\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

export function visibleText(value: string): string {
  return value.replace(HIDDEN, (ch) => (ch === '\n' || ch === '\t' ? ch : `[U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`));
}

/** The first `max` characters (not splitting a surrogate pair) on one line, with an ellipsis when cut. */
export function excerpt(value: string, max: number): string {
  // Only ASCII whitespace: \s would also eat U+FEFF and other characters visibleText must show.
  const oneLine = value.replace(/[ \t\r\n\f\v]+/g, ' ').replace(/^ | $/g, '');
  const chars = Array.from(oneLine);
  return chars.length <= max ? oneLine : `${chars.slice(0, max).join('')}…`;
}
