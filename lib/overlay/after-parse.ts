/**
 * While the page is parsed, the first PLACED_WHILE_PARSING items get their rooms before they are
 * first laid out; what the parser completes after them waits here and is looked at after the
 * load, in idle slices. Those items lie screens below the view, where a room added later moves
 * nothing the reader sees. On Instagram,
 * where items are found by climbing from each comment's time link, finding all 2,000 at parse
 * time was ~30 ms of the load (test/bench/README.md).
 *
 * If the reader scrolls before all are looked at (a wheel, the End key, a restored scroll
 * position), the rest is looked at at once, in the frame that draws the scroll, with the
 * reader's view kept (./keep-view.ts), and nothing waits any more.
 */
export const PLACED_WHILE_PARSING = 60;

/** An idle slice's work at most, well inside a frame and far from a long task. */
export const SLICE_MS = 5;

/**
 * Rooms placed in one frame once all are found. The browser lays the page out again for them
 * (measured on Instagram's 2,000 comments: all 1,900 in one frame, a task of ~170 ms, 20 ms of
 * it ours); a few hundred a frame keep each frame's task short, at a few more layouts.
 */
export const ROOMS_PER_FRAME = 300;

export interface AfterParseHooks {
  /** Finds the items of one held element (or whether it is one itself), without placing rooms yet. */
  look(el: Element, itself: boolean): void;
  /**
   * Everything held was looked at: up to `count` of the items found get their rooms now, before
   * this frame's layout; returns how many are left. `scrolled`: what the reader scrolled
   * meanwhile, whose view must stay (./keep-view.ts).
   */
  place(scrolled: Element | null, count: number): number;
  /** Runs a slice's looks together (the adapter's steady state: ../platforms). */
  together(work: () => void): void;
}

export class AfterParse {
  /** In the parser's order: a complete subtree, or (`itself`) an element whose children were held before it. */
  private readonly held: { el: Element; itself: boolean }[] = [];
  private next = 0;
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

  hold(el: Element, itself = false): void {
    if (this.held.length === 0) {
      // Any scrolling (the page's or a list's: capture, as an element's does not bubble).
      this.doc.addEventListener('scroll', (event) => this.readerScrolled(event.target), { capture: true, passive: true, signal: this.listening.signal });
    }
    this.held.push({ el, itself });
  }

  /**
   * The page is parsed: what was held is looked at once the page has loaded (its pictures too),
   * when the browser is idle, so that none of it delays the load.
   */
  parsed(): void {
    if (this.held.length === 0 || this.frame !== undefined) return;
    const view = this.doc.defaultView;
    if (this.doc.readyState === 'complete' || !view) this.queueSlice();
    else view.addEventListener('load', () => this.queueSlice(), { once: true, signal: this.listening.signal });
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

  /** Finding only: the rooms come in frames once all are found (placeInFrames). */
  private slice(deadline: IdleDeadline): void {
    this.idle = undefined;
    const end = performance.now() + Math.max(1, Math.min(SLICE_MS, deadline.timeRemaining()));
    this.hooks.together(() => {
      while (this.next < this.held.length && performance.now() < end) this.lookAt(this.held[this.next++]!);
    });
    if (this.next < this.held.length) this.queueSlice();
    else this.placeInFrames();
  }

  /** The reader scrolled: in the frame that draws it, everything left is found and placed, their view kept. */
  private readerScrolled(target: EventTarget | null): void {
    this.eager = true;
    this.scrolled = target instanceof Element ? target : this.doc.scrollingElement;
    if (this.idle !== undefined) this.doc.defaultView?.cancelIdleCallback(this.idle);
    this.idle = undefined;
    this.placeInFrames();
  }

  private placeInFrames(): void {
    const view = this.doc.defaultView;
    if (this.frame !== undefined || !view) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = undefined;
      if (this.next < this.held.length) {
            this.hooks.together(() => {
          while (this.next < this.held.length) this.lookAt(this.held[this.next++]!);
        });
      }
      const left = this.hooks.place(this.scrolled, this.scrolled ? Infinity : ROOMS_PER_FRAME);
      if (left > 0) return this.placeInFrames();
      // All placed: nothing is held from now on.
      this.eager = true;
      this.listening.abort();
      this.held.length = 0;
      this.next = 0;
    });
  }

  private lookAt({ el, itself }: { el: Element; itself: boolean }): void {
    if (el.isConnected) this.hooks.look(el, itself);
  }
}
