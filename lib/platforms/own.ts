/**
 * The first element matching one of `selectors` that belongs to `item` itself: not inside a
 * nested item (a reply), so a field is never read from a neighbour. Tries alternatives in order.
 */
export function ownMatch(
  item: Element,
  selectors: readonly string[],
  itemSelector: string,
  accept: (el: Element) => boolean = () => true,
): Element | null {
  for (const selector of selectors) {
    // Usually the first match is the item's own: one early-exit query, the full list only if not.
    const first = item.querySelector(selector);
    if (!first) continue;
    if (belongsTo(first, item, itemSelector) && accept(first)) return first;
    const all = item.querySelectorAll(selector);
    for (let i = 1; i < all.length; i++) {
      const found = all[i]!;
      if (belongsTo(found, item, itemSelector) && accept(found)) return found;
    }
  }
  return null;
}

/** No other item lies between `el` and `item`. */
function belongsTo(el: Element, item: Element, itemSelector: string): boolean {
  return !matchBelow(el.parentElement, itemSelector, item);
}

/**
 * Whether `from`, or one of its ancestors below `ancestor` (not it), matches `selector`: one
 * native walk up (closest), not a match per ancestor.
 */
export function matchBelow(from: Element | null, selector: string, ancestor: Element): boolean {
  const nearest = from?.closest(selector);
  return !!nearest && nearest !== ancestor && ancestor.contains(nearest);
}
