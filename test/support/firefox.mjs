// Launches Debian's firefox-esr with the built Firefox extension (.output/firefox-mv2) through
// puppeteer-core over WebDriver BiDi, and serves fixture pages at the real site URLs (no
// network here; the manifest's matches must apply). The Firefox counterpart of browser.mjs.
//
// BiDi cannot open or list extension pages (Firefox bug 1755014), so those are reached from the
// browser window's own (chrome) context, which --remote-allow-system-access opens to BiDi: a tab
// is added with the system principal and a frame script runs the test's function in the page.
// The same context grants permissions as the toolbar icon and the permission prompt would, and
// collects the browser console (errors from content scripts and the background, with file).
/* global gBrowser, Services, ChromeUtils, WebExtensionPolicy, Ci, Cc, sendAsyncMessage -- these run in Firefox's privileged browser window, not here. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { fixturesDir, outDir } from './browser.mjs';

export const firefoxExtensionPath = join(outDir, 'firefox-mv2');
/** Fixed at launch (extensions.webextensions.uuids), so extension URLs are known beforehand. */
export const EXTENSION_UUID = '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7';
const GECKO_ID = 'kommentarsvakt@kommentarsvakt.se';
const ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export const NO_FIREFOX = 'No Firefox found. Install it with `sudo apt-get install firefox-esr`, or set KV_FIREFOX=/path/to/firefox.';

/** Firefox: KV_FIREFOX (or FIREFOX_PATH) if set, else Debian's firefox-esr or firefox; undefined if none. */
export function findFirefox() {
  const named = process.env.KV_FIREFOX ?? process.env.FIREFOX_PATH;
  if (named) return existsSync(named) ? named : undefined;
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
}

export function firefoxPath() {
  const found = findFirefox();
  if (!found) throw new Error(NO_FIREFOX);
  return found;
}

/**
 * Firefox's own notes that name our files but come from its extension framework, before any code
 * of ours runs or after it is gone: nothing to fix in our scripts.
 * - A browser-API answer came after the page or tab it was for had closed (a test closes tabs
 *   within moments of a capture).
 * - The sidebar's page started before the parent process had registered its frame
 *   (ExtensionPageChild.sys.mjs, "TODO bug 1749116"); seen once in CI when a test opened the
 *   sidebar. The page then runs without a view type, which our pages never ask for.
 */
const FIREFOX_OWN = [
  { message: /^Promise (resolved|rejected) after context unloaded/ },
  { message: /^FrameData missing for \S+ page moz-extension:/, source: 'resource://gre/modules/ExtensionPageChild.sys.mjs' },
];
const firefoxOwn = (e) => FIREFOX_OWN.some((n) => n.message.test(e.message) && (!n.source || e.source === n.source));

/**
 * Helpers for a test's function in an extension page (run() passes them as `ui`): find controls
 * by their accessible text, fill them as typing does (React sees the native setter's change),
 * wait for a condition.
 */
