/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out so no global `Node` is needed. */
const FOLLOWING = 4;

/**
 * Whether `a` comes after `b`. Blink answers by walking back from a's branch, where the two
 * paths part, looking for b's: a few siblings when b is just before a, else as far as b or the
 * list's start (Instagram's 1,200 comment blocks).
 */
const after = (a: Element, b: Element): boolean => (b.compareDocumentPosition(a) & FOLLOWING) !== 0;

/** Recent runs' ends remembered: the read-ahead's, and the reader's scroll or an arrival's. */
const CURSORS = 3;

/**
 * Elements kept in document order as they become known, put in place when the order is read
 * (`all`). They mostly come in runs in document order (the read-ahead going down the page, an
 * arrival at the end, the reader's scroll), so each run is put in place whole: a comparison of
 * neighbours within it (a few siblings apart) and a search for its start, where each step may
 * walk the list. Put in place one by one, each comment read ahead between the top and the end
 * already known walked the gap to the end: 28–30 ms of a scroll through 2,000 Instagram
 * comments (profile.mjs, APPEND=1).
 */
export class DocumentOrder {
  private items: Element[] = [];
  private pending: Element[] = [];
  /** Where recent runs ended, latest first: a stream (the read-ahead, the reader's scroll) resumes there. */
  private cursors: number[] = [];

  get all(): readonly Element[] {
    if (this.pending.length > 0) this.place();
    return this.items;
  }

  insert(item: Element): void {
    this.pending.push(item);
  }

  /** Keeps only the elements for which `keep` holds. */
  filter(keep: (item: Element) => boolean): void {
    this.place();
    this.items = this.items.filter(keep);
    this.cursors = [];
  }

  private place(): void {
    const pending = this.pending;
    this.pending = [];
    let start = 0;
    for (let i = 1; i <= pending.length; i++) {
      if (i < pending.length && after(pending[i]!, pending[i - 1]!)) continue;
      this.putRun(pending.slice(start, i));
      start = i;
    }
  }

  /**
   * A run in document order, after the first cursor it follows, else where a search puts its
   * first element. The part that comes after the next element known there is a run of its own
   * (two streams met in one: the read-ahead's comments, then the reader's at the end).
   */
  private putRun(run: Element[]): void {
    const first = run[0]!;
    const items = this.items;
    let cursor = this.cursors.findIndex((c) => items[c] !== undefined && after(first, items[c]!));
    let at = cursor === -1 ? this.placeOf(first) : this.cursors[cursor]! + 1;
    // A cursor whose next element comes before `first` is not this run's place.
    if (cursor !== -1 && items[at] && !after(items[at]!, first)) {
      cursor = -1;
      at = this.placeOf(first);
    }
    const next = items[at];
    if (!next || after(next, run[run.length - 1]!)) return this.put(run, at, cursor);
    // The first element of the run that comes after `next` (run[0] does not).
    let lo = 1;
    let hi = run.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (after(run[mid]!, next)) hi = mid;
      else lo = mid + 1;
    }
    this.put(run.slice(0, lo), at, cursor);
    this.putRun(run.slice(lo));
  }

  private put(run: Element[], at: number, cursor = -1): void {
    this.items.splice(at, 0, ...run);
    const others = this.cursors.filter((_, k) => k !== cursor).map((c) => (c >= at ? c + run.length : c));
    this.cursors = [at + run.length - 1, ...others].slice(0, CURSORS);
  }

  /** Where `item` goes: the end, checked first, else found by a binary search. */
  private placeOf(item: Element): number {
    const items = this.items;
    const last = items[items.length - 1];
    if (!last || after(item, last)) return items.length;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (after(item, items[mid]!)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
