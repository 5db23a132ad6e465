import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch } from '../support/browser.mjs';
import { scrollThrough, SITES } from '../bench/overlay.mjs';
import { youtubeWatch } from '../fixtures/youtube/generate-watch.mjs';

// Issue 3, the overlay at scale: on each site's 2,000-comment page (the bench's pages, parsed
// by the browser in many chunks), every comment gets exactly one toolbar room, beside its own
// box, and the toolbars drawn into those rooms move nothing on the page: the browser reports no
// layout shift, neither while the page loads nor when 100 comments arrive by infinite scroll.

const SITE_NAMES = ['facebook', 'instagram', 'youtube', 'studio'] as const;

interface Placement {
  /** The comments and replies on the page, counted from the site's markup. */
  items: number;
  /** Our rooms (every toolbar is drawn inside its item's room). */
  ours: number;
  hosts: number;
  /** Toolbars that are not in a room of their own. */
  hostsOutsideRooms: number;
  owners: number;
  /** Every layout shift the browser reported so far, with what moved (empty: nothing moved). */
  shifts: string[];
  /** Of the last `tail` items on the page, those without a toolbar. */
  tailWithoutToolbar: number;
  /** Of the items in `span` (page coordinates, top to bottom), how many, and those without a toolbar. */
  inSpan: number;
  spanWithoutToolbar: number;
}

async function placement(page: Page, site: string, tail = 0, span: [number, number] = [0, 0]): Promise<Placement> {
  return page.evaluate(({ site, tail, span }) => {
    /** The item our element stands for, per site. */
    const owner = (el: Element): Element | null => {
      // Facebook: after the comment's frame inside its article (replies nested further in), or at its end.
      if (site === 'facebook') return el.closest('div[role="article"]');
      // Instagram: right after the comment row (rows have no hook: the row is the one before).
      if (site === 'instagram') return el.previousElementSibling;
      if (site === 'youtube') return el.parentElement?.closest('ytd-comment-view-model, ytd-comment-renderer') ?? null;
      return el.parentElement?.closest('ytcp-comment') ?? null;
    };
    const items = (): Element[] => {
      if (site === 'facebook') {
        // A comment's article holds its own comment link first (a post's belongs to its first comment).
        return [...document.querySelectorAll('div[role="article"]')].filter((a) => a.querySelector('a[href*="comment_id="]')?.closest('div[role="article"]') === a);
      }
      // Instagram: rows have no hook; the rooms' rows stand for them (their number is checked against the time links).
      if (site === 'instagram') return [...document.querySelectorAll('kommentarsvakt-slot')].map((r) => r.previousElementSibling!);
      if (site === 'youtube') return [...document.querySelectorAll('ytd-comment-view-model, ytd-comment-renderer')];
      return [...document.querySelectorAll('ytcp-comment')];
    };
    const ours = [...document.querySelectorAll('kommentarsvakt-slot')];
    const hosts = [...document.querySelectorAll('kommentarsvakt-toolbar')];
    const owners = new Set(ours.map(owner));
    owners.delete(null);
    const decorated = new Set(hosts.map((h) => owner(h.parentElement!)));
    const all = tail > 0 || span[1] > span[0] ? items() : [];
    const inSpan = all.filter((item) => {
      const box = item.getBoundingClientRect();
      return box.height > 0 && box.bottom + window.scrollY > span[0] && box.top + window.scrollY < span[1];
    });
    return {
      items: site === 'instagram' ? document.querySelectorAll('a[href*="/c/"] > time[datetime]').length : items().length,
      ours: ours.length,
      hosts: hosts.length,
      hostsOutsideRooms: hosts.filter((h) => h.parentElement?.localName !== 'kommentarsvakt-slot' || h.parentElement.children.length !== 1).length,
      owners: owners.size,
      shifts: (window as unknown as { __kvShifts: string[] }).__kvShifts.slice(),
      tailWithoutToolbar: tail > 0 ? all.slice(-tail).filter((item) => !decorated.has(item)).length : 0,
      inSpan: inSpan.length,
      spanWithoutToolbar: inSpan.filter((item) => !decorated.has(item)).length,
    };
  }, { site, tail, span });
}

