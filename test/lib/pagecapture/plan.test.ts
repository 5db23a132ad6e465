import { describe, expect, it } from 'vitest';
import { deviceRows, hideFixedFor, MAX_CANVAS_SIDE, planSlices } from '../../../lib/pagecapture/plan';
import { platformOfUrl } from '../../../lib/platforms/platform-of-url';

describe('planSlices: where to scroll and what to copy', () => {
  it('covers a 4339 px page in an 800 px viewport with 6 slices, the last scrolled to the bottom', () => {
    const plan = planSlices(4339, 800);
    expect(plan.truncated).toBe(false);
    expect(plan.capturedHeight).toBe(4339);
    expect(plan.slices).toEqual([
      { scrollY: 0, srcY: 0, destY: 0, height: 800 },
      { scrollY: 800, srcY: 0, destY: 800, height: 800 },
      { scrollY: 1600, srcY: 0, destY: 1600, height: 800 },
      { scrollY: 2400, srcY: 0, destY: 2400, height: 800 },
      { scrollY: 3200, srcY: 0, destY: 3200, height: 800 },
      // The browser cannot scroll past 4339 − 800 = 3539: the last 339 rows are the viewport's bottom.
      { scrollY: 3539, srcY: 461, destY: 4000, height: 339 },
    ]);
  });

  it('slices meet exactly: every row of the page is copied once', () => {
    for (const [page, vh] of [[4000, 800], [801, 800], [12345, 777], [100, 800]] as const) {
      const { slices } = planSlices(page, vh);
      let next = 0;
      for (const s of slices) {
        expect(s.destY).toBe(next);
        expect(s.srcY + s.height).toBeLessThanOrEqual(vh);
        expect(s.scrollY + s.srcY).toBe(s.destY);
        next += s.height;
      }
      expect(next).toBe(page);
    }
  });

  it('a page shorter than the viewport is one slice of its own height', () => {
    expect(planSlices(300, 800).slices).toEqual([{ scrollY: 0, srcY: 0, destY: 0, height: 300 }]);
  });

  it('a page taller than one image may be is cut at the limit and marked truncated', () => {
    const plan = planSlices(100_000, 800, MAX_CANVAS_SIDE);
    expect(plan).toMatchObject({ capturedHeight: MAX_CANVAS_SIDE, truncated: true });
    expect(plan.slices.at(-1)).toEqual({ scrollY: 32_000, srcY: 0, destY: 32_000, height: 767 });
  });

  it('refuses an empty viewport', () => {
    expect(() => planSlices(1000, 0)).toThrow(RangeError);
  });
});

describe('fixed and sticky headers: captured once', () => {
  it('are shown in the first slice and hidden in every later one', () => {
    expect([0, 1, 2, 5].map(hideFixedFor)).toEqual([false, true, true, true]);
  });
});

describe('deviceRows: CSS pixels to image rows', () => {
  it('at a fractional scale, consecutive slices neither overlap nor leave a gap', () => {
    const { slices } = planSlices(4339, 800);
    const scale = 1.25;
    let next = 0;
    for (const s of slices) {
      const rows = deviceRows(s, scale);
      expect(rows.destY).toBe(next);
      next = rows.destY + rows.height;
    }
    expect(next).toBe(Math.round(4339 * scale));
  });
});

describe('platformOfUrl', () => {
  it('names the platform of a channel page, else manual', () => {
    expect(platformOfUrl('https://www.facebook.com/tyresokommun')).toBe('facebook');
    expect(platformOfUrl('https://business.facebook.com/latest/inbox')).toBe('business-suite');
    expect(platformOfUrl('https://www.instagram.com/tyresokommun/')).toBe('instagram');
    expect(platformOfUrl('https://studio.youtube.com/channel/x')).toBe('youtube-studio');
    expect(platformOfUrl('https://www.youtube.com/@tyreso')).toBe('youtube');
    expect(platformOfUrl('https://bibliotek.tyreso.se/blogg')).toBe('manual');
    expect(platformOfUrl('not a url')).toBe('manual');
  });
});
