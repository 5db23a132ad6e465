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
    for (const found of item.querySelectorAll(selector)) {
      if (belongsTo(found, item, itemSelector) && accept(found)) return found;
    }
  }
  return null;
}

/** No other item lies between `el` and `item`: one native walk up (closest), not a match per ancestor. */
function belongsTo(el: Element, item: Element, itemSelector: string): boolean {
  const nearest = el.parentElement?.closest(itemSelector);
  return !nearest || nearest === item || !item.contains(nearest);
}
