// Run once before the browser tests: without a browser, one line saying how to get one instead of
// every file failing in its beforeAll.
import { findChromium } from '../support/chromium.mjs';

export default function setup() {
  const found = findChromium();
  if (found.error) throw new Error(found.error);
}
