/**
 * The items in the order they were given their rooms: document order for a page as it is parsed
 * and for comments appended by infinite scroll. It lets an item that comes into view bring its
 * neighbours' toolbars with it (Watchlist, DECORATE_AHEAD): on a page of thousands of comments,
 * each frame in which toolbars are drawn costs the browser a walk of the whole page (issue 3,
 * bench: 19–50 ms a frame on 2,000 comments, however few toolbars), so toolbars are drawn a few
 * screens at a time, not a few items at every frame of scrolling.
 */
export class PlacementOrder {
  private items: Element[] = [];
  private readonly index = new Map<Element, number>();

  add(item: Element): void {
    if (this.index.has(item)) return;
    this.index.set(item, this.items.length);
    this.items.push(item);
  }

  /**
   * A run of items in document order. It nearly always follows what is there (parsed on, or
   * appended); one that does not (an element on the parser's path, complete only after what the
   * parser completed beyond it, then found to be an item) is put in its place, found by a binary
   * search: one comparison per step (~5 µs each on a list of 1,200 blocks, as the browser walks
   * the siblings).
   */
  addRun(run: readonly Element[]): void {
    const fresh = run.filter((item) => !this.index.has(item));
    const first = fresh[0];
    const last = this.items.at(-1);
    if (!first) return;
    if (!last || !follows(last, first)) {
      for (const item of fresh) this.add(item);
      return;
    }
    let lo = 0;
    let hi = this.items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (follows(this.items[mid]!, first)) hi = mid;
      else lo = mid + 1;
    }
    this.items.splice(lo, 0, ...fresh);
    for (let i = lo; i < this.items.length; i++) this.index.set(this.items[i]!, i);
  }

  /** The items placed up to `before` before and `after` after `item` (itself included), nearest first. */
  around(item: Element, before: number, after: number): Element[] {
    const i = this.index.get(item);
    if (i === undefined) return [item];
    const out: Element[] = [item];
    for (let k = 1; k <= Math.max(before, after); k++) {
      const next = k <= after ? this.items[i + k] : undefined;
      const previous = k <= before ? this.items[i - k] : undefined;
      if (next) out.push(next);
      if (previous) out.push(previous);
    }
    return out;
  }

  /**
   * The nearest item for which `keep` holds on each side just beyond `around(item, before,
   * after)`, looking at most `limit` places further: the ends of the waiting run left behind.
   */
  beyond(item: Element, before: number, after: number, keep: (item: Element) => boolean, limit = 64): Element[] {
    const i = this.index.get(item);
    if (i === undefined) return [];
    const out: Element[] = [];
    for (const [from, step] of [[i + after + 1, 1], [i - before - 1, -1]] as const) {
      for (let k = 0, j = from; k < limit && j >= 0 && j < this.items.length; k++, j += step) {
        const candidate = this.items[j]!;
        if (!keep(candidate)) continue;
        out.push(candidate);
        break;
      }
    }
    return out;
  }

  /**
   * The place of the first item for which `reached` holds, where it holds for every item after
   * one it holds for (items placed in document order, their boxes top to bottom): a binary
   * search. Items for which `known` fails (gone from the page) are stepped over. -1 if none.
   */
  search(reached: (item: Element) => boolean, known: (item: Element) => boolean): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      let probe = mid;
      while (probe < hi && !known(this.items[probe]!)) probe++;
      if (probe === hi) hi = mid;
      else if (reached(this.items[probe]!)) hi = probe;
      else lo = probe + 1;
    }
    return lo < this.items.length ? lo : -1;
  }

  /** Up to `count` items from place `from` on. */
  slice(from: number, count: number): Element[] {
    return this.items.slice(from, from + count);
  }

  /** Keeps only the items for which `keep` holds (those the page removed, or already decorated, go). */
  compact(keep: (item: Element) => boolean): void {
    this.items = this.items.filter(keep);
    this.index.clear();
    this.items.forEach((item, i) => this.index.set(item, i));
  }

  get size(): number {
    return this.items.length;
  }

  clear(): void {
    this.items = [];
    this.index.clear();
  }
}

/** Node.DOCUMENT_POSITION_DISCONNECTED and _PRECEDING, spelled out so no global `Node` is needed. */
const DISCONNECTED = 1;
const PRECEDING = 2;

/**
 * Whether `a` comes after `b` in the page (not if either is detached: those keep the order they
 * came in). Asked of `a`: the browser walks back from `b`'s branch looking for `a`'s, which for a
 * run just parsed after `a` is the next sibling. Asked the other way it walked back from `a` to
 * the list's start, over nodes not yet in the CPU's cache: 3.5 ms of Instagram's load in 20
 * calls (2,000 comments).
 */
function follows(a: Element, b: Element): boolean {
  const position = a.compareDocumentPosition(b);
  return (position & DISCONNECTED) === 0 && (position & PRECEDING) !== 0;
}
