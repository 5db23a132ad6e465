// Capture latency in Firefox beside Chromium (issue 23): click on "Fånga" → the overlay's answer
// to a committed record (with its screenshot), median of 10 on the demo Facebook page, measured
// the same way in both browsers (a MutationObserver on the status's answer counter, in the page).
// Run: node test/bench/capture-firefox.mjs (needs both builds: npm run build).
import { launch as launchChromium } from '../support/browser.mjs';
import { launch as launchFirefox } from '../support/firefox.mjs';
import { summary } from './stats.mjs';

const PAGE = 'https://www.facebook.com/tyresokommun';
const FIXTURE = 'facebook/page-feed.sv.html';
const RUNS = 10;
const GAP_MS = 1100; // Chromium allows two captureVisibleTab calls a second: the same gap in both

async function clickAndWait(page) {
  return page.evaluate(async () => {
    const host = document.querySelector('kommentarsvakt-toolbar');
    const button = host.shadowRoot.querySelector('button');
    const status = host.shadowRoot.querySelector('[role="status"]');
    const before = status.dataset.answers;
    const done = new Promise((resolve) => {
      const mo = new MutationObserver(() => {
        if (status.dataset.answers !== before) {
          mo.disconnect();
          resolve(performance.now());
        }
      });
      mo.observe(status, { attributes: true, attributeFilter: ['data-answers'] });
    });
    const t0 = performance.now();
    button.click();
    return { ms: (await done) - t0, text: status.textContent };
  });
}

async function series(page) {
  await clickAndWait(page); // warm-up: the first capture opens the database
  const ms = [];
  const texts = new Set();
  for (let i = 0; i < RUNS; i++) {
    await new Promise((r) => setTimeout(r, GAP_MS));
    const r = await clickAndWait(page);
    ms.push(r.ms);
    texts.add(r.text);
  }
  return { ...summary(ms), statuses: [...texts] };
}

const waitForToolbar = async (page) => {
  for (let i = 0; i < 200 && !(await page.evaluate(() => !!document.querySelector('kommentarsvakt-toolbar')?.shadowRoot?.querySelector('button'))); i++) await new Promise((r) => setTimeout(r, 50));
};

const out = {};
{
  const b = await launchChromium({ pages: { [PAGE]: FIXTURE } });
  try {
    const page = await b.context.newPage();
    await page.goto(PAGE);
    await page.bringToFront();
    await b.clickAction(page);
    await waitForToolbar(page);
    out.chromium = await series(page);
  } finally {
    await b.close();
  }
}
{
  const b = await launchFirefox({ pages: { [PAGE]: FIXTURE } });
  try {
    const page = await b.newPage(PAGE);
    await b.clickAction(page);
    await waitForToolbar(page);
    out.firefox = await series(page);
  } finally {
    await b.close();
  }
}
console.log(JSON.stringify(out, null, 2));
