/**
 * Reads an element's text the way the page shows it, without layout (so it runs the same in
 * jsdom and in the browser, and costs no reflow on pages with thousands of comments):
 * text nodes as they are, <br> and block boundaries as newlines, emoji images as their alt.
 */
const BLOCKS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'TR']);

export function textOf(el: Element, skip?: (child: Element) => boolean): string {
  const parts: string[] = [];
  // A block boundary is one line break, however many blocks meet there.
  const breakLine = () => {
    const last = parts[parts.length - 1];
    if (last !== undefined && !last.endsWith('\n')) parts.push('\n');
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        // Whitespace-only nodes with a line break are the markup's indentation, not content.
        if (value.includes('\n') && value.trim() === '') continue;
        parts.push(value);
      } else if (child.nodeType === 1) {
        const e = child as Element;
        if (skip?.(e)) continue;
        const tag = e.tagName;
        if (tag === 'BR') parts.push('\n');
        else if (tag === 'IMG') parts.push(e.getAttribute('alt') ?? '');
        else if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
        else {
          const block = BLOCKS.has(tag);
          if (block) breakLine();
          walk(e);
          if (block) breakLine();
        }
      }
    }
  };
  walk(el);
  return parts
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .trim();
}

/** Collapses runs of whitespace, for one-line fields such as names. */
export function oneLine(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** An absolute URL from a link's href, or undefined if it is missing or not http(s). */
export function absoluteUrl(href: string | null | undefined, base: string): string | undefined {
  return webUrl(href, base)?.href;
}

/** A link's href resolved against `base`, or undefined if it is missing or not http(s). */
export function webUrl(href: string | null | undefined, base: string): URL | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

