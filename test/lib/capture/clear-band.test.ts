import { describe, expect, it } from 'vitest';
import { clearBand, contains, intersect, samplePoints, scrollToFit } from '../../../lib/capture/clear-band';

const port = { top: 0, bottom: 800 };

describe('clearBand', () => {
  it('starts below the bars at the top edge and ends above those at the bottom edge', () => {
    expect(clearBand(port, [{ top: 0, bottom: 56 }, { top: 0, bottom: 120 }], [{ top: 700, bottom: 800 }])).toEqual({ top: 120, bottom: 700 });
  });
  it('is the whole area when no bar lies on its edges', () => {
    expect(clearBand(port, [], [])).toEqual(port);
  });
  it('is empty when a bar covers the whole area (a full-window overlay)', () => {
    const band = clearBand(port, [{ top: 0, bottom: 800 }], [{ top: 0, bottom: 800 }]);
    expect(band.bottom - band.top).toBe(0);
  });
});

describe('scrollToFit', () => {
  const band = { top: 120, bottom: 700 };
  it('leaves an item that lies in the band where it is', () => {
    expect(scrollToFit({ top: 200, bottom: 300 }, band)).toBe(0);
  });
  it('scrolls up (negative) an item under the top bar, to just below it with a small margin', () => {
    expect(scrollToFit({ top: 40, bottom: 140 }, band)).toBe(-82);
  });
  it('scrolls down an item under the bottom bar, to just above it', () => {
    expect(scrollToFit({ top: 650, bottom: 770 }, band)).toBe(72);
  });
  it('says it cannot (null) for an item taller than the band', () => {
    expect(scrollToFit({ top: 100, bottom: 700 }, band)).toBeNull();
  });
  it('keeps no margin where the item exactly fills the band', () => {
    expect(scrollToFit({ top: 110, bottom: 690 }, band)).toBe(-10);
  });
});

describe('boxes and sample points', () => {
  it('intersects and contains to the half pixel', () => {
    expect(intersect({ left: 0, top: 0, right: 100, bottom: 100 }, { left: 50, top: 90, right: 200, bottom: 300 })).toEqual({ left: 50, top: 90, right: 100, bottom: 100 });
    expect(intersect({ left: 0, top: 0, right: 10, bottom: 10 }, { left: 10, top: 0, right: 20, bottom: 10 })).toBeNull();
    expect(contains({ left: 0, top: 0, right: 100, bottom: 100 }, { left: -0.4, top: 0, right: 100.4, bottom: 50 })).toBe(true);
    expect(contains({ left: 0, top: 0, right: 100, bottom: 100 }, { left: 0, top: 0, right: 100, bottom: 101 })).toBe(false);
  });
  it('spreads points over the box, inside its edges, corners included', () => {
    const points = samplePoints({ left: 0, top: 0, right: 102, bottom: 52 }, 3, 2);
    expect(points).toEqual([
      { x: 2, y: 2 }, { x: 51, y: 2 }, { x: 100, y: 2 },
      { x: 2, y: 50 }, { x: 51, y: 50 }, { x: 100, y: 50 },
    ]);
  });
  it('samples the middle of a box thinner than its insets', () => {
    expect(samplePoints({ left: 10, top: 10, right: 12, bottom: 11 }, 1, 1)).toEqual([{ x: 11, y: 10.5 }]);
  });
});
