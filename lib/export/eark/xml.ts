/**
 * Escaping for XML 1.0 built as strings. Captured text is untrusted and may hold characters XML
 * 1.0 forbids outright (NUL and other C0 controls, lone surrogates, U+FFFE, U+FFFF): no escape
 * can carry them, so they are replaced by U+FFFD and counted, so the caller can say so. The JSON
 * beside the XML keeps them verbatim.
 */

// Everything outside XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const INVALID_XML_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export interface XmlSafe {
  text: string;
  /** How many characters were replaced by U+FFFD. */
  replaced: number;
}

export function xmlSafe(value: string): XmlSafe {
  let replaced = 0;
  const text = value.replace(INVALID_XML_CHAR, () => {
    replaced++;
    return '\uFFFD';
  });
  return { text, replaced };
}

/** Element content. CR is escaped so a parser's line-end normalisation keeps it. */
export function xmlText(value: string): string {
  return xmlSafe(value)
    .text.replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** Attribute value in double quotes. Tab and line breaks are escaped, else attribute normalisation turns them into spaces. */
export function xmlAttr(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** `name="value"` pairs for the defined values, in the order given. */
export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${xmlAttr(String(value))}"`)
    .join('');
}

/** `<name attrs>text</name>`, or nothing when the text is undefined. */
export function element(name: string, text: string | undefined, attributes: Record<string, string | number | undefined> = {}): string {
  return text === undefined ? '' : `<${name}${attrs(attributes)}>${xmlText(text)}</${name}>`;
}
