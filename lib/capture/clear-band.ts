/**
 * The geometry of an item's screenshot, pure: where in its scrolling area an item lies clear of
 * the site's fixed and sticky bars, how far to scroll to put it there, and where to sample the
 * page to check that nothing lay over it. CSS pixels, viewport-relative.
 */
export interface Span {
  top: number;
  bottom: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Rounding in the browser's boxes: half a pixel either way is not an overlap. */
const SLACK = 0.5;
/**
 * Kept between a scrolled item and a bar where there is room: the crop's edges are rounded
 * outwards to whole device pixels, and an item flush with a bar took a row of the bar with it.
 */
const MARGIN = 2;

/**
 * The part of the scrolling area (`port`) not covered by the bars found at its top edge (their
 * bottom is where the clear part starts) and at its bottom edge (their top is where it ends).
 * A bar that covers the whole area leaves an empty band.
 */
export function clearBand(port: Span, atTop: readonly Span[], atBottom: readonly Span[]): Span {
  let top = port.top;
  let bottom = port.bottom;
  for (const bar of atTop) top = Math.max(top, Math.min(bar.bottom, port.bottom));
  for (const bar of atBottom) bottom = Math.min(bottom, Math.max(bar.top, port.top));
  return { top, bottom: Math.max(top, bottom) };
}

/**
 * How far to scroll (positive: down the page) so that the item lies in the band, the least
 * distance that does; 0 when it lies there already, null when it is taller than the band.
 */
export function scrollToFit(item: Span, band: Span): number | null {
  const room = band.bottom - band.top - (item.bottom - item.top);
  if (room < -SLACK) return null;
  const margin = Math.max(0, Math.min(MARGIN, room / 2));
  if (item.top < band.top - SLACK) return item.top - band.top - margin;
  if (item.bottom > band.bottom + SLACK) return item.bottom - band.bottom + margin;
  return 0;
}

/** The overlap of two boxes, or null when they do not overlap. */
export function intersect(a: Box, b: Box): Box | null {
  const box = { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
  return box.right - box.left >= 1 && box.bottom - box.top >= 1 ? box : null;
}

/**
 * Points spread evenly over a box, `inset` pixels in from its edges (a border's anti-aliased
 * pixel belongs to either side): `cols` × `rows` of them, at least one each way.
 */
export function samplePoints(box: Box, cols: number, rows: number, inset = 2): { x: number; y: number }[] {
  const left = Math.min(box.left + inset, (box.left + box.right) / 2);
  const right = Math.max(box.right - inset, (box.left + box.right) / 2);
  const top = Math.min(box.top + inset, (box.top + box.bottom) / 2);
  const bottom = Math.max(box.bottom - inset, (box.top + box.bottom) / 2);
  const points: { x: number; y: number }[] = [];
  const at = (from: number, to: number, i: number, n: number) => (n <= 1 ? (from + to) / 2 : from + ((to - from) * i) / (n - 1));
  for (let r = 0; r < Math.max(1, rows); r++) for (let c = 0; c < Math.max(1, cols); c++) points.push({ x: at(left, right, c, cols), y: at(top, bottom, r, rows) });
  return points;
}

/** Whether `inner` lies wholly within `outer` (to the half pixel). */
export function contains(outer: Box, inner: Box): boolean {
  return inner.left >= outer.left - SLACK && inner.right <= outer.right + SLACK && inner.top >= outer.top - SLACK && inner.bottom <= outer.bottom + SLACK;
}
