/**
 * A YouTube comment's text. YouTube shows it with `white-space: pre-wrap`, so every newline in
 * it is content: the 2021 markup even writes line breaks as spans holding only "\n". The shared
 * `textOf` drops such whitespace-only nodes as indentation, so comments are read here instead:
 * text nodes as they are, <br> as a newline, emoji images as their alt.
 */
export function preText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const e = child as Element;
        const tag = e.tagName;
        if (tag === 'BR') parts.push('\n');
        else if (tag === 'IMG') parts.push(e.getAttribute('alt') ?? '');
        else if (tag !== 'SCRIPT' && tag !== 'STYLE' && tag !== 'TEMPLATE') walk(e);
      }
    }
  };
  walk(el);
  // Spaces around a line break are the saved page's indentation, never the comment's.
  return parts.join('').replace(/[ \t]*\n[ \t]*/g, '\n').trim();
}
