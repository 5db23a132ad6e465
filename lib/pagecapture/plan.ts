/**
 * Scroll-and-stitch planning, pure: where to scroll for each viewport-sized slice of a page and
 * which part of each screenshot lands where in the stitched image. All values in CSS pixels.
 */
export interface Slice {
  /** Where the page is scrolled to for this slice. */
  scrollY: number;
  /** Top of the part to copy, within the viewport screenshot. */
  srcY: number;
  /** Where that part goes in the stitched image. */
  destY: number;
  height: number;
}

export interface SlicePlan {
  slices: Slice[];
  /** Height of the stitched image (the page's, unless truncated). */
  capturedHeight: number;
  /** True when the page is taller than one image may be; the image then holds its top part. */
  truncated: boolean;
}

/** Chromium's largest canvas side; a taller stitched image cannot be encoded. */
export const MAX_CANVAS_SIDE = 32_767;

/**
 * Slices top to bottom, one viewport each. The browser cannot scroll past the page's end, so
 * the last slice scrolls to the bottom and copies only the rows not yet captured.
 */
export function planSlices(pageHeight: number, viewportHeight: number, maxHeight = Number.POSITIVE_INFINITY): SlicePlan {
  if (!(viewportHeight > 0)) throw new RangeError('viewportHeight must be positive');
  const full = Math.max(0, Math.floor(pageHeight));
  const capturedHeight = Math.min(full, Math.floor(maxHeight));
  const maxScroll = Math.max(0, full - viewportHeight);
  const slices: Slice[] = [];
  for (let top = 0; top < capturedHeight; top += viewportHeight) {
    const height = Math.min(viewportHeight, capturedHeight - top);
    const scrollY = Math.min(top, maxScroll);
    slices.push({ scrollY, srcY: top - scrollY, destY: top, height });
  }
  return { slices, capturedHeight, truncated: capturedHeight < full };
}

/**
 * Fixed and sticky elements (headers, cookie bars, chat buttons) are drawn in every viewport:
 * they are kept for the first slice, where a sticky header sits in its own place at the top,
 * and hidden (visibility only, so nothing reflows) for every later slice.
 */
export function hideFixedFor(sliceIndex: number): boolean {
  return sliceIndex > 0;
}

/** Device-pixel rows of a slice in the stitched image; consecutive slices meet without gap or overlap. */
export function deviceRows(slice: Slice, scale: number): { srcY: number; destY: number; height: number } {
  const destY = Math.round(slice.destY * scale);
  const height = Math.round((slice.destY + slice.height) * scale) - destY;
  return { srcY: Math.round(slice.srcY * scale), destY, height };
}