/**
 * Every layout shift the browser sees (Layout Instability API), from the first paint on, with
 * what moved, in window.__kvShifts. Runs in the page (addInitScript).
 */
function watchShifts(): void {
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
    const shifts: string[] = [];
    (window as unknown as { __kvShifts: string[] }).__kvShifts = shifts;
    const name = (n: Node | null | undefined): string => {
      if (!n) return '(gone)';
      const el = n instanceof Element ? n : n.parentElement;
      if (!el) return n.nodeName;
      const path: string[] = [];
      for (let e: Element | null = el; e && path.length < 4; e = e.parentElement) path.push(e.localName + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : ''));
      return path.join(' < ');
    };
    const rect = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => {
      const s = e as Shift;
      shifts.push(`${s.value.toFixed(4)} at ${Math.round(s.startTime)} ms: ` + (s.sources ?? []).map((src) => `${name(src.node)} ${rect(src.previousRect)} -> ${rect(src.currentRect)}`).join('; '));
    })).observe({ type: 'layout-shift', buffered: true });
}

const settle = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300))));

describe.each(SITE_NAMES)('the overlay on %s with 2,000 comments', (site) => {
  const spec = SITES[site];
  let b: Awaited<ReturnType<typeof launch>>;
  let page: Page;
  beforeAll(async () => {
    const html = spec.html();
    b = await launch({ pages: { [spec.url]: () => html } });
    page = await b.context.newPage();
    await page.addInitScript(watchShifts);
    await page.goto(spec.url, { waitUntil: 'load' });
    await page.locator('kommentarsvakt-toolbar').first().waitFor({ state: 'attached' });
    await page.evaluate(settle);
  });
  afterAll(async () => b?.close());

  it('gives each of the 2,000 items one room, beside its own box; those in view have toolbars; nothing moved', async () => {
    const p = await placement(page, site);
    expect(p.items).toBe(2000);
    expect(p.ours).toBe(2000);
    expect(p.owners).toBe(2000);
    expect(p.hosts).toBeGreaterThan(0);
    expect(p.hosts).toBeLessThan(200);
    expect(p.hostsOutsideRooms).toBe(0);
    expect(p.shifts).toEqual([]);
    // The first comment, in view, has its named buttons.
    expect(await page.getByRole('button', { name: /^Fånga (kommentar|svar) av / }).count()).toBe(p.hosts);
  });

  it('scrolling down the loaded page a screenful per frame, then jumping ahead and scrolling back up, every comment passed has its toolbar', async () => {
    // Only every WATCH_STRIDE-th waiting item is watched, and the ends of each run (lib/overlay/watchlist.ts).
    const screens = (n: number, direction: 1 | -1) =>
      page.evaluate(async ({ n, direction }) => {
        for (let i = 0; i < n; i++) {
          window.scrollBy(0, direction * window.innerHeight);
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        }
      }, { n, direction });
    const bottom = () => page.evaluate(() => window.scrollY + window.innerHeight);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screens(25, 1);
    await page.evaluate(settle);
    const down = await placement(page, site, 0, [0, await bottom()]);
    expect(down.inSpan).toBeGreaterThan(50);
    expect(down.spanWithoutToolbar).toBe(0);
    // A jump far ahead, then back up through what lay between.
    const jumpTo = await page.evaluate(() => Math.round(document.documentElement.scrollHeight / 2));
    await page.evaluate((y) => window.scrollTo(0, y), jumpTo);
    await page.evaluate(settle);
    await screens(12, -1);
    await page.evaluate(settle);
    const top = await page.evaluate(() => window.scrollY);
    const up = await placement(page, site, 0, [top, jumpTo + 600]);
    expect(up.inSpan).toBeGreaterThan(20);
    expect(up.spanWithoutToolbar).toBe(0);
    expect(up.shifts).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(settle);
  });

  it('100 comments appended by infinite scroll get rooms and, in view, toolbars in the same frame, without moving anything', async () => {
    const before = await placement(page, site);
    // Appended, and scrolled to at once (the page reads its layout in the same task).
    await page.evaluate(`(${spec.append})(); window.scrollTo(0, document.body.scrollHeight);`);
    await page.evaluate(settle);
    const after = await placement(page, site);
    // 100 list entries: on some sites a thread with its replies.
    expect(after.items).toBeGreaterThanOrEqual(before.items + 100);
    expect(after.ours).toBe(after.items);
    expect(after.owners).toBe(after.items);
    expect(after.hosts).toBeGreaterThan(before.hosts);
    expect(after.hostsOutsideRooms).toBe(0);
    expect(after.shifts).toEqual([]);
  });

  it('100 more comments, arriving below the fold, get their toolbars before they are scrolled to; scrolling through them moves nothing', async () => {
    const before = await placement(page, site);
    await page.evaluate(spec.append);
    await page.evaluate(settle);
    const added = (await placement(page, site)).items - before.items;
    expect(added).toBeGreaterThanOrEqual(100);
    // In the frame that laid them out (ARRIVALS_DECORATED_AT_ONCE), not as each comes into view.
    const arrived = await placement(page, site, added);
    expect(arrived.tailWithoutToolbar).toBe(0);
    expect(await page.evaluate(() => window.scrollY + window.innerHeight < document.documentElement.scrollHeight - 1)).toBe(true);
    await page.evaluate(scrollThrough);
    await page.evaluate(settle);
    const after = await placement(page, site, added);
    expect(after.ours).toBe(after.items);
    expect(after.tailWithoutToolbar).toBe(0);
    expect(after.hostsOutsideRooms).toBe(0);
    expect(after.shifts).toEqual([]);
  });

  // One site is enough: the limit is the decorator's, not the adapter's.
  it.runIf(site === 'youtube')('a bigger batch (over 200 comments at once) is decorated as it comes into view, not all in one frame', async () => {
    const before = await placement(page, site);
    // Three batches of 100 comments and replies in one task.
    await page.evaluate(`(${spec.append})(); (${spec.append})(); (${spec.append})();`);
    await page.evaluate(settle);
    const added = (await placement(page, site)).items - before.items;
    expect(added).toBeGreaterThan(200);
    const arrived = await placement(page, site, added);
    expect(arrived.ours).toBe(arrived.items);
    expect(arrived.tailWithoutToolbar).toBeGreaterThan(added / 2);
    await page.evaluate(scrollThrough);
    await page.evaluate(settle);
    const after = await placement(page, site, added);
    expect(after.tailWithoutToolbar).toBe(0);
    expect(after.shifts).toEqual([]);
  });
});

