import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/firefox.mjs';
import { capture, expectNoConsoleErrors, firstCaptureLabel, pagesFor, readStore, setProfile, SITES, type Firefox } from './helpers';

// Issue 23 in Firefox: capture with and without the screenshot permission (the toolbar-icon
// grant, the options page's optional '<all_urls>', which the shipped manifest lacked), the queue
// and its detail, and a clean console.
describe('capture in Firefox (Swedish UI)', () => {
  let b: Firefox;
  beforeAll(async () => {
    b = await launch({ pages: pagesFor('sv') });
    await setProfile(b, 'sv');
  });
  afterAll(async () => b?.close());

  it('without permission, the capture is saved and the toolbar says why it has no screenshot', async () => {
    const page = await b.newPage(SITES.youtube.url);
    const { label } = firstCaptureLabel('youtube', 'sv');
    const status = await capture(page, label, /^Sparad utan skärmbild/);
    expect(status).toContain('Klicka på Kommentarsvakts ikon i verktygsfältet');
    const { records, screenshots } = await readStore(b);
    expect(records).toHaveLength(1);
    expect(records[0]!.screenshot.status).not.toBe('ok');
    expect(screenshots).toHaveLength(0);
    await page.close();
  });

  it('after a click on the toolbar icon, the record has a PNG cropped to the comment', async () => {
    const page = await b.newPage(SITES.facebook.url);
    await b.clickAction(page);
    const { label, author } = firstCaptureLabel('facebook', 'sv');
    expect(await capture(page, label, /^Sparad$/)).toBe('Sparad');
    const { records, screenshots } = await readStore(b);
    const record = records.find((r) => r.author === author)!;
    expect(record).toMatchObject({ platform: 'facebook', kind: 'comment', authorUrl: 'https://www.facebook.com/karin.lindqvist.demo' });
    const shot = screenshots.find((s) => s.recordId === record.id)!;
    expect(shot).toMatchObject({ png: true, type: 'image/png' });
    // Cropped to the comment: narrower and lower than the 1280×800 viewport, not empty.
    expect(shot.width).toBeGreaterThan(100);
    expect(shot.width).toBeLessThan(1280);
    expect(shot.height).toBeGreaterThan(20);
    expect(shot.height).toBeLessThan(800);
    expect(record.screenshot).toMatchObject({ status: 'ok', sha256: shot.sha256 });
    await page.close();
  });

  it('after screenshots are allowed on the options page, captures on a new tab have screenshots', async () => {
    const options = await b.openExtensionPage('options.html');
    const said = await options.runAsUser(async (_w: Window, ui: any) => {
      await ui.click('Tillåt skärmbilder');
      return ui.text('Skärmbilder är tillåtna.');
    });
    expect(said).not.toContain('Tillåtelsen gavs inte');
    await options.close();

    const page = await b.newPage(SITES.instagram.url);
    const { label, author } = firstCaptureLabel('instagram', 'sv');
    expect(await capture(page, label, /^Sparad$/)).toBe('Sparad');
    const { records, screenshots } = await readStore(b);
    const record = records.find((r) => r.author === author && r.platform === 'instagram')!;
    expect(screenshots.find((s) => s.recordId === record.id)).toMatchObject({ png: true });
    await page.close();
  });

  it('the queue lists the records; the detail shows the screenshot and checks the digests', async () => {
    const queue = await b.openExtensionPage('queue.html');
    const shown = await queue.run(async (w: any, ui: any, author: string) => {
      await ui.text('3 poster');
      await ui.click(`Visa post av ${author}`);
      const img = await ui.waitFor(() => w.document.querySelector('img.screenshot-full'));
      await ui.waitFor(() => img.complete && img.naturalWidth > 0);
      await ui.text('Kontrollsummorna stämmer');
      return { width: img.naturalWidth, alt: img.alt, integrity: w.document.body.textContent.includes('Kontrollsummorna stämmer') };
    }, firstCaptureLabel('facebook', 'sv').author);
    expect(shown.width).toBeGreaterThan(100);
    expect(shown.alt).toMatch(/Skärmbild/i);
    expect(shown.integrity).toBe(true);
    await queue.close();
  });

  it('logs no error from our scripts', async () => {
    await expectNoConsoleErrors(b);
  });
});
