/**
 * While the page is parsed, the first PLACED_WHILE_PARSING items get their rooms before they are
 * first laid out; what the parser completes after them waits here and is looked at after the
 * load, in idle slices. Those items lie screens below the view, where a room added later moves
 * nothing the reader sees (the browser's scroll anchoring keeps the view still). On Instagram,
 * where items are found by climbing from each comment's time link, finding all 2,000 at parse
 * time was ~30 ms of the load (test/bench/README.md).
 *
 * If the reader scrolls before all are looked at (a wheel, the End key, a restored scroll
 * position), the rest is looked at at once, in the frame that draws the scroll, and nothing
 * waits any more: rooms are then placed before anything new comes into view.
 */
export const PLACED_WHILE_PARSING = 60;

/** An idle slice's work at most, well inside a frame and far from a long task. */
export const SLICE_MS = 5;

export interface AfterParseHooks {
  /** Finds the items of one held element (or whether it is one itself), without placing rooms yet. */
  look(el: Element, itself: boolean): void;
  /**
   * Everything held was looked at: the items found get their rooms now, before this frame's
   * layout. `scrolled`: what the reader scrolled meanwhile, whose view must stay (./keep-view.ts).
   */
  done(scrolled: Element | null): void;
  /** Runs a slice's looks together (the adapter's steady state: ../platforms). */
  together(work: () => void): void;
}

export class AfterParse {
  /** In the parser's order: a complete subtree, or (`itself`) an element whose children were held before it. */
  private readonly held: { el: Element; itself: boolean }[] = [];
  private next = 0;
  /** Whether an element was held after entries that follow it in the page (putInPageOrder). */
  private unordered = false;
  private idle: number | undefined;
  private frame: number | undefined;
  /** The reader scrolled (or it is torn down): nothing is held any more. */
  private eager = false;
  /** What the reader scrolled, if they did before all were placed: its view is kept (./keep-view.ts). */
  private scrolled: Element | null = null;
  private readonly listening = new AbortController();

  constructor(
    private readonly doc: Document,
    private readonly hooks: AfterParseHooks,
  ) {}

  /** Whether what the parser completes next should be held (the first items have their rooms). */
  holds(placedWhileParsing: number): boolean {
    return !this.eager && placedWhileParsing >= PLACED_WHILE_PARSING;
  }

  /** The reader scrolled and a frame is due to place the held rooms: placed now, before anything found after them. */
  runDue(): void {
    if (this.frame === undefined) return;
    this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.placeAll();
  }

  hold(el: Element, itself = false): void {
    if (this.held.length === 0) {
      // Any scrolling (the page's or a list's: capture, as an element's does not bubble).
      this.doc.addEventListener('scroll', (event) => this.readerScrolled(event.target), { capture: true, passive: true, signal: this.listening.signal });
    }
    this.held.push({ el, itself });
    if (itself) this.unordered = true;
  }

  /**
   * An element on the parser's path is held once it is complete: after its children, and after
   * what the parser completed beyond it meanwhile (its ancestors' later children, looked at
   * first in the same look). It comes before all of them in the page, and rooms must be placed
   * in the page's order (the watchlist's: ./placement-order.ts): each goes back in front of
   * the entries that follow it. Once, before the first slice, not while the page loads.
   */
  private putInPageOrder(): void {
    this.unordered = false;
    const held = this.held;
    for (let i = this.next; i < held.length; i++) {
      const entry = held[i]!;
      if (!entry.itself) continue;
      let at = i;
      while (at > this.next && comesAfter(held[at - 1]!.el, entry.el)) at--;
      if (at === i) continue;
      held.splice(i, 1);
      held.splice(at, 0, entry);
    }
  }

  /** The page is parsed: what was held is looked at when the browser is idle. */
  parsed(): void {
    if (this.held.length > 0 && this.frame === undefined) this.queueSlice();
  }

  destroy(): void {
    this.eager = true;
    this.listening.abort();
    const view = this.doc.defaultView;
    if (this.idle !== undefined) view?.cancelIdleCallback(this.idle);
    if (this.frame !== undefined) view?.cancelAnimationFrame(this.frame);
    this.held.length = 0;
    this.next = 0;
  }

  private queueSlice(): void {
    this.idle = this.doc.defaultView?.requestIdleCallback((deadline) => this.slice(deadline), { timeout: 500 });
  }

  /**
   * Finding only: rooms placed slice by slice would make the browser lay out the whole page
   * again at every frame (~20 ms on 2,000 comments); all of them come in one frame at the end.
   */
  private slice(deadline: IdleDeadline): void {
    this.idle = undefined;
    if (this.unordered) this.putInPageOrder();
    const end = performance.now() + Math.max(1, Math.min(SLICE_MS, deadline.timeRemaining()));
    this.hooks.together(() => {
      while (this.next < this.held.length && performance.now() < end) this.lookAt(this.held[this.next++]!);
    });
    if (this.next < this.held.length) this.queueSlice();
    else this.allInNextFrame();
  }

  private readerScrolled(target: EventTarget | null): void {
    this.scrolled = target instanceof Element ? target : this.doc.scrollingElement;
    this.allInNextFrame();
  }

  /** What is left is looked at, and every item found gets its room, before the next frame (the one that draws a scroll) is laid out. */
  private allInNextFrame(): void {
    this.eager = true;
    this.listening.abort();
    const view = this.doc.defaultView;
    if (this.frame !== undefined || !view) return;
    if (this.idle !== undefined) view.cancelIdleCallback(this.idle);
    this.idle = undefined;
    this.frame = view.requestAnimationFrame(() => this.placeAll());
  }

  private placeAll(): void {
    this.frame = undefined;
    if (this.unordered) this.putInPageOrder();
    this.hooks.together(() => {
      while (this.next < this.held.length) this.lookAt(this.held[this.next++]!);
    });
    this.held.length = 0;
    this.next = 0;
    this.hooks.done(this.scrolled);
  }

  private lookAt({ el, itself }: { el: Element; itself: boolean }): void {
    if (el.isConnected) this.hooks.look(el, itself);
  }
}

/** Whether `a` comes after `b` in the page: inside it, or beyond it (Node.DOCUMENT_POSITION_FOLLOWING, 4). */
function comesAfter(a: Element, b: Element): boolean {
  return b.contains(a) || (b.compareDocumentPosition(a) & 4) !== 0;
}
