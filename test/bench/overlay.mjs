// The overlay at scale (issue 3; its budgets are now ours.mjs'), on every site: the same 2,000-comment page with and without
// the extension, in one run, at the site's real URL. Main-thread time is CDP's TaskDuration (all
// tasks of the page's renderer main thread, the isolated world of our content script included);
// it is wall time, which grows when other programs share the cores, so the main thread's CPU
// time (CDP's ThreadTime) is given beside it (…CpuMs). Heap is JSHeapUsedSize. `node test/bench/run.mjs overlay --sites=instagram,youtube --runs=3`
// measures some sites only, with fewer loads per side (5 by default); `--baseline=DIR` adds another
// build (made with KV_OUT_DIR=DIR) as a third side, to compare two versions of the overlay in one run.
import { join, resolve } from 'node:path';
import { launch } from '../support/browser.mjs';
import { facebookFeed } from '../fixtures/facebook/generate-feed.mjs';
import { instagramPost, POST_URL } from '../fixtures/instagram/generate-post.mjs';
import { youtubeWatch, WATCH_URL } from '../fixtures/youtube/generate-watch.mjs';
import { studioComments, STUDIO_URL } from '../fixtures/youtube-studio/generate-comments.mjs';
import { summary } from './stats.mjs';

/**
 * Per site: the page, and how its list grows by infinite scroll. `append` runs in the page: it
 * copies whole threads from the top of the list to its end, 100 comments and replies in all (the
 * budget's "100 comments"; until 2026-12-04 evening it was 100 threads, 168 comments), with fresh comment ids (the overlay keys
 * items by id, so copies with the same ids would not be new comments). The copies are the site's
 * markup only: our toolbars and their rooms are taken out of them. The bench then scrolls to
 * them (scrollThrough, or at once in the same task: appendThenRead).
 */
export const SITES = {
  facebook: {
    url: 'https://www.facebook.com/tyresokommun',
    page: '2,000 Facebook comments with photos (test/fixtures/facebook/generate-feed.mjs)',
    html: () => facebookFeed(2000, { photos: true }),
    append: () => {
      const list = document.querySelector('[role="feed"] ul');
      // Whole threads from the top of the list, to exactly 100 comments and replies.
      let n = 0;
      const items = [...list.children].filter((li) => {
        const k = li.querySelectorAll('div[role="article"]').length;
        if (k === 0 || n + k > 100) return false;
        n += k;
        return true;
      });
      const fragment = document.createDocumentFragment();
      items.forEach((li, i) => {
        const copy = li.cloneNode(true);
        copy.querySelectorAll('kommentarsvakt-slot, kommentarsvakt-toolbar').forEach((ours) => ours.remove());
        for (const a of copy.querySelectorAll('a[href*="comment_id="]')) a.setAttribute('href', a.getAttribute('href').replace(/comment_id=(\d+)/, (_, id) => `comment_id=${Number(id) + 900000 + i}`));
        fragment.append(copy);
      });
      list.append(fragment);
    },
  },
  instagram: {
    url: POST_URL,
    page: '2,000 Instagram comments and replies with photos, real 2025-11 row markup (test/fixtures/instagram/generate-post.mjs)',
    html: () => instagramPost(2000, { photos: true }),
    append: () => {
      // The post's comment list: the parent of the first comment row's block (no stable hook
      // on Instagram; the generator's container holds the caption first, then the blocks).
      const list = document.querySelector('main article .comments');
      let n = 0;
      const blocks = [...list.children].filter((b) => {
        const k = b.querySelectorAll('a[href*="/c/"] > time').length;
        if (k === 0 || n + k > 100) return false;
        n += k;
        return true;
      });
      const fragment = document.createDocumentFragment();
      blocks.forEach((block, i) => {
        const copy = block.cloneNode(true);
        copy.querySelectorAll('kommentarsvakt-slot, kommentarsvakt-toolbar').forEach((ours) => ours.remove());
        // /c/{id}/ and /c/{parent}/r/{id}/: every id in the copy gets the same fresh suffix.
        for (const a of copy.querySelectorAll('a[href*="/c/"]')) a.setAttribute('href', a.getAttribute('href').replace(/\/(c|r)\/(\d+)\//g, (_, k, id) => `/${k}/${id}${9000 + i}/`));
        fragment.append(copy);
      });
      list.append(fragment);
    },
  },
  youtube: {
    url: WATCH_URL,
    page: '2,000 YouTube watch-page comments and replies with photos, ytd-comment-view-model markup (test/fixtures/youtube/generate-watch.mjs)',
    html: () => youtubeWatch(2000, { photos: true }),
    append: () => {
      // YouTube appends ytd-comment-thread-renderers to the section's #contents as one scrolls.
      const list = document.querySelector('ytd-comments #sections > #contents');
      let n = 0;
      const threads = [...list.children].filter((t) => {
        const k = t.querySelectorAll('ytd-comment-view-model').length;
        if (k === 0 || n + k > 100) return false;
        n += k;
        return true;
      });
      const fragment = document.createDocumentFragment();
      threads.forEach((t, i) => {
        const copy = t.cloneNode(true);
        copy.querySelectorAll('kommentarsvakt-slot, kommentarsvakt-toolbar').forEach((ours) => ours.remove());
        for (const a of copy.querySelectorAll('a[href*="lc="]')) a.setAttribute('href', a.getAttribute('href').replace(/lc=([^&]+)/, (_, id) => `lc=${id}x${i}`));
        fragment.append(copy);
      });
      list.append(fragment);
    },
  },
  studio: {
    url: STUDIO_URL,
    page: '2,000 YouTube Studio comments and replies with photos, all in the DOM (test/fixtures/youtube-studio/generate-comments.mjs)',
    html: () => studioComments(2000, { photos: true }),
    append: () => {
      // Studio's list: ytcp-comment-threads in #comments-content #items.
      const list = document.querySelector('#comments-content #items');
      let n = 0;
      const threads = [...list.children].filter((t) => {
        const k = t.querySelectorAll('ytcp-comment').length;
        if (k === 0 || n + k > 100) return false;
        n += k;
        return true;
      });
      const fragment = document.createDocumentFragment();
      threads.forEach((t, i) => {
        const copy = t.cloneNode(true);
        copy.querySelectorAll('kommentarsvakt-slot, kommentarsvakt-toolbar').forEach((ours) => ours.remove());
        for (const a of copy.querySelectorAll('a[href*="lc="]')) a.setAttribute('href', a.getAttribute('href').replace(/lc=([^&]+)/, (_, id) => `lc=${id}x${i}`));
        fragment.append(copy);
      });
      list.append(fragment);
    },
  },
};

async function metrics(session) {
  const { metrics } = await session.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/**
 * The reader scrolls through what arrived: a screenful per frame to the end of the page, so
 * every appended comment comes into view (and gets its toolbar) once.
 */
export const scrollThrough = async () => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  while (window.scrollY + window.innerHeight < document.documentElement.scrollHeight - 1) {
    window.scrollBy(0, window.innerHeight);
    await frame();
  }
};

export const settle = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300))));

