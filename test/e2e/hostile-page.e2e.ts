import type { CDPSession, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser.mjs';
import { setProfile } from '../support/profile';
import { readTrace, traced } from '../bench/trace-ours.mjs';
import { readStore } from '../support/store.mjs';
import { ARRIVALS_TAKEN_AT_MOST } from '../../lib/overlay/decorator';
import { FORGED_NOTE } from '../../lib/overlay/trust';

// Issue 26: the page is not trusted. On every site's fixture, a script in the page's own main
// world (what the site's JavaScript, or anything injected into it, can do) clicks every button
// in our shadow roots by every means a script has, dispatches our event names, focuses our
// controls and sends them synthetic keys, changes the guide panel's choices, removes and
// re-inserts our rooms and hosts, rewrites the text inside our shadow roots, and adds 50,000
// comment-shaped elements at once. Afterwards: no record and no screenshot, no message reached
// the background (counted there, by a listener of the test's own), the overlay still works for
// a real click, our script's main-thread time for the 50,000 stays within issue 17's load
// budget, what was left undecorated is counted for the page-health view, and nothing of ours
// threw.

/** Issue 17's budget for our script at a page's load: the largest of its budgets. */
const OWN_BUDGET_MS = 60;
const COPIES = 50_000;

interface Site {
  name: string;
  url: string;
  fixture: string;
  /** The element a copy is made of, in the page: one comment as the site marks it up. */
  comment: string;
  /** Whether the overlay draws toolbars here (Business Suite: the manual fallback only). */
  toolbars: boolean;
}

const ALL_SITES: Site[] = [
  { name: 'facebook', url: 'https://www.facebook.com/tyresokommun', fixture: 'facebook/page-feed.sv.html', comment: '[role="feed"] ul div[role="article"][aria-label^="Kommentar"]', toolbars: true },
  { name: 'instagram', url: 'https://www.instagram.com/p/DEMOsjovik1/', fixture: 'instagram/post.sv.html', comment: 'kommentarsvakt-slot', toolbars: true },
  { name: 'youtube', url: 'https://www.youtube.com/watch?v=dEm0Sj0v1k0', fixture: 'youtube/watch.sv.html', comment: 'ytd-comment-view-model, ytd-comment-renderer', toolbars: true },
  { name: 'youtube-studio', url: 'https://studio.youtube.com/channel/UCsjovikdemo/comments/inbox', fixture: 'youtube-studio/comments.sv.html', comment: 'ytcp-comment', toolbars: true },
  { name: 'business-suite', url: 'https://business.facebook.com/latest/inbox/facebook', fixture: 'business-suite/inbox.sv.html', comment: '.message', toolbars: false },
];

type Browser = Awaited<ReturnType<typeof launch>>;
type Seen = { type: unknown; url: string | undefined };
/** Messages the overlay sends of itself after reading the page, whatever anyone does: not actions. */
const OWN_REPORTS = new Set<unknown>(['channel-activity', 'triage']);

const settle = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300))));

/** In the background: every runtime message that reaches it, and every screenshot call, counted by a listener of the test's own. */
async function instrument(sw: Worker): Promise<void> {
  await sw.evaluate(() => {
    const g = globalThis as unknown as { chrome: any; __kvSeen?: Seen[]; __kvShots?: number };
    if (g.__kvSeen) return;
    g.__kvSeen = [];
    g.__kvShots = 0;
    g.chrome.runtime.onMessage.addListener((m: { type?: unknown } | undefined, sender: { url?: string }) => {
      g.__kvSeen!.push({ type: m?.type, url: sender.url });
      return undefined;
    });
    const real = g.chrome.tabs.captureVisibleTab.bind(g.chrome.tabs);
    g.chrome.tabs.captureVisibleTab = (...args: unknown[]) => {
      g.__kvShots!++;
      return real(...args);
    };
  });
}

