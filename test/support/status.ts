// The overlay's status line beside a button (its answer to a click), and a capture that waits
// for it: what the Chromium browser tests each wrote out as the same XPath.
import type { Locator } from 'playwright-core';

/** The status line that follows `button` in the overlay's toolbar. */
export const statusOf = (button: Locator): Locator => button.locator('xpath=following-sibling::*[@role="status"]');

/** Clicks a capture button and waits until its status line says `saved`. */
export async function captureAndWait(button: Locator, saved: RegExp = /^Sparad$/, timeout = 15_000): Promise<void> {
  await button.click();
  await statusOf(button).filter({ hasText: saved }).waitFor({ timeout });
}
