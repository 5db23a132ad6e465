// Capture latency (issue 2): from the click on "Fånga" to the overlay saying "Sparad" (which
// it does only after the record and its screenshot were committed), side by side with the
// floor, a bare captureVisibleTab call from the service worker, interleaved in one run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir, launch } from '../support/browser.mjs';
import { withRoundIds } from '../support/fresh-ids.mjs';
import { facebookFeed } from '../fixtures/facebook/generate-feed.mjs';
import { summary } from './stats.mjs';

const PAGE = 'https://www.facebook.com/tyresokommun';
/**
 * The demo page (mostly white: a cheap PNG to encode) and a realistic one: 2,000 comments, a
 * post photo and profile pictures, whose 1280×800 screenshot costs what the floor
 * assumes (about 100 ms as PNG).
 */
const busy = facebookFeed(2000, { photos: true });
const PAGES = { demo: () => readFileSync(join(fixturesDir, 'facebook/page-feed.sv.html'), 'utf8'), realistic: () => busy };
const QUOTA_GAP_MS = 1100; // two captureVisibleTab calls a second: keep runs apart

/**
 * Waits, in the page, for the answers of the toolbars at `indices`, timed from the click each
 * receives (the event's own time stamp): the overlay acts only on the user's own clicks
 * (issue 26), so the clicks are real input (Playwright's mouse), given after this is armed.
 */
function armAnswers(page, indices) {
  return page.evaluate((list) => {
    window.__kvAnswers = list.map((i) => {
      const host = document.querySelectorAll('kommentarsvakt-toolbar')[i];
      const button = host.shadowRoot.querySelector('button');
      const status = host.shadowRoot.querySelector('[role="status"]');
      // data-answers counts the overlay's answers: it changes once per committed capture.
      const before = status.dataset.answers;
      let clicked;
      button.addEventListener('click', (e) => (clicked = e.timeStamp), { once: true });
      return new Promise((resolve) => {
        const mo = new MutationObserver(() => {
          if (status.dataset.answers !== before) {
            mo.disconnect();
            resolve({ ms: performance.now() - clicked, text: status.textContent });
          }
        });
        mo.observe(status, { attributes: true, attributeFilter: ['data-answers'] });
      });
    });
  }, indices);
}

/** The middle of toolbar `index`'s capture button, in the viewport (scrolled into view if need be). */
async function captureButtonAt(page, index) {
  const button = page.locator('kommentarsvakt-toolbar').nth(index).locator('button').first();
  await button.scrollIntoViewIfNeeded();
  const box = await button.boundingBox();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Clicks toolbar `index`'s capture button and waits for "Sparad". */
async function clickAndWait(page, index) {
  const at = await captureButtonAt(page, index);
  await armAnswers(page, [index]);
  await page.mouse.click(at.x, at.y);
  return page.evaluate(async () => (await Promise.all(window.__kvAnswers))[0]);
}

export async function benchCapture() {
  const out = {};
  for (const [name, fixture] of Object.entries(PAGES)) out[name] = await benchCaptureOn(fixture);
  return out;
}

async function benchCaptureOn(fixture, runs = Number(process.env.KV_BENCH_RUNS ?? 20)) {
  // Every run on the page loaded anew with comment ids of its own: a second "Fånga" on a stored
  // item only asks whether to add a version (issue 18), which is not a capture.
  const html = fixture();
  let round = 0;
  const b = await launch({ pages: { [PAGE]: () => withRoundIds(html, round) } });
  try {
    const page = await b.context.newPage();
    const freshPage = async () => {
      round++;
      await page.goto(PAGE);
      await page.bringToFront();
      await b.clickAction(page);
      await page.locator('kommentarsvakt-toolbar').first().waitFor({ state: 'attached' });
    };
    await freshPage();
    const sw = await b.serviceWorker();
    const floor = [];
    const capture = [];
    const withoutShot = [];
    // Warm-up: the first capture opens the database.
    await clickAndWait(page, 0);
    await page.waitForTimeout(QUOTA_GAP_MS);
    for (let i = 0; i < runs; i++) {
      await freshPage();
      floor.push(
        await sw.evaluate(async () => {
          const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          const t0 = performance.now();
          await chrome.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
          return performance.now() - t0;
        }),
      );
      await page.waitForTimeout(QUOTA_GAP_MS);
      const r = await clickAndWait(page, 0);
      if (r.text !== 'Sparad') withoutShot.push(r.text);
      capture.push(r.ms);
      await page.waitForTimeout(QUOTA_GAP_MS);
    }
    const pngBytes = await sw.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return (await chrome.tabs.captureVisibleTab(tab.windowId, { format: 'png' })).length * 0.75;
    });
    await page.waitForTimeout(QUOTA_GAP_MS);
    await freshPage();
    // Burst: six capture buttons at once; all must be saved with a screenshot, none may fail on the quota.
    // Six, or as many as the page has (the demo page: five).
    const indices = [...Array(Math.min(6, await page.locator('kommentarsvakt-toolbar').count())).keys()];
    await armAnswers(page, indices);
    const t0 = Date.now();
    // In quick succession, each answer still pending (a capture takes longer than a click):
    // Playwright's click scrolls each button into view and checks it is the one hit, as the
    // captures scroll the page meanwhile.
    for (const i of indices) await page.locator('kommentarsvakt-toolbar').nth(i).locator('button').first().click();
    const results = (await page.evaluate(() => Promise.all(window.__kvAnswers))).map((r) => r.text);
    const burst = { clicks: indices.length, ms: Date.now() - t0, results };
    const c = summary(capture);
    const f = summary(floor);
    return {
      viewportPngKb: Math.round(pngBytes / 1024),
      captureClickToCommitted: c,
      floorCaptureVisibleTab: f,
      ratioMedian: Math.round((c.median / f.median) * 100) / 100,
      budget: { medianMs: 250, ratio: 1.5 },
      withinBudget: c.median <= 250 && c.median / f.median <= 1.5,
      savedWithoutScreenshot: withoutShot.length,
      notSaved: [...new Set(withoutShot)],
      burst: {
        clicks: burst.clicks,
        totalMs: Math.round(burst.ms),
        savedWithScreenshot: burst.results.filter((t) => t === 'Sparad').length,
        failed: burst.results.filter((t) => !t.startsWith('Sparad')).length,
      },
    };
  } finally {
    await b.close();
  }
}
