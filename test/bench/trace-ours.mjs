// One Chromium trace, read for what is ours. Our content script's time is the time of the
// trace's script events whose script is the extension's (EvaluateScript at start, FunctionCall
// for every callback: frames, observers, events), each counted once (the outermost), with
// everything it caused inside it: the natives it called and the layouts it forced. Thread time
// (`tdur`, CPU) is the figure: wall time on this shared machine grows with whatever else runs.
// Used by ours.mjs.

export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'].join(',');

/** Runs `work` under a trace of the page's renderer; returns the trace's events. */
export async function traced(session, work) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  session.on('Tracing.dataCollected', onData);
  const done = new Promise((r) => session.once('Tracing.tracingComplete', r));
  await session.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  try {
    await work();
  } finally {
    await session.send('Tracing.end');
    await done;
    session.off('Tracing.dataCollected', onData);
  }
  return events;
}

/** The page's main thread: the CrRendererMain thread with the most time in it. */
function mainThread(events) {
  const mains = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') mains.set(`${e.pid}:${e.tid}`, 0);
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (mains.has(key)) mains.set(key, mains.get(key) + (e.dur ?? 0));
  }
  const best = [...mains.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best) throw new Error('The trace has no renderer main thread');
  return best[0];
}

/** Events that do not lie inside another of the list (sorted by start). */
function outermost(list) {
  const out = [];
  let end = -Infinity;
  for (const e of [...list].sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    if (e.ts >= end) {
      out.push(e);
      end = e.ts + e.dur;
    }
  }
  return out;
}

const inside = (outer) => (e) => e.ts >= outer.ts && e.ts + e.dur <= outer.ts + outer.dur;
const SCRIPT = new Set(['FunctionCall', 'EvaluateScript']);
const STYLE_AND_LAYOUT = new Set(['UpdateLayoutTree', 'Layout']);
/** V8's collector (young and full, incremental marking steps): run inside whichever call allocated. */
const isGc = (e) => e.name === 'MinorGC' || e.name === 'MajorGC' || e.name.startsWith('V8.GC_');
const sum = (list, key) => Math.round((list.reduce((s, e) => s + (e[key] ?? e.dur ?? 0), 0) / 1000) * 10) / 10;

/**
 * What the trace says of us, in ms: `oursCpuMs` (our script with what it forced), of which
 * `forcedLayoutCpuMs` (style and layout run inside our calls); `styleLayoutCpuMs` (all style and
 * layout of the main thread, ours and the page's); `gcInOursCpuMs`, the collector's pauses that
 * fell inside our calls (a CPU profile gives them to "(garbage collector)", not to our functions;
 * their length is the whole heap's, the page's 1.9 million elements after a flood); and every
 * long task (≥ 50 ms wall; `cpuMs`, its thread CPU) with the part of it that was our script: `oursCpuMs` (thread CPU
 * without the collector: the judged one), `oursMs` (wall, all of it), the collector's part
 * (`gcMs`, wall), and what was neither that nor forced layout (`scriptMs`, wall).
 */
export function readTrace(events, isOurs = (url) => url.startsWith('chrome-extension://')) {
  const [pid, tid] = mainThread(events).split(':').map(Number);
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number');
  const ours = outermost(onMain.filter((e) => SCRIPT.has(e.name) && isOurs(e.args?.data?.url ?? '')));
  const layouts = onMain.filter((e) => STYLE_AND_LAYOUT.has(e.name));
  const forced = outermost(layouts.filter((l) => ours.some((o) => inside(o)(l))));
  const gc = outermost(onMain.filter((e) => isGc(e) && ours.some((o) => inside(o)(e))));
  const tasks = outermost(onMain.filter((e) => e.name === 'RunTask'));
  const longTasks = tasks
    .filter((t) => t.dur >= 50_000)
    .map((t) => {
      const mine = ours.filter(inside(t));
      const oursMs = sum(mine, 'dur');
      // Which of our calls: the event and, in an unminified build (KV_NOMINIFY=1), the function's line.
      const calls = mine.filter((e) => e.dur >= 1000).map((e) => `${e.name}:${e.args?.data?.functionName || ''}:${e.args?.data?.lineNumber ?? ''} ${sum([e], 'dur')}`);
      const gcIn = gc.filter(inside(t));
      const gcMs = sum(gcIn, 'dur');
      // The measure, what a CPU profile gives our bundle: thread CPU, the collector's
      // pauses left out (a profile gives them to "(garbage collector)"), forced layout kept.
      const oursCpuMs = Math.round((sum(mine, 'tdur') - sum(gcIn, 'tdur')) * 10) / 10;
      return { ms: sum([t], 'dur'), cpuMs: sum([t], 'tdur'), oursCpuMs, oursMs, scriptMs: Math.round((oursMs - sum(forced.filter(inside(t)), 'dur') - gcMs) * 10) / 10, gcMs, calls };
    });
  return {
    oursCpuMs: sum(ours, 'tdur'),
    forcedLayoutCpuMs: sum(forced, 'tdur'),
    gcInOursCpuMs: sum(gc, 'tdur'),
    styleLayoutCpuMs: sum(outermost(layouts), 'tdur'),
    longTasks,
  };
}
