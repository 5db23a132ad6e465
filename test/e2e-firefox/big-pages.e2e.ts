import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/firefox.mjs';
import { SITES as BIG } from '../bench/overlay.mjs';
import type { Firefox } from './helpers';

// The 2,000-comment pages in Firefox (the overlay-scale tests are Chromium's): every comment
// gets its room, and a reader who jumped to the end as soon as the page was parsed (the page's
// own script, as a restored scroll) still sees the end, with toolbars.
const JUMP = `<script>document.addEventListener('readystatechange', () => { if (document.readyState === 'interactive') setTimeout(() => window.scrollTo(0, document.documentElement.scrollHeight), 0); });</script></head>`;

for (const site of ['instagram', 'youtube'] as const) {
  describe(`Firefox, ${site} with 2,000 comments`, () => {
    const spec = BIG[site];
    let b: Firefox;
    beforeAll(async () => {
      const html = spec.html();
      b = await launch({ pages: { [spec.url]: () => html, [`${spec.url}${spec.url.includes('?') ? '&' : '?'}jump=1`]: () => html.replace('</head>', JUMP) } });
    });
    afterAll(async () => b?.close());

    const allRooms = (page: Awaited<ReturnType<Firefox['newPage']>>) => page.waitForFunction(() => document.querySelectorAll('kommentarsvakt-slot').length >= 2000, { timeout: 20_000 });

    it('every comment gets its room', async () => {
      const page = await b.newPage(spec.url);
      await allRooms(page);
      expect(await page.evaluate(() => document.querySelectorAll('kommentarsvakt-slot').length)).toBe(2000);
      await page.close();
    });

    it('a reader who jumped to the end as soon as it was parsed still sees the end, with toolbars', async () => {
      const page = await b.newPage(`${spec.url}${spec.url.includes('?') ? '&' : '?'}jump=1`);
      await allRooms(page);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 500)))));
      const view = await page.evaluate(() => ({ y: window.scrollY, bottom: window.scrollY + window.innerHeight, height: document.documentElement.scrollHeight }));
      expect(view.y).toBeGreaterThan(10_000);
      expect(view.height - view.bottom).toBeLessThan(2);
      // The toolbars in view are drawn (inside rooms, in the page's own DOM).
      const inView = await page.evaluate(() => [...document.querySelectorAll('kommentarsvakt-slot')].filter((s) => { const r = s.getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight; }).map((s) => s.querySelector('kommentarsvakt-toolbar') !== null));
      expect(inView.length).toBeGreaterThan(0);
      expect(inView.every(Boolean)).toBe(true);
      await page.close();
    });
  });
}
