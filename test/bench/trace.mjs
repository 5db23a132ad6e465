// Where the overlay's main-thread time goes (issue 3), for reading, not for budgets: loads one
// site's 2,000-comment page with and without the extension, alternating, under a Chromium trace,
// and prints the trace events whose total time differs most between the two sides (median of
// the runs), e.g. Layout, PrePaint, FireAnimationFrame (our frame callbacks), EvaluateScript.
//   node test/bench/trace.mjs facebook 5           the page's load, 5 runs a side
//   APPEND=1 node test/bench/trace.mjs youtube 5   100 comments appended by infinite scroll, scrolled through
//   APPEND=1 READ=1 …                             the same, scrolled to in the appending task
//   TIMELINE=1 node test/bench/trace.mjs studio 1  every layout, paint and script event, in order
// Build first (npm run build). Nested events are counted in each of their parents too.
import { launch } from '../support/browser.mjs';
import { recording, SITES } from './overlay.mjs';
import { summary } from './stats.mjs';
import { scratchTmpdir } from '../support/scratch.mjs';

// Browser profiles go in a folder of this run's own, removed when it ends.
scratchTmpdir('kv-bench-');

const site = process.argv[2] ?? 'facebook';
const runs = Number(process.argv[3] ?? 3);
const spec = SITES[site];
if (!spec) throw new Error(`Unknown site ${site}; known: ${Object.keys(SITES).join(', ')}`);
const html = spec.html();
async function traceOnce(b, withExtension) {
  const page = await b.context.newPage();
  const session = await b.context.newCDPSession(page);
  const events = [];
  session.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => session.once('Tracing.tracingComplete', r));
  await recording.prepare(page, spec, withExtension);
  await session.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink,v8', transferMode: 'ReportEvents' });
  await recording.run(page, spec, withExtension);
  await session.send('Tracing.end');
  await done;
  await page.close();
  // The page's main thread: the renderer main thread with the most time in it.
  const mains = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain') mains.set(`${e.pid}:${e.tid}`, 0);
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (mains.has(key)) mains.set(key, mains.get(key) + (e.dur ?? 0));
  }
  const main = [...mains.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const byName = new Map();
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X');
  for (const e of onMain) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
  if (process.env.TIMELINE) {
    const shown = new Set(['Layout', 'PrePaint', 'Paint', 'UpdateLayoutTree', 'EvaluateScript', 'FunctionCall', 'FireAnimationFrame', 'ParseHTML', 'IntersectionObserverController::computeIntersections']);
    const t0 = onMain[0]?.ts ?? 0;
    for (const e of onMain) {
      if (!shown.has(e.name) || e.dur < 1000) continue;
      const data = e.args?.beginData ?? e.args?.data ?? {};
      console.log(withExtension ? 'with   ' : 'without', ((e.ts - t0) / 1000).toFixed(1).padStart(8), e.name.padEnd(20), (e.dur / 1000).toFixed(1).padStart(7), data.dirtyObjects !== undefined ? `dirty ${data.dirtyObjects}/${data.totalObjects}` : '');
    }
  }
  return byName;
}

const sides = { without: [], with: [] };
const browsers = { without: await launch({ extension: false, extensionSystem: true, pages: { [spec.url]: () => html } }), with: await launch({ pages: { [spec.url]: () => html } }) };
try {
  for (let i = 0; i < runs; i++) {
    for (const side of i % 2 === 0 ? ['without', 'with'] : ['with', 'without']) sides[side].push(await traceOnce(browsers[side], side === 'with'));
  }
} finally {
  for (const b of Object.values(browsers)) await b.close();
}
const names = new Set([...sides.with, ...sides.without].flatMap((m) => [...m.keys()]));
const rows = [];
for (const name of names) {
  const median = (side) => summary(sides[side].map((m) => m.get(name) ?? 0)).median;
  const [without, withExt] = [median('without'), median('with')];
  if (Math.abs(withExt - without) >= 2) rows.push({ event: name, without: Math.round(without * 10) / 10, with: Math.round(withExt * 10) / 10, addedMs: Math.round((withExt - without) * 10) / 10 });
}
rows.sort((a, b) => b.addedMs - a.addedMs);
console.log(JSON.stringify({ site, phase: recording.phase(), runs, events: rows }, null, 2));
