import { browser } from 'wxt/browser';

/**
 * The one optional permission: '<all_urls>', which Chromium requires (with activeTab the only
 * alternative) for tabs.captureVisibleTab. Asked for from the options page, with the reason.
 */
const ALL_URLS = { origins: ['<all_urls>'] };

export function hasScreenshotPermission(): Promise<boolean> {
  return browser.permissions.contains(ALL_URLS);
}

/** Must be called from a user gesture (a click on our own page). */
export function requestScreenshotPermission(): Promise<boolean> {
  return browser.permissions.request(ALL_URLS);
}

export function removeScreenshotPermission(): Promise<boolean> {
  return browser.permissions.remove(ALL_URLS);
}
