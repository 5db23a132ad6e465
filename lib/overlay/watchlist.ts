import { VIEW_MARGIN_PX } from './in-view';
import { PlacementOrder } from './placement-order';

/**
 * An item that comes into view brings the toolbars of the items placed after it (and a few
 * before, for scrolling up) in the same frame: a few screens of comments at a time
 * (./placement-order.ts says why).
 */
export const DECORATE_AHEAD = 30;
export const DECORATE_BEHIND = 10;

/**
 * The items that have their room but not yet their toolbar, watched until they come near the
 * view (one IntersectionObserver). When one does, it is handed over with its undecorated
 * neighbours (DECORATE_AHEAD, DECORATE_BEHIND) and leaves the list. While the page is parsed
 * the list only collects: the browser would otherwise work out every watched item's visibility
 * at every frame (their rooms are already there); `observeAll` starts watching them.
 */
export class Watchlist {
  private readonly items = new Set<Element>();
  /** The same items, with those already handed over, in the order they were placed. */
  private readonly order = new PlacementOrder();
  private readonly io: IntersectionObserver;
  private observing: boolean;

  constructor(
    /** Told of the items that came near the view, with their neighbours; they are no longer watched. */
    private readonly onNear: (items: Element[]) => void,
    options: { observing: boolean },
  ) {
    this.observing = options.observing;
    this.io = new IntersectionObserver((entries) => this.near(entries), { rootMargin: `${VIEW_MARGIN_PX}px 0px` });
  }

  add(item: Element): void {
    this.items.add(item);
    this.order.add(item);
    if (this.observing) this.io.observe(item);
  }

  /** The page is parsed: every item collected so far is watched from now on. */
  observeAll(): void {
    this.observing = true;
    for (const item of this.items) this.io.observe(item);
  }

  /** Takes the item off the list (it is decorated now, or gone). */
  take(item: Element): void {
    this.io.unobserve(item);
    this.items.delete(item);
  }

  /** Takes the items the page removed off the list, and gives them. */
  takeDisconnected(): Element[] {
    const gone = [...this.items].filter((item) => !item.isConnected);
    for (const item of gone) this.take(item);
    return gone;
  }

  clear(): void {
    this.io.disconnect();
    this.items.clear();
    this.order.clear();
  }

  private near(entries: IntersectionObserverEntry[]): void {
    const due: Element[] = [];
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      for (const item of this.order.around(entry.target, DECORATE_BEHIND, DECORATE_AHEAD)) {
        if (!this.items.has(item) || !item.isConnected) continue;
        this.take(item);
        due.push(item);
      }
    }
    // Handed-over and removed items leave the order once it holds many of them.
    if (this.order.size > 2 * this.items.size + 100) this.order.compact((item) => this.items.has(item));
    this.onNear(due);
  }
}
