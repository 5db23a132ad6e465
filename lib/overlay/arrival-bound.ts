import { pageHealth } from './page-health';

/**
 * What a page script adds in one frame beyond this many new elements, or items, is not looked
 * at: no feed brings that many at once (infinite scroll: 20–100), a hostile script can (issue
 * 26: 50,000 comment-shaped elements). The first ones get their rooms and, as they come into
 * view, their toolbars; the rest are counted for the page-health view (./page-health.ts). What
 * the parser brings is the page itself and is not bound.
 */
export const ARRIVALS_TAKEN_AT_MOST = 1_000;

/** The decorator's count of one frame's arrivals from page scripts, against ARRIVALS_TAKEN_AT_MOST. */
export class ArrivalBound {
  private looking = false;
  private taken = 0;
  private over = false;

  /** Whether `pending` roots already fill this frame: the rest of a record is counted, not looked at. */
  full(pending: number, left: number): boolean {
    if (pending < ARRIVALS_TAKEN_AT_MOST) return false;
    this.overflow(left);
    return true;
  }

  /** A page script's additions are looked at from now (the decorator's flush) until `end`. */
  begin(): void {
    this.looking = true;
    this.taken = 0;
  }

  end(): void {
    this.looking = false;
  }

  /** Whether one more item may be placed now; one beyond the bound is counted instead. */
  take(): boolean {
    if (!this.looking || ++this.taken <= ARRIVALS_TAKEN_AT_MOST) return true;
    this.overflow(1);
    return false;
  }

  /**
   * Whether this frame has placed all it may: the roots still to look at are then counted, not
   * looked at (a flood's blocks each hold several items; finding them was most of our time).
   */
  spent(rootsLeft: number): boolean {
    if (!this.looking || this.taken < ARRIVALS_TAKEN_AT_MOST) return false;
    this.overflow(rootsLeft);
    return true;
  }

  /** Whether this frame went beyond the bound (then no box is read: ./decorator.ts); resets. */
  takeOverflowed(): boolean {
    const over = this.over;
    this.over = false;
    return over;
  }

  private overflow(count: number): void {
    this.over = true;
    pageHealth().notDecoratedTooMany += count;
  }
}