function PAGE_UI(w) {
  const doc = w.document;
  const text = (el) => (el.getAttribute('aria-label') || el.textContent || '').trim();
  const ui = {
    async waitFor(fn, timeout = 20_000) {
      const deadline = Date.now() + timeout;
      for (;;) {
        const v = fn();
        if (v) return v;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${fn}`);
        await new Promise((r) => w.setTimeout(r, 25));
      }
    },
    /** The first element matching `selector` whose accessible text is (or matches) `name`. */
    find(selector, name) {
      return Array.from(doc.querySelectorAll(selector)).find((el) => (name instanceof RegExp ? name.test(text(el)) : text(el) === name)) ?? null;
    },
    button: (name) => ui.waitFor(() => ui.find('button, [role="button"], a', name)),
    /** A form control by its <label> text or aria-label. */
    control(name) {
      return ui.waitFor(() => {
        for (const label of doc.querySelectorAll('label')) {
          const own = Array.from(label.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim();
          if (own !== name) continue;
          const el = label.control ?? label.querySelector('input, select, textarea');
          if (el) return el;
        }
        return doc.querySelector(`[aria-label="${name}"]`);
      });
    },
    async fill(name, value) {
      const el = await ui.control(name);
      el.focus();
      el.value = value;
      el.dispatchEvent(new w.Event('input', { bubbles: true }));
      el.dispatchEvent(new w.Event('change', { bubbles: true }));
      return el;
    },
    async click(name) {
      const el = await ui.button(name);
      el.click();
      return el;
    },
    async text(pattern) {
      return ui.waitFor(() => (typeof pattern === 'string' ? doc.body.textContent.includes(pattern) : pattern.test(doc.body.textContent)) && doc.body.textContent);
    },
  };
  return ui;
}

/**
 * @param {{ pages?: Record<string, string | (() => string)>, scripts?: Record<string, string>, userDataDir?: string, allUrls?: boolean }} [options]
 *   pages: exact URL (without hash) → fixture path under test/fixtures, or a function returning HTML.
 *   scripts: exact script URL → absolute path of a file served as JavaScript (the fixture editors).
 *   userDataDir: a profile to reuse (a restart); a fresh one otherwise.
 */
export async function launch(options = {}) {
  if (!existsSync(join(firefoxExtensionPath, 'manifest.json'))) throw new Error(`The Firefox build is missing (${firefoxExtensionPath}). Run: npx wxt build -b firefox`);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'kv-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // The options page's own "allow screenshots" button grants without a doorhanger.
      'extensions.webextOptionalPermissionPrompts': false,
      // A temporary add-on is uninstalled when the browser quits: keep its data and address, so
      // a restart with the same profile finds the store (as a user's installed add-on does).
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      'intl.locale.requested': 'sv-SE',
      'intl.accept_languages': 'sv-SE, sv',
      'intl.regional_prefs.use_os_locales': false,
      // Downloads go to the profile's folder without a dialog.
      'browser.download.folderList': 2,
      'browser.download.dir': join(userDataDir, 'downloads'),
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
    env: { ...process.env, TZ: 'Europe/Stockholm', LANG: 'sv_SE.UTF-8' },
  });
  const bidi = browser.connection;
  const chromeContext = await (async () => {
    const { contexts } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' }).then((r) => r.result);
    return contexts[0].context;
  })();

  /** Runs a function in the browser window's privileged scope; `args` are JSON values. */
  async function chrome(fn, ...args) {
    const { result } = await bidi.send('script.callFunction', {
      functionDeclaration: `async function (argsJson) { const args = JSON.parse(argsJson); return JSON.stringify(await (${fn.toString()})(...args)); }`,
      arguments: [{ type: 'string', value: JSON.stringify(args) }],
      target: { context: chromeContext },
      awaitPromise: true,
    });
    if (result.type === 'exception') throw new Error(`chrome script failed: ${result.exceptionDetails.text}`);
    const value = result.result.value;
    return value === undefined || value === 'undefined' ? undefined : JSON.parse(value);
  }

  // The browser console, for "no errors from our scripts".
  await chrome(() => {
    const errors = [];
    const listener = {
      observe(message) {
        try {
          const m = message.QueryInterface(Ci.nsIScriptError);
          if (m.flags & Ci.nsIScriptError.warningFlag || m.flags & Ci.nsIScriptError.infoFlag) return;
          errors.push({ message: m.errorMessage, source: m.sourceName, line: m.lineNumber, category: m.category });
        } catch {
          // Plain console messages (nsIConsoleMessage) carry no level: not errors.
        }
      },
    };
    Services.console.registerListener(listener);
    // console.error() calls (content scripts, background, pages) go through the Console API,
    // not the script-error service above.
    const api = {
      observe(subject) {
        const m = subject.wrappedJSObject ?? subject;
        if (m.level !== 'error') return;
        const text = Array.from(m.arguments ?? [], (a) => {
          try {
            return typeof a === 'string' ? a : String(a);
          } catch {
            return '[object]';
          }
        }).join(' ');
        errors.push({ message: text, source: m.filename ?? '', line: m.lineNumber ?? 0, category: 'console-api' });
      },
    };
    // Content scripts and the background run in child processes, whose Console API messages
    // stay there: a process script in each forwards the errors. (The parent refuses a data:
    // process script, and says so in its console: not ours, and its own messages are not needed.)
    Services.ppmm.addMessageListener('kv:console-error', (msg) => api.observe(msg.data));
    const forward = () => {
      const storage = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage);
      storage.addLogEventListener((m) => {
        if (m.level !== 'error') return;
        const args = Array.from(m.arguments ?? [], (a) => {
          try {
            return typeof a === 'string' ? a : String(a);
          } catch {
            return '[object]';
          }
        });
        sendAsyncMessage('kv:console-error', { level: 'error', arguments: args, filename: m.filename, lineNumber: m.lineNumber });
      }, Services.scriptSecurityManager.getSystemPrincipal());
    };
    Services.ppmm.loadProcessScript(`data:application/javascript;charset=utf-8,${encodeURIComponent(`(${forward})()`)}`, true);
    window.__kvConsole = { errors, listener, api };
  });

  const installed = await browser.installExtension(firefoxExtensionPath);
  if (installed !== GECKO_ID) throw new Error(`Unexpected add-on id ${installed}`);

  // The first install opens the options page (onInstalled). It stays: BiDi never lists
  // extension tabs, so it cannot race a test's pages (and closed while it still reads its
  // settings it would log "Promise resolved after context unloaded").

  if (options.allUrls) await grantAllUrls();

  async function grantAllUrls() {
    await chrome(async (id) => {
      const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
      const extension = WebExtensionPolicy.getByID(id).extension;
      await ExtensionPermissions.add(id, { permissions: [], origins: ['<all_urls>'] }, extension);
    }, GECKO_ID);
  }

  const pages = options.pages ?? {};
  const outbound = [];
  /**
   * browsingContext.create can meet a context Firefox is discarding at that moment (the popup
   * window just closed by "Öppna sidopanelen"): "DiscardedBrowsingContextError". Nothing was
   * opened then, so opening the tab once more is the same step, not a retried assertion.
   */
  async function openTab() {
    try {
      return await browser.newPage();
    } catch (error) {
      if (!/DiscardedBrowsingContextError|no such frame/.test(String(error))) throw error;
      return browser.newPage();
    }
  }

  /** A new tab with request interception serving the fixtures. */
  async function newPage(url) {
    const page = await openTab();
    await page.setViewport({ width: 1280, height: 800 });
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const target = req.url();
      if (!/^https?:\/\//.test(target)) return req.continue();
      const u = new URL(target);
      u.hash = '';
      const entry = pages[u.href] ?? pages[u.origin + u.pathname];
      if (entry !== undefined && req.isNavigationRequest()) {
        const body = typeof entry === 'function' ? entry() : readFileSync(join(fixturesDir, entry), 'utf8');
        return req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      }
      const script = options.scripts?.[u.href];
      if (script !== undefined) return req.respond({ status: 200, contentType: 'text/javascript; charset=utf-8', body: readFileSync(script, 'utf8') });
      outbound.push(target);
      return req.abort('internetdisconnected');
    });
    if (url) await page.goto(url);
    return page;
  }

  /**
   * Opens an extension page (e.g. 'queue.html') in a new tab and returns a handle whose
   * `run(fn, ...args)` runs `fn(window, ...args)` in it (a frame script: `window` is the page's,
   * seen through Xray wrappers; `window.wrappedJSObject` is the page's own view).
   */
  let nextTab = 0;
  async function openExtensionPage(path) {
    const key = `kvtab${++nextTab}`;
    await chrome(async (url, key) => {
      const tab = gBrowser.addTab(url, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
      gBrowser.selectedTab = tab;
      window[key] = tab;
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const b = tab.linkedBrowser;
        if (b.currentURI.spec === url && !b.webProgress?.isLoadingDocument) return;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`${url} did not load`);
    }, `${ORIGIN}/${path.replace(/^\//, '')}`, key);
    let seq = 0;
    const runIn = (fn, args, user) => {
      const id = `${key}-${++seq}`;
      return chrome(
        (key, id, source, argsJson, user, uiSource) =>
          new Promise((resolve, reject) => {
            const mm = window[key].linkedBrowser.messageManager;
            const done = (msg) => {
              if (msg.data.id !== id) return;
              mm.removeMessageListener('kv:result', done);
              if (msg.data.error) reject(new Error(msg.data.error));
              else resolve(msg.data.value === undefined ? undefined : JSON.parse(msg.data.value));
            };
            mm.addMessageListener('kv:result', done);
            const script = `(async () => {
              const user = ${user};
              if (user) content.windowUtils.setHandlingUserInput(true);
              try {
                const ui = (${uiSource})(content);
                const fn = ${source};
                const value = await fn(content, ui, ...JSON.parse(${JSON.stringify(argsJson)}));
                sendAsyncMessage('kv:result', { id: ${JSON.stringify(id)}, value: JSON.stringify(value) });
              } catch (e) {
                sendAsyncMessage('kv:result', { id: ${JSON.stringify(id)}, error: String(e) + ' at line ' + (e && e.lineNumber) });
              } finally {
                if (user) content.windowUtils.setHandlingUserInput(false);
              }
            })();`;
            mm.loadFrameScript(`data:application/javascript;charset=utf-8,${encodeURIComponent(script)}`, false);
          }),
        key,
        id,
        fn.toString(),
        JSON.stringify(args),
        user,
        PAGE_UI.toString(),
      );
    };
    return {
      /** Runs `fn(window, ui, ...args)` in the page (may be async; `ui`: PAGE_UI); returns its JSON result. */
      run(fn, ...args) {
        return runIn(fn, args, false);
      },
      /** As run(), while the page handles a user's click (permissions.request needs one). */
      runAsUser(fn, ...args) {
        return runIn(fn, args, true);
      },
      async reload() {
        await chrome(async (key) => {
          const b = window[key].linkedBrowser;
          b.reload();
          await new Promise((r) => setTimeout(r, 50));
          const deadline = Date.now() + 10_000;
          while (b.webProgress?.isLoadingDocument && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
        }, key);
      },
      // A moment's grace first: closing a page while a storage call is in flight logs
      // "Promise resolved after context unloaded" (a user does not close within milliseconds).
      close: async () => {
        await new Promise((r) => setTimeout(r, 300));
        await chrome((key) => gBrowser.removeTab(window[key]), key);
      },
    };
  }

  return {
    browser,
    userDataDir,
    outbound,
    extensionId: EXTENSION_UUID,
    extensionUrl: (path) => `${ORIGIN}/${path.replace(/^\//, '')}`,
    newPage,
    openExtensionPage,
    chrome,
    grantAllUrls,
    /** Clicks our toolbar icon on the selected tab, as the user does: grants activeTab (and opens the popup). */
    async clickAction(page) {
      await page.bringToFront();
      await chrome(async (id) => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const extension = WebExtensionPolicy.getByID(id).extension;
        ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
      }, GECKO_ID);
    },
    /** Errors in the browser console so far; `ours` keeps those from the extension's files. */
    async consoleErrors({ ours = true } = {}) {
      const all = await chrome(() => window.__kvConsole.errors);
      return ours ? all.filter((e) => (e.source.startsWith(ORIGIN) || e.message.includes(ORIGIN)) && !firefoxOwn(e)) : all;
    },
    async close() {
      await browser.close();
    },
  };
}
