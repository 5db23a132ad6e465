/** Elements every page has many of: a selector made of only these matches (nearly) everything. */
const GENERIC = new Set(['*', 'html', 'body', ':root', 'div', 'span', 'a', 'p', 'section', 'li', 'ul', 'img']);

/** Top-level parts of a selector list ("a, b[x=','] c" → two parts). */
export function selectorParts(selector: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (const ch of selector) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  out.push(current.trim());
  return out;
}

/** Whether a selector part is only generic elements and combinators ("*", "div", "body div > span"). */
export function matchesEverything(part: string): boolean {
  const compounds = part.split(/\s*[>+~]\s*|\s+/).filter(Boolean);
  return compounds.length > 0 && compounds.every((c) => GENERIC.has(c.toLowerCase()));
}