/**
 * Settles (two frames and 300 ms), the same on both sides, until the first toolbar is there.
 * Not Playwright's locator.waitFor: it runs a shadow-piercing query in the page every frame,
 * which cost the page 37–57 ms of main thread on 2,000 comments, on the measured side only.
 */
export async function settleLoaded(page, withExtension) {
  for (let i = 0; i < 50; i++) {
    await page.evaluate(settle);
    if (!withExtension || (await page.evaluate(() => document.querySelector('kommentarsvakt-toolbar') !== null))) return;
  }
}

/**
 * What trace.mjs and profile.mjs record, chosen by the environment: the page's load; with
 * APPEND=1, 100 comments appended below the fold and scrolled through; with READ=1 too, the
 * 100 scrolled to in the appending task; with STILL=1 instead, the 100 appended and not
 * scrolled to; with AFTER=1, the load and the 4 s after it (with APPEND: the arrival after
 * those 4 s, the read-ahead done). `prepare` runs before recording starts.
 */
export const recording = {
  phase: () => (process.env.APPEND ? (process.env.READ ? 'append 100, read at once' : process.env.STILL ? 'append 100, not scrolled' : 'append 100, scrolled through') : process.env.AFTER ? 'load and 4 s after' : 'load'),
  async prepare(page, site, withExtension) {
    if (!process.env.APPEND) return;
    await page.goto(site.url, { waitUntil: 'load' });
    await settleLoaded(page, withExtension);
    // AFTER=1: triage's read-ahead done before the arrival, as in ours.mjs.
    if (process.env.AFTER) await page.evaluate(() => new Promise((r) => setTimeout(r, 4000)));
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.evaluate(settle);
  },
  async run(page, site, withExtension) {
    if (!process.env.APPEND) {
      await page.goto(site.url, { waitUntil: 'load' });
      await settleLoaded(page, withExtension);
      // AFTER=1: and the read-ahead that starts a second after the load (triage-client.ts).
      if (process.env.AFTER) await page.evaluate(() => new Promise((r) => setTimeout(r, 4000)));
      return;
    }
    if (process.env.READ) await page.evaluate(`(${site.append})(); window.scrollTo(0, document.body.scrollHeight);`);
    else {
      await page.evaluate(site.append);
      await page.evaluate(settle);
      if (!process.env.STILL) await page.evaluate(scrollThrough);
    }
    await page.evaluate(settle);
  },
};