// A reader who is at the end as soon as the page is parsed (a restored scroll, the End key):
// nothing moves, every item has its room, and those in view have their toolbars.
describe.each(SITE_NAMES)('the reader jumps to the end of %s as soon as it is parsed', (site) => {
  const spec = SITES[site];
  let b: Awaited<ReturnType<typeof launch>>;
  beforeAll(async () => {
    const html = spec.html();
    b = await launch({ pages: { [spec.url]: () => html } });
  });
  afterAll(async () => b?.close());

  it('every item gets its room, those in view their toolbars, and nothing moves', async () => {
    const page = await b.context.newPage();
    await page.addInitScript(watchShifts);
    await page.addInitScript(() =>
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') setTimeout(() => window.scrollTo(0, document.documentElement.scrollHeight), 0);
      }),
    );
    await page.goto(spec.url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelectorAll('kommentarsvakt-slot').length >= 2000);
    await page.evaluate(settle);
    const view = await page.evaluate(() => [window.scrollY, window.scrollY + window.innerHeight] as [number, number]);
    expect(view[0]).toBeGreaterThan(10_000);
    const p = await placement(page, site, 0, view);
    expect(p.ours).toBe(p.items);
    expect(p.inSpan).toBeGreaterThan(0);
    expect(p.spanWithoutToolbar).toBe(0);
    expect(p.hostsOutsideRooms).toBe(0);
    expect(p.shifts).toEqual([]);
    await page.close();
  });
});