async function background(sw: Worker): Promise<{ seen: Seen[]; shots: number }> {
  return sw.evaluate(() => {
    const g = globalThis as unknown as { __kvSeen?: Seen[]; __kvShots?: number };
    // Gone if the worker was restarted: then this count would prove nothing.
    if (!g.__kvSeen) throw new Error('The background was restarted: its message count is lost');
    return { seen: [...g.__kvSeen], shots: g.__kvShots! };
  });
}

/** The content script's page-health figures, read in its own isolated world (the page cannot). */
async function pageHealth(session: CDPSession, contexts: Map<number, string>): Promise<{ notDecoratedTooMany: number } | undefined> {
  for (const [id, origin] of contexts) {
    if (!origin.startsWith('chrome-extension://')) continue;
    const { result } = await session.send('Runtime.evaluate', { contextId: id, returnByValue: true, expression: `globalThis[Symbol.for('kommentarsvakt.page-health')]` });
    if (result.value) return result.value as { notDecoratedTooMany: number };
  }
  return undefined;
}

/**
 * The page's script, in its main world: everything a script can do to our controls, in steps
 * with frames between them so that our observers see each. Returns what it did, so the test
 * knows it reached our controls.
 */
function attack() {
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const roots = () => [...document.querySelectorAll('*')].filter((el) => el.shadowRoot).map((el) => el.shadowRoot!);
  const opts = { bubbles: true, composed: true, cancelable: true };
  const did = { buttons: 0, selects: 0, inputs: 0, texts: 0, moved: 0, events: 0 };
  return (async () => {
    // Every button, select, box and field in our shadow roots, by every means a script has.
    for (const root of roots()) {
      for (const el of root.querySelectorAll<HTMLElement>('button, select, input, [role="button"], [tabindex]')) {
        el.focus();
        el.dispatchEvent(new PointerEvent('pointerover', opts));
        el.dispatchEvent(new MouseEvent('mousedown', opts));
        el.dispatchEvent(new MouseEvent('mouseup', opts));
        el.click();
        el.dispatchEvent(new MouseEvent('click', opts));
        el.dispatchEvent(new PointerEvent('click', opts));
        for (const key of ['Enter', ' ', 'Tab', 'ArrowDown']) {
          el.dispatchEvent(new KeyboardEvent('keydown', { ...opts, key }));
          el.dispatchEvent(new KeyboardEvent('keyup', { ...opts, key }));
        }
        if (el instanceof HTMLSelectElement) {
          el.selectedIndex = (el.selectedIndex + 1) % el.options.length;
          el.dispatchEvent(new Event('input', opts));
          el.dispatchEvent(new Event('change', opts));
          did.selects++;
        } else if (el instanceof HTMLInputElement) {
          // A checkbox was ticked by its click() above; a field gets a page's text.
          if (el.type !== 'checkbox') el.value = 'https://angripare.example/';
          el.dispatchEvent(new Event('input', opts));
          el.dispatchEvent(new Event('change', opts));
          did.inputs++;
        } else did.buttons++;
        did.events += 16;
      }
    }
    await frame();
    // Our event names, and the keyboard shortcut's keys (Alt+Shift+K) as synthetic keys.
    const hosts = [...document.querySelectorAll('kommentarsvakt-toolbar, kommentarsvakt-slot, kommentarsvakt-root, kommentarsvakt-toast')];
    for (const name of ['kommentarsvakt:capture', 'wxt:locationchange', 'kommentarsvakt:command', 'command-capture']) {
      window.dispatchEvent(new CustomEvent(name, opts));
      document.dispatchEvent(new CustomEvent(name, opts));
      for (const host of hosts) host.dispatchEvent(new CustomEvent(name, opts));
      did.events += 2 + hosts.length;
    }
    for (const target of [document.activeElement ?? document.body, document.body, ...hosts]) {
      target.dispatchEvent(new KeyboardEvent('keydown', { ...opts, key: 'K', code: 'KeyK', altKey: true, shiftKey: true }));
      target.dispatchEvent(new KeyboardEvent('keyup', { ...opts, key: 'K', code: 'KeyK', altKey: true, shiftKey: true }));
      did.events += 2;
    }
    await frame();
    // Our rooms and hosts out and back: in the same task, and over a frame.
    const ours = [...document.querySelectorAll('kommentarsvakt-slot, kommentarsvakt-toolbar')];
    const places = ours.map((el) => ({ el, parent: el.parentNode!, next: el.nextSibling }));
    for (const { el, parent, next } of places) {
      el.remove();
      parent.insertBefore(el, next);
      did.moved++;
    }
    for (const { el } of places) el.remove();
    await frame();
    for (const { el, parent, next } of places) if (!el.isConnected) parent.insertBefore(el, next && next.parentNode === parent ? next : null);
    await frame();
    // The text inside our shadow roots, rewritten.
    for (const root of roots()) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        node.nodeValue = 'Sidan skrev detta';
        did.texts++;
      }
      for (const status of root.querySelectorAll('[role="status"]')) {
        status.textContent = 'Sparad';
        did.texts++;
      }
    }
    await frame();
    return did;
  })();
}

