// The overlay at scale (issue 3): the same 2,000-comment page with and without the extension,
// in one run. Main-thread time is CDP's TaskDuration (all tasks of the page's renderer main
// thread, the isolated world of our content script included); heap is JSHeapUsedSize.
import { launch } from '../support/browser.mjs';
import { facebookFeed } from '../fixtures/facebook/generate-feed.mjs';
import { summary } from './stats.mjs';

const PAGE = 'https://www.facebook.com/tyresokommun';
const html = facebookFeed(2000, { photos: true });

async function metrics(session) {
  const { metrics } = await session.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** One load of the page: main-thread time until the page and the overlay are settled, heap, and the cost of 100 appended comments. */
async function once(b, withExtension) {
  const page = await b.context.newPage();
  const session = await b.context.newCDPSession(page);
  await session.send('Performance.enable');
  await page.goto(PAGE, { waitUntil: 'load' });
  if (withExtension) await page.locator('kommentarsvakt-toolbar').first().waitFor({ state: 'attached' });
  // Settle: two idle frames after the last mutation.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
  const loaded = await metrics(session);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  const before = await metrics(session);
  // Infinite scroll: 100 more comments at the end of the list, in view.
  await page.evaluate(() => {
    const list = document.querySelector('[role="feed"] ul');
    const items = [...list.children].slice(0, 100);
    const fragment = document.createDocumentFragment();
    items.forEach((li, i) => {
      const copy = li.cloneNode(true);
      for (const a of copy.querySelectorAll('a[href*="comment_id="]')) a.setAttribute('href', a.getAttribute('href').replace(/comment_id=(\d+)/, (_, id) => `comment_id=${Number(id) + 900000 + i}`));
      fragment.append(copy);
    });
    list.append(fragment);
    window.scrollTo(0, document.body.scrollHeight);
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
  const after = await metrics(session);
  const decorated = await page.locator('kommentarsvakt-toolbar').count();
  await page.close();
  return {
    loadTaskMs: loaded.TaskDuration * 1000,
    heapMb: loaded.JSHeapUsedSize / 2 ** 20,
    appendTaskMs: (after.TaskDuration - before.TaskDuration) * 1000,
    decorated,
  };
}

export async function benchOverlay({ runs = 5 } = {}) {
  const result = {};
  const sides = {};
  for (const withExtension of [false, true]) {
    const b = await launch({ extension: withExtension, pages: { [PAGE]: () => html } });
    const samples = [];
    try {
      for (let i = 0; i < runs; i++) samples.push(await once(b, withExtension));
    } finally {
      await b.close();
    }
    sides[withExtension ? 'with' : 'without'] = samples;
  }
  const med = (side, key) => summary(sides[side].map((s) => s[key])).median;
  const load = { without: med('without', 'loadTaskMs'), with: med('with', 'loadTaskMs') };
  const append = { without: med('without', 'appendTaskMs'), with: med('with', 'appendTaskMs') };
  const heap = { without: med('without', 'heapMb'), with: med('with', 'heapMb') };
  result.page = '2,000 Facebook comments with photos (test/fixtures/facebook/generate-feed.mjs)';
  result.loadMainThreadMs = { ...load, addedMs: Math.round((load.with - load.without) * 10) / 10, ratio: Math.round((load.with / load.without) * 100) / 100, budget: 'ratio ≤ 1.10 and added ≤ 100 ms' };
  result.append100MainThreadMs = { ...append, addedMs: Math.round((append.with - append.without) * 10) / 10, budget: 'added ≤ 16 ms' };
  result.jsHeapMb = { ...heap, addedMb: Math.round((heap.with - heap.without) * 10) / 10, budget: 'added ≤ 15 MB' };
  result.toolbarsAfterAppend = sides.with.map((s) => s.decorated);
  return result;
}
