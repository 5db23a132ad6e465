/** How far beyond the view an item is decorated ahead of scrolling. */
export const VIEW_MARGIN_PX = 200;

/**
 * The items (in document order) that are in view or within the margin, read from their boxes.
 * The decorator asks this once the frame that places their rooms is laid out (./after-layout.ts),
 * so their toolbars are drawn in that same frame at no layout of their own: waiting for the
 * IntersectionObserver would cost a whole extra frame on a page of thousands of comments (bench:
 * 25–30 ms of PrePaint and compositing for a few toolbars). Nothing may be written between the
 * reads. Items come in document order, so the first one below the view ends the look: the
 * observer decorates the rest as they come.
 */
export function itemsInView(items: readonly Element[], viewHeight: number): Element[] {
  return lookAtItems(items, viewHeight).inView;
}

/**
 * Looks at what a flush placed. While the page is parsed, once the parser brought an item below
 * the view, what it brings next is below too (it adds in document order) and is not looked at.
 * A reader's scrolling meanwhile is caught by the watchlist's look at scrollend, and the
 * watchlist observes all once parsing ends.
 */
export class ViewLook {
  private parserPastView = false;

  inView(items: readonly Element[], viewHeight: number, byParser: boolean): Element[] {
    if (byParser && this.parserPastView) return [];
    const look = lookAtItems(items, viewHeight);
    if (byParser && look.endedBelow) this.parserPastView = true;
    return look.inView;
  }
}

/** The same as itemsInView, and whether the look ended at an item below the view (those after it are too). */
export function lookAtItems(items: readonly Element[], viewHeight: number): { inView: Element[]; endedBelow: boolean } {
  const top = -VIEW_MARGIN_PX;
  const bottom = viewHeight + VIEW_MARGIN_PX;
  const inView: Element[] = [];
  for (const item of items) {
    if (!item.isConnected) continue;
    const box = item.getBoundingClientRect();
    if (box.top > bottom) return { inView, endedBelow: true };
    if (box.bottom >= top) inView.push(item);
  }
  return { inView, endedBelow: false };
}
