import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch } from '../support/browser.mjs';
import { COLOURS, obstructedPage } from '../fixtures/obstructed-kit.mjs';

// Issue 18: the half-yearly full-page screenshot showed our own "Fånga", "Riktlinjer" and
// "Sparad" under every comment. The archive must show the page as the public sees it.
const PAGE = 'https://www.youtube.com/watch?v=dEm0Sj0v1k0';
/** The toolbar buttons' bluish grey border; the page's own greys are neutral (text anti-aliasing). */
const TOOLBAR_BORDER = [0x6b, 0x6f, 0x76];

type Browser = Awaited<ReturnType<typeof launch>>;

/** Counts pixels of the toolbar buttons' border colour in a stored screenshot. */
async function toolbarPixels(b: Browser, recordId: string): Promise<{ width: number; height: number; toolbar: number; composer: number }> {
  const probe = await b.context.newPage();
  await probe.goto(b.extensionUrl('queue.html'));
  const counted = await probe.evaluate(
    async ({ id, colour, composerColour }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('kommentarsvakt');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const row = await new Promise<{ blob: Blob }>((resolve) => {
        const req = db.transaction('screenshots').objectStore('screenshots').get(id);
        req.onsuccess = () => resolve(req.result as { blob: Blob });
      });
      const bitmap = await createImageBitmap(row.blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let toolbar = 0;
      let composer = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i]! - colour[0]!) <= 4 && Math.abs(data[i + 1]! - colour[1]!) <= 4 && Math.abs(data[i + 2]! - colour[2]!) <= 4) toolbar++;
        if (Math.abs(data[i]! - composerColour[0]!) <= 4 && Math.abs(data[i + 1]! - composerColour[1]!) <= 4 && Math.abs(data[i + 2]! - composerColour[2]!) <= 4) composer++;
      }
      const bytes = new Uint8Array(await row.blob.arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return { width: bitmap.width, height: bitmap.height, toolbar, composer, png: btoa(binary) };
    },
    { id: recordId, colour: TOOLBAR_BORDER, composerColour: COLOURS.composer },
  );
  await probe.close();
  // KV_SHOTS_DIR: keep the image, to look at it.
  if (process.env.KV_SHOTS_DIR) (await import('node:fs')).writeFileSync(`${process.env.KV_SHOTS_DIR}/full-page.png`, Buffer.from(counted.png, 'base64'));
  return { width: counted.width, height: counted.height, toolbar: counted.toolbar, composer: counted.composer };
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
    const probe = await b.context.newPage();
    await probe.goto(b.extensionUrl('queue.html'));
    const toolbar = await probe.evaluate(
      async ({ bytes, colour }) => {
        const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i]! - colour[0]!) <= 4 && Math.abs(data[i + 1]! - colour[1]!) <= 4 && Math.abs(data[i + 2]! - colour[2]!) <= 4) n++;
        return n;
      },
      { bytes: [...png], colour: TOOLBAR_BORDER },
    );
    await probe.close();
    expect(toolbar).toBeGreaterThan(50);
  });
});