/** One load of the page: main-thread time until the page and the overlay are settled, heap, and the cost of 100 appended comments. */
async function once(b, site, withExtension) {
  const page = await b.context.newPage();
  const session = await b.context.newCDPSession(page);
  await session.send('Performance.enable');
  await page.goto(site.url, { waitUntil: 'load' });
  await settleLoaded(page, withExtension);
  const loaded = await metrics(session);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  // Infinite scroll: 100 more comments at the end of the list, below the fold, until they are
  // decorated (two frames); then the reader scrolls through them, a screenful per frame.
  const toolbars = () => page.evaluate(() => document.querySelectorAll('kommentarsvakt-toolbar').length);
  const toolbarsBefore = await toolbars();
  const before = await metrics(session);
  await page.evaluate(site.append);
  await page.evaluate(settle);
  const appended = await metrics(session);
  const decoratedAtOnce = (await toolbars()) - toolbarsBefore;
  await page.evaluate(scrollThrough);
  await page.evaluate(settle);
  const after = await metrics(session);
  const decorated = await toolbars();
  // The harder case: 100 more, and the page reads its layout in the same task (scrolling to the
  // end at once), before the overlay could give the new comments their rooms.
  const beforeRead = await metrics(session);
  await page.evaluate(`(${site.append})(); window.scrollTo(0, document.body.scrollHeight);`);
  await page.evaluate(settle);
  const afterRead = await metrics(session);
  // Two more arrivals like the first, measured alike: the arrival figure is the median of three
  // per load (one frame's worth of work, where one noisy sample weighs heavily).
  const arrivals = [(appended.ThreadTime - before.ThreadTime) * 1000];
  const arrivalTasks = [(appended.TaskDuration - before.TaskDuration) * 1000];
  for (let k = 0; k < 2; k++) {
    const start = await metrics(session);
    await page.evaluate(site.append);
    await page.evaluate(settle);
    const end = await metrics(session);
    arrivals.push((end.ThreadTime - start.ThreadTime) * 1000);
    arrivalTasks.push((end.TaskDuration - start.TaskDuration) * 1000);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.evaluate(settle);
  }
  const median3 = (a) => [...a].sort((x, y) => x - y)[1];
  await page.close();
  return {
    loadTaskMs: loaded.TaskDuration * 1000,
    loadCpuMs: loaded.ThreadTime * 1000,
    heapMb: loaded.JSHeapUsedSize / 2 ** 20,
    appendTaskMs: median3(arrivalTasks),
    appendCpuMs: median3(arrivals),
    scrollTaskMs: (after.TaskDuration - appended.TaskDuration) * 1000,
    scrollCpuMs: (after.ThreadTime - appended.ThreadTime) * 1000,
    decoratedAtOnce,
    appendReadTaskMs: (afterRead.TaskDuration - beforeRead.TaskDuration) * 1000,
    appendReadCpuMs: (afterRead.ThreadTime - beforeRead.ThreadTime) * 1000,
    decorated,
  };
}

/**
 * One site: `runs` loads without the extension and `runs` with it, each side in its own browser.
 * The loads alternate (without, with, with, without, …) so that a load on the shared machine
 * that comes and goes weighs on both sides alike, instead of on whichever side ran second.
 */
