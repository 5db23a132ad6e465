import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { swedishHolidaysOnly } from './lib/build/swedish-holidays-only';
import { CONTENT_MATCHES } from './lib/platforms';

// Manifest and build settings. Permissions are explained in README.md ("Behörigheter").
export default defineConfig({
  // Several people (and CI) can build side by side: KV_OUT_DIR picks the output folder, and
  // test/support/browser.mjs loads the extension from the same place.
  outDir: process.env.KV_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'sv',
    // Issue 6: scripting (scroll the page for a full-page screenshot), notifications (a channel
    // is due for its half-yearly screenshot), pageCapture (the page as one MHTML file; Chromium only).
    // Issue 25: downloads (the scheduled backup is saved to the downloads folder with no page
    // open, and counts only once the file is complete); offscreen (Chromium only: its service
    // worker has no blob URL to save the file from).
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'alarms', 'scripting', 'notifications', 'contextMenus', 'downloads', ...(browser === 'firefox' ? [] : ['pageCapture', 'offscreen'])],
    // Screenshots need '<all_urls>' or an activeTab grant (Chromium). activeTab is granted by a
    // click on our toolbar icon; the optional permission lets the user allow screenshots once,
    // from the options page, with the reason shown there.
    optional_host_permissions: ['<all_urls>'],
    // WXT drops optional_host_permissions from an MV2 manifest; Firefox then refuses
    // permissions.request for '<all_urls>' ("not declared in the manifest").
    ...(browser === 'firefox' ? { optional_permissions: ['<all_urls>'] } : {}),
    // The sites the overlay already runs on (no new warning at install): the guide panel's
    // script is injected there when a guide is first opened (issue 3: the content script on
    // every page stays small), which needs host access, not only a content script.
    host_permissions: CONTENT_MATCHES,
    // A browser command grants activeTab like a click on the icon (screenshots work at once).
    commands: { 'capture-item': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandCapture__' } },
    action: { default_title: '__MSG_actionTitle__' },
    // Issue 22: IT policy through storage.managed. Firefox reads policies.json's 3rdparty
    // section without a schema in the manifest.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'kommentarsvakt@kommentarsvakt.se',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  // KV_SOURCEMAP=1 adds source maps, for test/bench/bundle.mjs's look at what the overlay weighs.
  vite: () => ({ plugins: [swedishHolidaysOnly()], resolve: { alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL('./lib/build/zod-jitless.ts', import.meta.url)) }] }, build: { sourcemap: process.env.KV_SOURCEMAP === '1', ...(process.env.KV_NOMINIFY === '1' ? { minify: false } : {}) } }),
  webExt: { disabled: true },
});
