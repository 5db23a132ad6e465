import { defineConfig } from 'wxt';
import { swedishHolidaysOnly } from './lib/build/swedish-holidays-only';

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
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'alarms'],
    // Screenshots need '<all_urls>' or an activeTab grant (Chromium). activeTab is granted by a
    // click on our toolbar icon; the optional permission lets the user allow screenshots once,
    // from the options page, with the reason shown there.
    optional_host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_actionTitle__' },
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
  vite: () => ({ plugins: [swedishHolidaysOnly()] }),
  webExt: { disabled: true },
});