/** 50,000 copies of one of the page's comments (without our elements), added in one go. */
function flood({ selector, copies }: { selector: string; copies: number }) {
  const found = document.querySelector(selector)!;
  // Instagram's rows have no hook of their own: the row is where our room is.
  const comment = found.localName === 'kommentarsvakt-slot' ? found.parentElement! : found;
  const model = comment.cloneNode(true) as Element;
  // Without pictures, and each drawn only when near the view (content-visibility): the page's own
  // layout of 50,000 whole comments took this machine 90 s, which is the page's cost, not ours.
  model.querySelectorAll('kommentarsvakt-slot, kommentarsvakt-toolbar, img, svg, picture').forEach((el) => el.remove());
  model.setAttribute('style', 'content-visibility: auto; contain-intrinsic-size: auto 60px');
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < copies; i++) fragment.append(model.cloneNode(true));
  const t0 = performance.now();
  comment.parentElement!.append(fragment);
  return { elements: copies * (model.querySelectorAll('*').length + 1), appendMs: performance.now() - t0 };
}

const ONLY = process.env.KV_SITES?.split(',');
const SITES = ONLY ? ALL_SITES.filter((s) => ONLY.includes(s.name)) : ALL_SITES;

describe.each(SITES)('a hostile page script on $name', (site) => {
  let b: Browser;
  let page: Page;
  let sw: Worker;
  const ourErrors: string[] = [];
  const forgedNotes: string[] = [];
  beforeAll(async () => {
    b = await launch({ pages: { [site.url]: site.fixture } });
    sw = await b.serviceWorker();
    sw.on('console', (m) => m.type() === 'error' && ourErrors.push(`background: ${m.text()}`));
    // A profile, so the guide panel shows its reply templates with their copy and insert buttons.
    await setProfile(b);
  });
  afterAll(async () => b?.close());

  it('makes no record, takes no screenshot, sends the background nothing; a real click still captures; nothing of ours throws', async () => {
    page = await b.context.newPage();
    page.on('console', (m) => {
      const from = m.location().url ?? '';
      if (m.text() === FORGED_NOTE) forgedNotes.push(from);
      if (m.type() === 'error' && from.startsWith('chrome-extension://')) ourErrors.push(`${from}: ${m.text()}`);
    });
    page.on('pageerror', (e) => (e.stack ?? '').includes('chrome-extension://') && ourErrors.push(`pageerror: ${e.message}`));
    const session = await b.context.newCDPSession(page);
    const contexts = new Map<number, string>();
    session.on('Runtime.executionContextCreated', ({ context }) => contexts.set(context.id, context.origin));
    session.on('Runtime.executionContextDestroyed', ({ executionContextId }) => contexts.delete(executionContextId));
    await session.send('Runtime.enable');
    await page.goto(site.url);
    await page.bringToFront();
    // With the screenshot permission for this tab (activeTab), so a forged capture would take one.
    await b.clickAction(page);

    let captureName = '';
    if (site.toolbars) {
      const capture = page.locator('kommentarsvakt-toolbar').first().getByRole('button').first();
      await capture.waitFor();
      captureName = (await capture.getAttribute('aria-label'))!;
      // The user opens one guide (a real click: the panel's script is loaded for it), so the
      // page has the panel's category choice, copy and insert buttons to try.
      await page.locator('kommentarsvakt-toolbar').first().getByRole('button').nth(1).click();
      const panel = page.locator('kommentarsvakt-toolbar').first().getByRole('region');
      await panel.waitFor();
      const category = panel.getByRole('combobox', { name: 'Kategori' });
      // A category with templates, chosen with the keyboard if the guide suggested none.
      if ((await category.inputValue()) === '') {
        await category.focus();
        await page.keyboard.press('ArrowDown');
      }
      await panel.getByRole('button', { name: /^Infoga svaret/ }).first().waitFor();
    }
    await page.evaluate(settle);
    // Only from here on is nothing the user's: what reached the background before is set aside.
    await instrument(sw);
    const store0 = await storeNow(b);
    const bg0 = await background(sw);
    const panelBefore = site.toolbars ? await panelState(page) : undefined;

    /** Nothing made, nothing taken, nothing sent. */
    const nothingMade = async (when: string) => {
      const store = await storeNow(b);
      expect(store.records, `records ${when}`).toBe(store0.records);
      expect(store.screenshots, `screenshots ${when}`).toBe(store0.screenshots);
      const bg = await background(sw);
      // 'channel-activity' is the overlay's own throttled report of what the page shows (sent on
      // a timer after reading, whatever anyone does; one from before the forged input can fall
      // due here): not an action. That the page's put-back items do not make new activity is
      // test/lib/overlay/activity-report.test.ts's. 'triage' (issue 20) likewise: the readings
      // of what the page shows, sent after reading for the background to classify.
      const acted = bg.seen.slice(bg0.seen.length).filter((m) => !OWN_REPORTS.has(m.type));
      expect(acted, `messages to the background ${when}`).toEqual([]);
      expect(bg.shots, `captureVisibleTab calls ${when}`).toBe(bg0.shots);
    };

    const did = await page.evaluate(attack);
    if (site.toolbars) {
      // It reached our controls: both toolbar buttons of every toolbar, the panel's choices.
      expect(did.buttons).toBeGreaterThanOrEqual(2 * (await page.locator('kommentarsvakt-toolbar').count()));
      expect(did.selects).toBeGreaterThanOrEqual(2);
      expect(did.texts).toBeGreaterThan(0);
      expect(did.moved).toBeGreaterThan(0);
    }

    await page.evaluate(settle);
    await nothingMade('after the clicks, events, keys, moves and rewrites');

    // 50,000 comment-shaped elements at once, our script's main-thread time profiled meanwhile.
    const toolbarsBefore = await page.locator('kommentarsvakt-toolbar').count();
    // Thread CPU of our script's calls (test/bench/trace-ours.mjs, as `npm run bench -- ours`
    // counts it): the sampler's wall-clock samples read up to 80 ms on a loaded CI machine for
    // what takes 20-40 ms of our thread.
    let flooded = { elements: 0, appendMs: 0 };
    const events = await traced(session, async () => {
      flooded = await page.evaluate(flood, { selector: site.comment, copies: COPIES });
      for (let i = 0; i < 3; i++) await page.evaluate(settle);
    });
    const time = readTrace(events);
    console.info(`${site.name}: ${COPIES} copies (${flooded.elements} elements, the page's append ${Math.round(flooded.appendMs)} ms): our script ${time.oursCpuMs} ms of thread CPU, ${time.forcedLayoutCpuMs} ms of it forced layout, ${time.gcInOursCpuMs} ms the collector's`);
    // Without the collector's pauses that fell in our calls: their length is the heap's, and the
    // page's heap now holds 1.9 million elements (a CPU profile, issue 17's measure, gives them to
    // the collector too). One CI run read 159 ms here against 16–18 ms in every other.
    expect(time.oursCpuMs - time.gcInOursCpuMs).toBeLessThanOrEqual(OWN_BUDGET_MS);
    const toolbarsAfter = await page.locator('kommentarsvakt-toolbar').count();
    if (site.toolbars) {
      // Beyond the bound nothing is decorated, and the page-health view can say how much.
      expect(toolbarsAfter - toolbarsBefore).toBeLessThanOrEqual(ARRIVALS_TAKEN_AT_MOST);
      const health = await pageHealth(session, contexts);
      expect(health?.notDecoratedTooMany).toBeGreaterThanOrEqual(COPIES - ARRIVALS_TAKEN_AT_MOST);
    } else expect(toolbarsAfter).toBe(0);

    await nothingMade('after the 50,000');
    if (panelBefore) {
      // The panel's choices are the user's still: the category, and no copy or insert answered.
      expect(await panelState(page)).toEqual(panelBefore);
    }
    // The first forged event on the page was noted once, in our own console, for support.
    if (site.toolbars) expect(forgedNotes).toHaveLength(1);

    if (site.toolbars) {
      // A real click still captures, once: the user's.
      // Found with the page's own querySelector: Playwright's locators walk all 1.9 million
      // elements the page now has, seconds a query. The click is real input (the mouse).
      const first = () =>
        page.evaluate(() => {
          const root = document.querySelector('kommentarsvakt-toolbar')!.shadowRoot!;
          const button = root.querySelector('button')!;
          button.scrollIntoView({ block: 'center' });
          const box = button.getBoundingClientRect();
          const status = root.querySelector('[role="status"]')!;
          return { label: button.getAttribute('aria-label'), x: box.x + box.width / 2, y: box.y + box.height / 2, answers: status.getAttribute('data-answers'), status: status.textContent };
        });
      const before = await first();
      expect(before.label).toBe(captureName);
      await page.mouse.click(before.x, before.y);
      await expect.poll(async () => (await first()).answers, { timeout: 15_000 }).toBe('1');
      expect((await first()).status).toMatch(/^Sparad/);
      const store2 = await storeNow(b);
      expect(store2.records).toBe(store0.records + 1);
      // With the category the user saw in the panel, not one the page chose.
      expect(store2.newest?.category).toBe(panelBefore!.selects[0]);
      const bg2 = await background(sw);
      expect(bg2.seen.slice(bg0.seen.length).map((m) => m.type).filter((t) => !OWN_REPORTS.has(t))).toEqual(['capture']);
      // Its screenshot was counted too: the count would have seen a forged one.
      expect(bg2.shots).toBe(bg0.shots + 1);
    }
    expect(ourErrors).toEqual([]);
  }, 240_000);
});

/** Records and screenshots in the store, read from an extension page. */
async function storeNow(b: Browser): Promise<{ records: number; screenshots: number; newest: { category?: string } | undefined }> {
  const q = await b.context.newPage();
  await q.goto(b.extensionUrl('queue.html'));
  const { records, screenshots } = await readStore(q);
  await q.close();
  const newest = (records as { capturedAt: string; category?: string }[]).sort((x, y) => x.capturedAt.localeCompare(y.capturedAt)).at(-1);
  return { records: records.length, screenshots: screenshots.length, newest };
}

/** The open panel's category, its reply-language and answers (data-tone: idle until copy or insert answers). */
function panelState(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('kommentarsvakt-toolbar')!.shadowRoot!;
    const selects = [...root.querySelectorAll('select')].map((s) => s.value);
    const statuses = [...root.querySelectorAll('.kv-panel [role="status"]')].map((s) => s.getAttribute('data-tone'));
    const checked = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter((c) => c.checked).length;
    return { selects, statuses, checked };
  });
}
