// Run once before the browser tests: without a browser, one line saying how to get one and an
// exit, instead of every file failing in its beforeAll (or Vitest's stack trace of a throw here).
import { findChromium } from '../support/chromium.mjs';

export default function setup() {
  const found = findChromium();
  if (found.error) {
    console.error(`Browser tests: ${found.error}`);
    process.exit(1);
  }
}