async function benchSite(site, runs, baseline) {
  const html = site.html();
  const names = ['without', 'with', ...(baseline ? ['baseline'] : [])];
  const sides = Object.fromEntries(names.map((n) => [n, []]));
  const browsers = {};
  try {
    for (const name of names) {
      browsers[name] = await launch({
        extension: name !== 'without',
        // The side without Kommentarsvakt is still a browser with extensions on, as every
        // user's is (Playwright's default --disable-extensions turns the whole system off), so
        // the comparison is of our extension, not of extensions as such.
        extensionSystem: true,
        ...(name === 'baseline' ? { extensionDir: join(baseline, 'chrome-mv3') } : {}),
        pages: { [site.url]: () => html },
      });
    }
    for (let i = 0; i < runs; i++) {
      const order = i % 2 === 0 ? names : [...names].reverse();
      for (const side of order) sides[side].push(await once(browsers[side], site, drawsToolbars(side)));
    }
  } finally {
    for (const b of Object.values(browsers)) await b.close();
  }
  const med = (side, key) => summary(sides[side].map((s) => s[key])).median;
  const both = (key) => ({ without: med('without', key), with: med('with', key), ...(baseline ? { baseline: med('baseline', key) } : {}) });
  const added = (pair) => Math.round((pair.with - pair.without) * 10) / 10;
  const ratio = (pair) => Math.round((pair.with / pair.without) * 100) / 100;
  const baselineAdded = (pair) => (baseline ? { baselineAddedMs: Math.round((pair.baseline - pair.without) * 10) / 10 } : {});
  const load = both('loadTaskMs');
  const loadCpu = both('loadCpuMs');
  const append = both('appendTaskMs');
  const appendCpu = both('appendCpuMs');
  const scroll = both('scrollTaskMs');
  const scrollCpu = both('scrollCpuMs');
  const appendRead = both('appendReadTaskMs');
  const appendReadCpu = both('appendReadCpuMs');
  const heap = both('heapMb');
  const each = (key) => Object.fromEntries(names.map((n) => [n, sides[n].map((s) => Math.round(s[key]))]));
  return {
    page: site.page,
    url: site.url,
    // The document's size: the page's own load time is mostly parsing it (photos are inline).
    htmlMb: Math.round((html.length / 1e6) * 10) / 10,
    loadMainThreadMs: { ...load, addedMs: added(load), ratio: ratio(load), ...baselineAdded(load) },
    loadMainThreadCpuMs: { ...loadCpu, addedMs: added(loadCpu), ratio: ratio(loadCpu), ...baselineAdded(loadCpu) },
    // From the page's append until its frames are drawn (two frames and 300 ms), the 100 decorated: median of three arrivals a load.
    append100MainThreadMs: { ...append, addedMs: added(append), ...baselineAdded(append) },
    append100MainThreadCpuMs: { ...appendCpu, addedMs: added(appendCpu), ...baselineAdded(appendCpu) },
    // Then the reader scrolls through them: the toolbars are painted as they come into view,
    // and the items of the first 2,000 not yet decorated are still watched.
    append100ScrolledThroughMainThreadMs: { ...scroll, addedMs: added(scroll), ...baselineAdded(scroll) },
    append100ScrolledThroughMainThreadCpuMs: { ...scrollCpu, addedMs: added(scrollCpu), ...baselineAdded(scrollCpu) },
    // The same, when the page reads its layout in the task that appends (see once()): the new
    // comments are laid out once without their rooms, then again with them.
    append100ThenReadMainThreadMs: { ...appendRead, addedMs: added(appendRead), ...baselineAdded(appendRead) },
    append100ThenReadMainThreadCpuMs: { ...appendReadCpu, addedMs: added(appendReadCpu), ...baselineAdded(appendReadCpu) },
    jsHeapMb: { ...heap, addedMb: added(heap), budget: 'added ≤ 15 MB' },
    // Toolbars the 100 appended got before anyone scrolled to them, and all toolbars after the scroll.
    toolbarsAtAppend: sides.with.map((s) => s.decoratedAtOnce),
    toolbarsAfterAppend: sides.with.map((s) => s.decorated),
    // Every load's figures, for the spread behind the medians (the machine is shared).
    runs: { loadCpuMs: each('loadCpuMs'), appendCpuMs: each('appendCpuMs'), scrollCpuMs: each('scrollCpuMs'), appendReadCpuMs: each('appendReadCpuMs') },
  };
}

/** Every site (or those named by --sites=a,b), each as the Facebook figures were: one object per site. */
export async function benchOverlay({ runs = runsFromArgv(), sites = sitesFromArgv(), baseline = baselineFromArgv() } = {}) {
  const result = {};
  for (const name of sites) {
    if (!SITES[name]) throw new Error(`Unknown site ${name}; known: ${Object.keys(SITES).join(', ')}`);
    result[name] = await benchSite(SITES[name], runs, baseline);
  }
  return result;
}

/**
 * Whether a side's loads wait for the first toolbar. --baseline-draws-nothing: the third side is
 * a build whose content script draws nothing (to measure what a content script as such costs),
 * so it settles like the page alone instead of waiting 50 rounds for a toolbar.
 */
function drawsToolbars(side) {
  if (side === 'without') return false;
  return !(side === 'baseline' && process.argv.includes('--baseline-draws-nothing'));
}

/** --baseline=DIR: another build's output folder (KV_OUT_DIR=DIR npm run build), measured in the same run as a third side. */
function baselineFromArgv() {
  const arg = process.argv.find((a) => a.startsWith('--baseline='));
  return arg ? resolve(arg.slice('--baseline='.length)) : undefined;
}

/** --runs=N, else `fallback`. */
export function runsFromArgv(fallback = 5) {
  const arg = process.argv.find((a) => a.startsWith('--runs='));
  return arg ? Math.max(1, Number(arg.slice('--runs='.length)) || fallback) : fallback;
}

/** --sites=a,b, else every site. */
export function sitesFromArgv() {
  const arg = process.argv.find((a) => a.startsWith('--sites='));
  return arg ? arg.slice('--sites='.length).split(',').filter(Boolean) : Object.keys(SITES);
}
