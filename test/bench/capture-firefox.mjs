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

// A real (trusted) click through the driver: the overlay ignores synthetic ones (hostile pages).
// The time runs from the click event's own timestamp to the status's answer.
async function clickAndWait(page) {
  await page.evaluate(() => {
    const host = document.querySelector('kommentarsvakt-toolbar');
    const button = host.shadowRoot.querySelector('button');
    const status = host.shadowRoot.querySelector('[role="status"]');
    const before = status.dataset.answers;
    window.__kvLatency = new Promise((resolve) => {
      let t0;
      button.addEventListener('click', (e) => (t0 = e.timeStamp), { once: true });
      const mo = new MutationObserver(() => {
        if (status.dataset.answers !== before) {
          mo.disconnect();
          resolve({ ms: performance.now() - t0, text: status.textContent });
        }
      });
      mo.observe(status, { attributes: true, attributeFilter: ['data-answers'] });
    });
  });
  const button = await page.evaluateHandle(() => document.querySelector('kommentarsvakt-toolbar').shadowRoot.querySelector('button'));
  await button.click();
  return page.evaluate(() => window.__kvLatency);
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
