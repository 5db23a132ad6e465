// Launches a Chromium-family browser (found by test/support/chromium.mjs) with the built
// extension and serves fixture pages at the real site URLs (there is no network here, and the
// manifest's matches must apply). Shared by the
// browser tests (test/e2e), the demo (npm start) and the benchmarks (test/bench).
import { readFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath } from './chromium.mjs';

export { chromiumPath };

const here = dirname(fileURLToPath(import.meta.url));
export const projectRoot = resolve(here, '../..');
export const outDir = resolve(projectRoot, process.env.KV_OUT_DIR ?? '.output');
export const extensionPath = join(outDir, 'chrome-mv3');
export const fixturesDir = join(projectRoot, 'test/fixtures');
const LOCAL_SCHEMES = ['chrome-extension://', 'data:', 'blob:', 'about:', 'chrome://', 'devtools://'];

/**
 * @param {{ extensionDir?: string, userDataDir?: string, keepWelcome?: boolean, headless?: boolean, viewport?: {width:number,height:number}, deviceScaleFactor?: number, extension?: boolean, extensionSystem?: boolean, pages?: Record<string, string | (() => string)>, scripts?: Record<string, string>, allowConsoleErrors?: RegExp[] }} [options]
 *   pages: exact URL (without hash) → fixture path under test/fixtures, or a function returning HTML.
 *   scripts: exact script URL → absolute path of a file served as JavaScript (the fixture
 *   editors that test/fixtures/editors/build.mjs bundles, loaded from the sites' CDN URLs).
 *   deviceScaleFactor: a HiDPI screen (2: a Retina display). Playwright's own option only emulates
 *   it (pages report devicePixelRatio 2, but captureVisibleTab still returns 1× pixels), so the
 *   screen's scale is forced too. Unset: as before, 1.
 *   extensionSystem: with `extension: false`, keep the browser's extension system on (as in every
 *   user's Chrome) instead of Playwright's --disable-extensions: the bench's side without
 *   Kommentarsvakt, so that the comparison is of our extension, not of extensions as such.
 *   allowConsoleErrors: patterns of errors from our scripts that the test provokes on purpose.
 *   Any other error from our scripts (extension pages, the service worker, content scripts) makes
 *   close() fail under vitest (issue 23: a clean console); `consoleErrors()` lists them.
 */
