import { itemsInView, VIEW_MARGIN_PX } from './in-view';
import { PlacementOrder } from './placement-order';

/**
 * An item that comes into view brings the toolbars of the items placed after it (and a few
 * before, for scrolling up) in the same frame: a few screens of comments at a time
 * (./placement-order.ts says why).
 */
export const DECORATE_AHEAD = 30;
export const DECORATE_BEHIND = 10;

/**
 * Of a run of waiting items, only every WATCH_STRIDE-th is watched, and the run's first and
 * last: the browser works out every watched element's visibility at every frame of scrolling
 * (bench: ~100 ms over a scroll-through of the YouTube page with 1,900 waiting items), and an
 * item that comes near brings its neighbours anyway. Both ends of every run are watched, so
 * scrolling into a run from either side reaches a watched item, whose box holds its room,
 * before any room of the run is in view. A jump into the middle of a run whose
 * WATCH_STRIDE - 1 items between two watched ones are together taller than the view and both
 * margins reaches none: the view is looked at once the scrolling ends (lookAtView).
 */
export const WATCH_STRIDE = 3;

/** How many items, from the first in view, lookAtView reads at most: more than a view holds. */
const LOOK_AT_MOST = 200;

/**
 * The items that have their room but not yet their toolbar, watched until they come near the
 * view (one IntersectionObserver). When one does, it is handed over with its undecorated
 * neighbours (DECORATE_AHEAD, DECORATE_BEHIND) and leaves the list. While the page is parsed
 * the list only collects: the browser would otherwise work out every watched item's visibility
 * at every frame (their rooms are already there); `observeAll` starts watching them.
 */
export class Watchlist {
  private readonly items = new Set<Element>();
  /** The items to watch (WATCH_STRIDE); observed once `observing`. */
  private readonly watched = new Set<Element>();
  /** The same items, with those already handed over, in the order they were placed. */
  private readonly order = new PlacementOrder();
  private readonly io: IntersectionObserver;
  private observing: boolean;
  private readonly listening = new AbortController();

  constructor(
    /** Told of the items that came near the view, with their neighbours; they are no longer watched. */
    private readonly onNear: (items: Element[]) => void,
    options: { observing: boolean; doc: Document },
  ) {
    this.observing = options.observing;
    this.io = new IntersectionObserver((entries) => this.near(entries), { rootMargin: `${VIEW_MARGIN_PX}px 0px` });
    // The page's scrolling or any list's, once it has stopped (capture: an element's does not
    // bubble); after the next frame is drawn, when the page is laid out: read before our rooms
    // are placed in that frame (comments appended and scrolled to at once), boxes cost a
    // layout of their own, and a hit test tried first made the browser report the rooms as a
    // layout shift of 0.8.
    const { signal } = this.listening;
    const later = () => requestAnimationFrame(() => setTimeout(() => signal.aborted || this.lookAtView(options.doc), 0));
    options.doc.addEventListener('scrollend', later, { capture: true, passive: true, signal });
  }

  /** Items placed one after another, none of them decorated: a run, watched at its ends and every WATCH_STRIDE-th. */
  addRun(run: readonly Element[]): void {
    this.order.addRun(run);
    run.forEach((item, i) => {
      this.items.add(item);
      if (i % WATCH_STRIDE === 0 || i === run.length - 1) this.watch(item);
    });
  }

  /** The items placed, in order, but for those decorated at once (in view): runs between them. */
  addAllBut(placed: readonly Element[], decorated: readonly Element[]): void {
    const done = new Set(decorated);
    let run: Element[] = [];
    for (const item of placed) {
      if (!done.has(item)) run.push(item);
      else if (run.length > 0) {
        this.addRun(run);
        run = [];
      }
    }
    if (run.length > 0) this.addRun(run);
  }

  /** One item on its own (content arriving in it made it readable only now): watched. */
  add(item: Element): void {
    this.addRun([item]);
  }

  /** The page is parsed: every item collected so far is watched from now on. */
  observeAll(): void {
    this.observing = true;
    for (const item of this.watched) this.io.observe(item);
  }

  /** Takes the item off the list (it is decorated now, or gone). */
  take(item: Element): void {
    if (this.watched.delete(item)) this.io.unobserve(item);
    this.items.delete(item);
  }

  /** Takes the items the page removed off the list, and gives them. */
  takeDisconnected(): Element[] {
    const gone = [...this.items].filter((item) => !item.isConnected);
    for (const item of gone) {
      // A watched item that went may have ended a run: its nearest waiting neighbours do now.
      if (this.watched.has(item)) for (const end of this.order.beyond(item, 0, 0, this.waiting)) this.watch(end);
      this.take(item);
    }
    return gone;
  }

  clear(): void {
    this.listening.abort();
    this.io.disconnect();
    this.items.clear();
    this.watched.clear();
    this.order.clear();
  }

  private readonly waiting = (item: Element): boolean => this.items.has(item) && item.isConnected;

  private watch(item: Element): void {
    if (this.watched.has(item)) return;
    this.watched.add(item);
    if (this.observing) this.io.observe(item);
  }

  private near(entries: IntersectionObserverEntry[]): void {
    const near: Element[] = [];
    for (const entry of entries) {
      if (entry.isIntersecting) near.push(entry.target);
    }
    this.handOver(near);
  }

  /**
   * After a jump (a link to a comment, the End key), what is in view may lie between two
   * watched items that are both out of reach (see WATCH_STRIDE). Once the scrolling stops, the
   * items in view are looked up in the placement order by their boxes: a binary search, a few
   * box reads on a page already laid out (hit tests cost 75 ms over the bench's scroll-through,
   * which ends a scroll at every frame).
   */
  private lookAtView(doc: Document): void {
    const view = doc.defaultView;
    if (this.items.size === 0 || !view) return;
    const connected = (item: Element) => item.isConnected;
    const first = this.order.search((item) => item.getBoundingClientRect().bottom >= -VIEW_MARGIN_PX, connected);
    if (first < 0) return;
    const found = itemsInView(this.order.slice(first, LOOK_AT_MOST), view.innerHeight).filter((item) => this.items.has(item));
    this.handOver(found);
  }

  /** Hands the items over with their waiting neighbours; the runs left on either side are watched at their new ends. */
  private handOver(near: readonly Element[]): void {
    if (near.length === 0) return;
    const due: Element[] = [];
    for (const target of near) {
      for (const item of this.order.around(target, DECORATE_BEHIND, DECORATE_AHEAD)) {
        if (!this.waiting(item)) continue;
        this.take(item);
        due.push(item);
      }
      for (const end of this.order.beyond(target, DECORATE_BEHIND, DECORATE_AHEAD, this.waiting)) this.watch(end);
    }
    // Handed-over and removed items leave the order once it holds many of them.
    if (this.order.size > 2 * this.items.size + 100) this.order.compact((item) => this.items.has(item));
    this.onNear(due);
  }
}
