/**
 * While the HTML parser is still building the page, the element it is filling is the last one
 * in the document: every element that holds it may still receive children. The overlay places
 * an item's toolbar only once the item is complete (a Facebook comment's replies, an Instagram
 * row's buttons come after its text), so it asks this before placing one.
 *
 * Why the overlay looks at the page while it is parsed at all (issue 3): a toolbar placed
 * before the browser first lays an item out costs nothing to lay out again; one placed after
 * moves everything below it, and on a page of thousands of comments the browser then walks the
 * whole page again (bench: 50–70 ms of PrePaint per batch on the 2,000-comment Facebook page).
 */

/** The deepest last element of the document while it is being parsed, else null (all complete). */
export function parseFrontier(doc: Document): Element | null {
  if (doc.readyState !== 'loading') return null;
  let el: Element | null = doc.documentElement;
  if (!el) return null;
  while (el.lastElementChild) el = el.lastElementChild;
  return el;
}

/**
 * Whether `el` may still grow: it holds the parser's frontier. An element that was closed just
 * before the parser paused is reported open too (the DOM cannot tell), and is looked at again at
 * the next pause, when content after it has arrived.
 */
export function mayStillGrow(el: Element, frontier: Element | null): boolean {
  return frontier !== null && el.contains(frontier);
}