// Only every WATCH_STRIDE-th waiting comment is watched, and the ends of each run
// (lib/overlay/watchlist.ts). A jump can land where two unwatched comments, each taller than the
// view, fill it and both margins: no watched one is near, and the toolbars come from the look
// at the view once scrolling ends. A short page, parsed in one go, so its waiting comments are
// one run (watched at its 1st, 4th, 7th … and last); every comment is very tall.
describe('a jump between watched comments that are far apart (YouTube, every comment taller than two screens)', () => {
  const url = 'https://www.youtube.com/watch?v=tAllC0mment';
  let b: Awaited<ReturnType<typeof launch>>;
  beforeAll(async () => {
    const html = youtubeWatch(16).replace('</head>', '<style>#content-text { display: block; min-height: 1600px }</style></head>');
    b = await launch({ pages: { [url]: () => html } });
  });
  afterAll(async () => b?.close());

  // Three neighbours in turn: whatever comment the run starts at, one of them is the first of
  // two unwatched comments in a row.
  it.each([6, 7, 8])('comment %i, whose toolbar lands mid-view after the jump, gets its toolbar', async (k) => {
    const page = await b.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('kommentarsvakt-toolbar').first().waitFor({ state: 'attached' });
    await page.evaluate(settle);
    const decorated = await page.evaluate(async (k) => {
      const items = [...document.querySelectorAll('ytd-comment-view-model')];
      const room = items[k]!.querySelector('kommentarsvakt-slot')!;
      if (items[k]!.getBoundingClientRect().height < 1600) return 'not tall';
      if (room.querySelector('kommentarsvakt-toolbar')) return 'decorated before the jump';
      window.scrollTo(0, room.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300))));
      return room.querySelector('kommentarsvakt-toolbar') ? 'decorated' : 'not decorated';
    }, k);
    expect(decorated).toBe('decorated');
    await page.close();
  });
});

// The parser can pause inside an item, and the browser then draws what it has (here: a
// parser-blocking script that takes its time, as a slow network does). A Facebook comment's
// room goes after its own frame, before its replies: the replies drawn in that pause must not
// be moved by a room placed once the comment is complete. Per site, where the room goes inside
// an item: Instagram's goes after its row (nothing after it is drawn yet).
describe('the parser pauses inside a comment with replies (Facebook), and the page is drawn meanwhile', () => {
  const spec = SITES.facebook;
  const PAUSE = 'https://www.facebook.com/kv-test-pause.js';
  let b: Awaited<ReturnType<typeof launch>>;
  beforeAll(async () => {
    // After the first reply of the first comment that has replies, the parser waits for a script.
    const html = spec.html().replace('</div></div></div></div><div class="x1iorvi4">', `</div></div></div></div><script src="${PAUSE}"></script><div class="x1iorvi4">`);
    expect(html).toContain(PAUSE);
    b = await launch({ pages: { [spec.url]: () => html } });
  });
  afterAll(async () => b?.close());

  it('the comment gets its room before the pause is drawn: nothing moves', async () => {
    const page = await b.context.newPage();
    let drawnDuringPause = false;
    await page.route(PAUSE, async (route) => {
      // Until the page has drawn a frame with the first reply in it.
      drawnDuringPause = await page
        .evaluate(() => new Promise<boolean>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(document.querySelectorAll('div[role="article"] div[role="article"]').length > 0)))))
        .catch(() => false);
      await new Promise((r) => setTimeout(r, 300));
      await route.fulfill({ contentType: 'text/javascript', body: 'void 0;' });
    });
    await page.addInitScript(watchShifts);
    await page.goto(spec.url, { waitUntil: 'load' });
    await page.locator('kommentarsvakt-toolbar').first().waitFor({ state: 'attached' });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
    expect(drawnDuringPause).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __kvShifts: string[] }).__kvShifts)).toEqual([]);
    await page.close();
  });
});
