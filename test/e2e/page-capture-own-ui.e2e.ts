import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch } from '../support/browser.mjs';
import { COLOURS, obstructedPage } from '../fixtures/obstructed-kit.mjs';
import { countPixels, keepShot, TOOLBAR_BORDER } from '../support/pixels';

// Issue 18: the half-yearly full-page screenshot showed our own "Fånga", "Riktlinjer" and
// "Sparad" under every comment. The archive must show the page as the public sees it.
const PAGE = 'https://www.youtube.com/watch?v=dEm0Sj0v1k0';

type Browser = Awaited<ReturnType<typeof launch>>;

/** Counts pixels of the toolbar buttons' border colour, and of the kit's writing box, in a stored screenshot. */
async function toolbarPixels(b: Browser, recordId: string): Promise<{ width: number; height: number; toolbar: number; composer: number }> {
  const counted = (await countPixels(b, { recordId }, { toolbar: { rgb: TOOLBAR_BORDER, tolerance: 4 }, composer: { rgb: COLOURS.composer, tolerance: 4 } }))!;
  await keepShot('full-page.png', counted);
  return { width: counted.width, height: counted.height, ...counted.counts };
}

describe('full-page screenshot without our own toolbars', () => {
  let b: Browser;
  let page: Page;
  beforeAll(async () => {
    b = await launch({ pages: { [PAGE]: () => obstructedPage('youtube') } });
    page = await b.context.newPage();
    await page.goto(PAGE);
    await page.bringToFront();
    await b.clickAction(page);
    // The comments stand below the kit's room at the top: toolbars are drawn as they come into view.
    await page.evaluate(() => scrollTo(0, 900));
    await page.locator('kommentarsvakt-toolbar').first().waitFor({ state: 'attached' });
  });
  afterAll(async () => b?.close());

  it('stores a page image with no pixel of our toolbars, and shows them again afterwards', async () => {
    // A status line under one comment too ("Sparad"): it must not be in the archive either.
    await page.getByRole('button', { name: /^Fånga kommentar av/ }).first().click();
    await page.getByText('Sparad', { exact: true }).first().waitFor();
    const before = await page.evaluate(() => [...document.getElementsByTagName('kommentarsvakt-toolbar')].map((h) => ({ style: h.getAttribute('style'), height: h.getBoundingClientRect().height })));
    expect(before.length).toBeGreaterThanOrEqual(3);
    expect(before.every((h) => h.height > 0)).toBe(true);
    const panel = await b.context.newPage();
    await panel.goto(b.extensionUrl('queue.html#/channels'));
    await panel.getByRole('button', { name: 'Ta helsidesbild av sidan' }).click();
    const result = panel.locator('[data-capture-result]');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.getAttribute('data-capture-result')).toBe('ok');
    const recordId = (await result.getAttribute('data-record-id'))!;

    const counted = await toolbarPixels(b, recordId);
    expect(counted.height).toBeGreaterThan(800);
    expect(counted.toolbar).toBe(0);
    // The writing box stuck to the window's bottom is not drawn over the comments of the first screen.
    expect(counted.composer).toBe(0);

    // Put back exactly: every toolbar's style as it was, the page where it was.
    const after = await page.evaluate(() => [...document.getElementsByTagName('kommentarsvakt-toolbar')].map((h) => ({ style: h.getAttribute('style'), height: h.getBoundingClientRect().height })));
    expect(after.slice(0, before.length)).toEqual(before);
  });

  it('the same count finds our toolbars in a screenshot that has them (the check can fail)', async () => {
    // The page as it stands, with our toolbars in view (Playwright's screenshot, not ours).
    const png = await page.screenshot();
    const toolbar = (await countPixels(b, { png }, { toolbar: { rgb: TOOLBAR_BORDER, tolerance: 4 } }))!.counts.toolbar;
    expect(toolbar).toBeGreaterThan(50);
  });
});