export async function launch(options = {}) {
  const fresh = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'kv-profile-'));
  const withExtension = options.extension !== false;
  // Another build of the extension (the bench's --baseline: two builds side by side in one run).
  const extensionDir = options.extensionDir ?? extensionPath;
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`The extension is not built (${extensionDir}). Run: npm run build`);
  }
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--enable-unsafe-extension-debugging',
    '--lang=sv-SE',
  ];
  if (options.deviceScaleFactor) args.push(`--force-device-scale-factor=${options.deviceScaleFactor}`);
  if (withExtension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    ...(options.deviceScaleFactor ? { deviceScaleFactor: options.deviceScaleFactor } : {}),
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    args,
    ignoreDefaultArgs: withExtension || options.extensionSystem ? ['--disable-extensions'] : [],
  });
  /** Every request that tried to leave the machine (recorded, then aborted). */
  const outbound = [];
  /**
   * Every request made in this browser (issue 7, "no network"): pages, extension pages, content
   * scripts and the service worker (Playwright reports its requests too), with where it came
   * from. `leaving(requests)` picks those that would have left the machine.
   */
  const requests = [];
  const served = new Set();
  context.on('request', (request) => {
    let from = 'page';
    if (request.serviceWorker()) from = 'service-worker';
    else {
      try {
        if (request.frame().url().startsWith('chrome-extension://')) from = 'extension-page';
      } catch {
        from = 'unknown';
      }
    }
    requests.push({ url: request.url(), from, type: request.resourceType(), fixture: false });
  });
  const watchSockets = (page) => page.on('websocket', (ws) => requests.push({ url: ws.url(), from: 'websocket', type: 'websocket', fixture: false }));
  context.pages().forEach(watchSockets);
  context.on('page', watchSockets);
  // Errors in the console and uncaught exceptions, with the file they came from; ours are those
  // in our files or in our pages. The extension's id is known only below, so all are kept.
  const errors = [];
  const onConsole = (msg) => {
    if (msg.type() === 'error') errors.push({ text: msg.text(), url: msg.location().url, page: msg.page()?.url() ?? msg.worker()?.url() ?? '' });
  };
  context.on('console', onConsole);
  context.on('weberror', (e) => errors.push({ text: String(e.error()?.stack ?? e.error()), url: e.location?.().url ?? '', page: e.page()?.url() ?? '' }));
  // The context's console event has the service worker's messages too, but not its uncaught
  // errors: the worker is asked to log those.
  const watchWorker = (w) =>
    void w
      .evaluate(() => {
        self.addEventListener('error', (e) => console.error(`${e.message} at ${e.filename}:${e.lineno}`));
        self.addEventListener('unhandledrejection', (e) => console.error(`Unhandled rejection: ${e.reason?.stack ?? e.reason}`));
      })
      .catch(() => undefined);
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);

  const pages = options.pages ?? {};
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    url.hash = '';
    const entry = pages[url.href] ?? pages[url.origin + url.pathname];
    if (entry !== undefined && route.request().resourceType() === 'document') {
      const body = typeof entry === 'function' ? entry() : readFileSync(join(fixturesDir, entry), 'utf8');
      served.add(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    }
    const script = options.scripts?.[url.href];
    if (script !== undefined && route.request().resourceType() === 'script') {
      return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: readFileSync(script, 'utf8') });
    }
    outbound.push(url.href);
    return route.abort('internetdisconnected');
  });

  let extensionId;
  if (withExtension) {
    const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
    if (options.keepWelcome !== true) {
      // Chromium installs a --load-extension extension anew at every start, so onInstalled
      // ('install') opens our options page each time: wait for it and close it, so it cannot
      // race a test's own navigation.
      const isWelcome = (p) => p.url().startsWith(`chrome-extension://${extensionId}/options.html`);
      const deadline = Date.now() + (fresh ? 10_000 : 5_000);
      let welcome;
      while (!(welcome = context.pages().find(isWelcome)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      if (!welcome && fresh) throw new Error('The options page did not open on install');
      await welcome?.close();
    }
  }
  const allowed = options.allowConsoleErrors ?? [];
  const ourErrors = () => {
    const origin = `chrome-extension://${extensionId}/`;
    return errors.filter((e) => extensionId && (e.url.startsWith(origin) || e.page.startsWith(origin) || e.text.includes(origin)) && !allowed.some((re) => re.test(e.text)));
  };
  return {
    context,
    userDataDir,
    extensionId,
    /** Errors so far from our scripts (see allowConsoleErrors). */
    consoleErrors: ourErrors,
    outbound,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async serviceWorker() {
      return context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
    },
    async browserSession() {
      return context.browser().newBrowserCDPSession();
    },
    /** Clicks our toolbar action on this page's tab, as a user would: it grants activeTab. */
    async clickAction(page) {
      const session = await context.browser().newBrowserCDPSession();
      const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const url = page.url();
      const tab = targetInfos.find((t) => t.type === 'tab' && t.url === url);
      if (!tab) throw new Error(`No tab target for ${url}`);
      await session.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
      await session.detach();
    },
    /** Stops our service worker, as Chromium does after 30 s idle. */
    async stopServiceWorker() {
      const session = await context.browser().newBrowserCDPSession();
      const { targetInfos } = await session.send('Target.getTargets');
      const sw = targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
      for (const t of sw) await session.send('Target.closeTarget', { targetId: t.targetId });
      await session.detach();
      return sw.length;
    },
    /** Requests that would have left the machine: anything but our own, data:, blob: and the fixture documents the test navigated to. */
    leaving() {
      return requests.filter((r) => !LOCAL_SCHEMES.some((p) => r.url.startsWith(p)) && !(r.type === 'document' && r.from === 'page' && served.has(r.url)));
    },
    requests,
    /** The browser's own process id (CDP SystemInfo), for tests that kill it hard. */
    async browserPid() {
      const session = await context.browser().newBrowserCDPSession();
      const { processInfo } = await session.send('SystemInfo.getProcessInfo');
      await session.detach();
      return processInfo.find((p) => p.type === 'browser').id;
    },
    async close() {
      await context.close();
      const ours = ourErrors();
      if (process.env.VITEST && ours.length) throw new Error(`Errors from our scripts in the console:\n${ours.map((e) => `${e.text} (${e.url || e.page})`).join('\n')}`);
    },
  };
}
