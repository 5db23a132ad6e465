import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser.mjs';

// Issue 22, point 3: a redesign mended without a release. The options page imports a newer
// Facebook pack; the redesigned page, unreadable with the shipped pack, is then read (toolbars,
// page health) and the popup names the pack in use. A broken pack is refused with what is
// wrong, and the pack in use keeps working.
const REDESIGNED = 'https://www.facebook.com/tyresokommun/?sk=redesign';
const PACK = readFileSync('test/fixtures/sitepacks/facebook-redesign.json');
type Browser = Awaited<ReturnType<typeof launch>>;

describe('site packs', () => {
  let b: Browser;
  let options: Page;
  beforeAll(async () => {
    b = await launch({ pages: { [REDESIGNED]: 'facebook/redesigned.sv.html' } });
    options = await b.context.newPage();
    await options.goto(b.extensionUrl('options.html#site-packs'));
  });
  afterAll(async () => b?.close());

  const importFile = (name: string, buffer: Buffer) => options.getByLabel('Läs in webbplatspaket').setInputFiles({ name, mimeType: 'application/json', buffer });
  const listed = () => options.getByRole('list', { name: 'Webbplatspaket' }).locator('[data-site="facebook"]').textContent();

  it('a broken pack is refused with what is wrong; the shipped pack stays in use', async () => {
    await expect.poll(listed).toContain('(Kommentarsvakt, inbyggt)');
    // Every site reads with a pack, Instagram and Business Suite too.
    const list = options.getByRole('list', { name: 'Webbplatspaket' });
    expect(await list.locator('[data-site="instagram"]').textContent()).toContain('Instagram: paket från 2026-12-06 (Kommentarsvakt, inbyggt)');
    expect(await list.locator('[data-site="business-suite"]').textContent()).toContain('Meta Business Suite: paket från 2026-12-06 (Kommentarsvakt, inbyggt)');
    const broken = JSON.parse(PACK.toString()) as { selectors: Record<string, unknown> };
    broken.selectors.article = [{ selector: 'li[[', since: '2026-12-20', matches: 'x' }];
    broken.selectors.textBlock = [{ selector: '*', since: '2026-12-20', matches: 'x' }];
    await importFile('broken.json', Buffer.from(JSON.stringify(broken)));
    const alert = options.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent())!;
    expect(text).toContain('Paketet avvisades och det tidigare används fortfarande');
    expect(text).toContain('selectors.article.0: ”li[[” är inte en giltig CSS-selektor.');
    expect(text).toContain('selectors.textBlock.0: ”*” träffar nästan varje element på en sida.');
    expect(await listed()).toContain('(Kommentarsvakt, inbyggt)');
  });

  it('a newer pack, imported, makes the redesigned page readable; the popup names it', async () => {
    const page = await b.context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(REDESIGNED);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.getByRole('button', { name: /^Fånga/ }).count()).toBe(0);

    await options.bringToFront();
    await importFile('facebook-2026-12-20.json', PACK);
    await options.getByText('Paketet för Facebook från 2026-12-20 är inläst och används nu.').waitFor();
    // The list asks again after the import: not at once.
    await expect.poll(listed).toContain('Facebook: paket från 2026-12-20 (IT-avdelningen, inläst)');

    // The open page is read again with the new pack, without a reload.
    await page.bringToFront();
    await page.getByRole('button', { name: 'Fånga kommentar av Karin Lindqvist' }).waitFor();
    await page.getByRole('button', { name: 'Fånga kommentar av Ahmed Yusuf' }).waitFor();

    const worker = await b.serviceWorker();
    type Chrome = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
    const tabId = await worker.evaluate(async (u) => (await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({ url: u }))[0]!.id!, REDESIGNED);
    const popup = await b.context.newPage();
    await popup.goto(b.extensionUrl(`popup.html?tab=${tabId}`));
    const health = popup.getByRole('region', { name: 'Sidans läsbarhet' });
    await expect.poll(() => health.getByRole('status').first().textContent()).toContain('Kommentarerna läses.');
    const text = (await health.textContent())!;
    expect(text).toContain('Hittade 2, lästa 2.');
    expect(text).toContain('Webbplatspaket: 2026-12-20 (IT-avdelningen, inläst)');
    expect(problems).toEqual([]);

    // Removed again: the shipped pack is back.
    await options.bringToFront();
    await options.getByRole('button', { name: 'Ta bort inläst paket för Facebook' }).click();
    await expect.poll(listed).toContain('(Kommentarsvakt, inbyggt)');
  });
});
