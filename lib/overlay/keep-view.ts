/**
 * Runs `change` (which adds rooms above what the reader sees) and scrolls `scroller` by what
 * the content in its view moved, so the reader keeps seeing it. The browser's scroll anchoring
 * does this by itself on most pages, but picks no anchor inside flex containers (Instagram's
 * markup: 10,000 px added above the view moved what it showed by 10,000 px); where it did
 * anchor, the content has not moved once laid out, and nothing is scrolled. Reading a box after
 * the change lays the page out at once: this runs only when the reader scrolled before every
 * room was placed (./after-parse.ts).
 */
export function keepView(scroller: Element | null, change: () => void): void {
  const anchor = scroller ? contentInView(scroller) : undefined;
  const before = anchor?.getBoundingClientRect().top;
  change();
  if (!scroller || !anchor?.isConnected || before === undefined) return;
  const moved = anchor.getBoundingClientRect().top - before;
  if (Math.abs(moved) >= 1) scroller.scrollTop += moved;
}

/**
 * The innermost element at a point of the scroller's view whose top lies in the view: it moves
 * with what is read there (a column beside it that starts far above, such as a post's photo,
 * does not). Hit tests on a page laid out cost no layout; several points, as the view may hold
 * a gap or a picture at its centre.
 */
function contentInView(scroller: Element): Element | undefined {
  const doc = scroller.ownerDocument;
  const view = doc.defaultView;
  if (!view) return undefined;
  const box = scroller === doc.scrollingElement ? { left: 0, top: 0, width: view.innerWidth, height: view.innerHeight } : scroller.getBoundingClientRect();
  for (const down of [0.5, 0.25, 0.75]) {
    for (const across of [0.5, 0.7, 0.3, 0.9, 0.1]) {
      const hit = doc.elementFromPoint(box.left + box.width * across, box.top + box.height * down);
      if (!hit || hit === scroller || !scroller.contains(hit)) continue;
      const top = hit.getBoundingClientRect().top;
      if (top >= box.top && top <= box.top + box.height) return hit;
    }
  }
  return undefined;
}
