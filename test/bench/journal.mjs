// The journal's catch-up at a browser start (issue 25, lib/records/journal/catch-up.ts), in
// Chromium, with N records (screenshots and capture entries) in the store: how long after the
// queue page has opened the journal is caught up, (a) when it lacks every record (an update
// from before the journal: all are written), (b) when it holds them all (what every later
// browser start costs: each record's folder is looked at). Timed from the page, polling the
// session mark every 25 ms; the browser's own start is reported beside it.
import { launch } from '../support/browser.mjs';
import { seed } from './export.mjs';

const SIZES = (process.env.KV_BENCH_JOURNAL ?? '500,2000').split(',').map(Number);
const MARK = 'kv.journal.caughtUp:kommentarsvakt';

async function timedStart(userDataDir) {
  const started = performance.now();
  const b = await launch({ userDataDir });
  const page = await b.context.newPage();
  await page.goto(b.extensionUrl('queue.html'));
  const opened = performance.now();
  while (!(await page.evaluate(async (mark) => (await globalThis.chrome.storage.session.get(mark))[mark] === true, MARK))) await new Promise((ok) => setTimeout(ok, 25));
  const caughtUp = performance.now();
  const journalled = await page.evaluate(async () => {
    const records = await (await (await navigator.storage.getDirectory()).getDirectoryHandle('journal')).getDirectoryHandle('records');
    let n = 0;
    for await (const _ of records.keys()) n++;
    return n;
  });
  await b.close();
  return { startToQueueMs: Math.round(opened - started), queueToCaughtUpMs: Math.round(caughtUp - opened), recordsInJournal: journalled };
}

export async function benchJournal() {
  const out = {};
  for (const n of SIZES) {
    const first = await launch();
    const page = await first.context.newPage();
    await page.goto(first.extensionUrl('queue.html'));
    // Written with the raw API: the journal does not see them, as after an update from before it.
    await seed(page, 1, n + 1);
    const dir = first.userDataDir;
    await first.close();
    out[n] = { writesAll: await timedStart(dir), checksAll: await timedStart(dir), checksAllAgain: await timedStart(dir) };
  }
  return out;
}
