// axe-core over a whole page, as the Chromium browser tests each wrote it out.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/**
 * axe's violations on `page`, one line each (rule id and the nodes' selectors), so an assertion
 * `toEqual([])` names what failed. Extension pages' CSP (script-src 'self') blocks
 * page.addScriptTag's inline script; evaluation through the DevTools protocol is not subject to it.
 */
export async function axe(page: Page): Promise<string[]> {
  await injectAxe(page);
  const result = await page.evaluate(async () => (window as unknown as { axe: { run: (c: Document) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document));
  return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/** axe-core into `page` (once), for a test that runs it on a part of the page at a moment of its choosing. */
export async function injectAxe(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
}
