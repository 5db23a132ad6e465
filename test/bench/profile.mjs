// Which of the overlay's functions the main thread spends its time in (issue 3), for reading,
// not for budgets: loads one site's 2,000-comment page with the extension under V8's sampling
// profiler and prints self time by function of the content script, native calls (querySelector,
// getBoundingClientRect: a forced layout) named with the function that made them. With an
// unminified build the names are ours:
//   KV_NOMINIFY=1 KV_OUT_DIR=/tmp/kv-nomin npx wxt build
//   KV_OUT_DIR=/tmp/kv-nomin node test/bench/profile.mjs youtube 3           the page's load
//   INCL=1 … (also time with callees, by function), LINES=1 … (by source line),
//   CALLERS=name … (the time of one function of ours by the function that called it)
//   APPEND=1 KV_OUT_DIR=/tmp/kv-nomin node test/bench/profile.mjs youtube 3  100 appended, scrolled through
// (2026-12-04: found YouTube's `#author-text` queries, 97 ms of a scroll-through.)
import { launch } from '../support/browser.mjs';
import { recording, SITES } from './overlay.mjs';
import { scratchTmpdir } from '../support/scratch.mjs';

// Browser profiles go in a folder of this run's own, removed when it ends.
scratchTmpdir('kv-bench-');

const site = process.argv[2] ?? 'facebook';
const runs = Number(process.argv[3] ?? 3);
const spec = SITES[site];
if (!spec) throw new Error(`Unknown site ${site}; known: ${Object.keys(SITES).join(', ')}`);
const html = spec.html();
const ours = (frame) => frame.url.startsWith('chrome-extension://');

/** Self time (ms) by "native < function file:line", summed over one profile. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const times = new Map();
  profile.samples.forEach((id, k) => {
    const ms = (profile.timeDeltas[k] ?? 0) / 1000;
    // Climb from the sampled frame to the nearest frame of ours, noting the native call on the way.
    let node = byId.get(id);
    let native = '';
    while (node && !ours(node.callFrame)) {
      native ||= node.callFrame.functionName;
      node = byId.get(parent.get(node.id));
    }
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${native ? `${native} < ` : ''}${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    times.set(key, (times.get(key) ?? 0) + ms);
  });
  if (process.env.LINES) addLineTimes(profile, times);
  if (process.env.INCL) addInclusiveTimes(profile, byId, parent, times);
  if (process.env.CALLERS) addCallerTimes(profile, byId, parent, times, process.env.CALLERS);
  return times;
}

/**
 * CALLERS=name: the inclusive time of our function `name` by the function of ours that called
 * it ("callers of name < caller"): which step pays for a shared helper (a zod parse, a query).
 */
function addCallerTimes(profile, byId, parent, times, name) {
  profile.samples.forEach((id, k) => {
    const ms = (profile.timeDeltas[k] ?? 0) / 1000;
    let caller;
    let found = false;
    for (let node = byId.get(id); node; node = byId.get(parent.get(node.id))) {
      if (!ours(node.callFrame)) continue;
      const fn = node.callFrame.functionName || '(anonymous)';
      if (fn === name) found = true;
      else if (found) {
        caller = `${fn} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber + 1}`;
        break;
      }
    }
    if (!found) return;
    const key = `callers of ${name} < ${caller ?? '(none)'}`;
    times.set(key, (times.get(key) ?? 0) + ms);
  });
}

/**
 * INCL=1: also each function of ours with the time of everything it called ("incl name"),
 * counted once per sample however deep it recurs: which entry point or step holds the time.
 */
function addInclusiveTimes(profile, byId, parent, times) {
  profile.samples.forEach((id, k) => {
    const ms = (profile.timeDeltas[k] ?? 0) / 1000;
    const names = new Set();
    for (let node = byId.get(id); node; node = byId.get(parent.get(node.id))) {
      if (ours(node.callFrame)) names.add(`incl ${node.callFrame.functionName || '(anonymous)'}`);
    }
    for (const name of names) times.set(name, (times.get(name) ?? 0) + ms);
  });
}

/**
 * LINES=1: also self time by source line of our functions ("line overlay.js:N"), from the
 * profile's position ticks, which V8 records per sampled line; read with KV_NOMINIFY=1.
 */
function addLineTimes(profile, times) {
  const total = profile.endTime - profile.startTime;
  const interval = total / 1000 / Math.max(1, profile.samples.length);
  for (const n of profile.nodes) {
    if (!ours(n.callFrame)) continue;
    for (const { line, ticks } of n.positionTicks ?? []) {
      const key = `line ${n.callFrame.url.split('/').pop()}:${line} (${n.callFrame.functionName || 'anonymous'})`;
      times.set(key, (times.get(key) ?? 0) + ticks * interval);
    }
  }
}

const b = await launch({ pages: { [spec.url]: () => html } });
const total = new Map();
try {
  for (let i = 0; i < runs; i++) {
    const page = await b.context.newPage();
    const session = await b.context.newCDPSession(page);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 100 });
    await recording.prepare(page, spec, true);
    await session.send('Profiler.start');
    await recording.run(page, spec, true);
    const { profile } = await session.send('Profiler.stop');
    for (const [key, ms] of selfTimes(profile)) total.set(key, (total.get(key) ?? 0) + ms / runs);
    await page.close();
  }
} finally {
  await b.close();
}
const rows = [...total].sort((a, b) => b[1] - a[1]);
console.log(
  JSON.stringify(
    {
      site,
      phase: recording.phase(),
      runs,
      contentScriptMs: Math.round(rows.filter(([key]) => !/^(incl|line|callers of) /.test(key)).reduce((sum, [, ms]) => sum + ms, 0) * 10) / 10,
      top: rows.slice(0, Number(process.env.TOP ?? 30)).map(([where, ms]) => ({ where, ms: Math.round(ms * 100) / 100 })),
    },
    null,
    2,
  ),
);
