import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe } from '../support/axe';
import { launch } from '../support/browser.mjs';
import { pageReportSchema } from '../../lib/pagereport';

// Issue 22, points 1 and 2: the popup and the side panel say how well the tab's page is read,
// calmly, with no false alarm on a post without comments; on a page the adapter cannot read
// they offer the ways out, and "Spara sidrapport" saves a report holding none of the page's text.
const FEED = 'https://www.facebook.com/tyresokommun';
const EMPTY = 'https://www.facebook.com/tyresokommun/posts/pfbid02Empty';
const REDESIGNED = 'https://www.facebook.com/tyresokommun/?sk=redesign';
const INSTAGRAM = 'https://www.instagram.com/p/DEMOsjovik1/';
const EMPTY_POST = `<!DOCTYPE html><html lang="sv"><head><title>Tyresö kommun</title></head><body><main>
<div role="article" aria-labelledby="t"><h2 id="t"><a href="/tyresokommun">Tyresö kommun</a></h2>
<div data-ad-preview="message"><div dir="auto">Nytt badhus i Tyresö!</div></div><span>0 kommentarer</span>
<div role="button" tabindex="0">Gilla</div><div role="button" tabindex="0">Kommentera</div></div></main></body></html>`;
type Browser = Awaited<ReturnType<typeof launch>>;

describe('page health in the popup and the side panel', () => {
  let b: Browser;
  const problems: string[] = [];
  beforeAll(async () => {
    b = await launch({ pages: { [FEED]: 'facebook/page-feed.sv.html', [REDESIGNED]: 'facebook/redesigned.sv.html', [EMPTY]: () => EMPTY_POST, [INSTAGRAM]: 'instagram/post.sv.html' } });
  });
  afterAll(async () => b?.close());

  /** Opens a fixture page, and our popup (or side panel) aimed at its tab as the toolbar would. */
  async function open(url: string, view: 'popup' | 'sidepanel' = 'popup'): Promise<{ page: Page; ui: Page }> {
    const page = await b.context.newPage();
    // The fixtures' own remote images fail offline ("Failed to load resource"): the page's, not ours.
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && !m.text().startsWith('Failed to load resource') && problems.push(`${url}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`${url}: ${e.message}`));
    await page.goto(url);
    const worker = await b.serviceWorker();
    type Chrome = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
    const tabId = await worker.evaluate(async (u) => (await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({ url: u }))[0]!.id!, url);
    const ui = await b.context.newPage();
    await ui.goto(b.extensionUrl(`${view}.html?tab=${tabId}`));
    return { page, ui };
  }
  const section = (ui: Page) => ui.getByRole('region', { name: 'Sidans läsbarhet' });

  it('a page it reads: the adapter, what it found and read, no alarm', async () => {
    const { ui } = await open(FEED);
    const status = section(ui).getByRole('status').first();
    await expect.poll(() => status.textContent()).toContain('Kommentarerna läses.');
    const text = (await status.textContent())!;
    expect(text).toMatch(/Läses som Facebook\. Hittade (\d+), lästa \1\./);
    expect(text).not.toContain('kan inte läsas');
    expect(await axe(ui)).toEqual([]);
  });

  it('says where the site\'s own Delete is not watched (issue 24: no public source shows Instagram\'s menu), and not where it is', async () => {
    const noSource = 'Ingen offentlig källa visar menyn här';
    const instagram = await open(INSTAGRAM);
    const status = section(instagram.ui).getByRole('status').first();
    await expect.poll(() => status.textContent()).toContain('Kommentarerna läses.');
    expect(await status.textContent()).toContain(noSource);
    const facebook = await open(FEED);
    const fbStatus = section(facebook.ui).getByRole('status').first();
    await expect.poll(() => fbStatus.textContent()).toContain('Kommentarerna läses.');
    expect(await fbStatus.textContent()).not.toContain(noSource);
  });

  it('a post without comments: calm "no comments", no false alarm', async () => {
    const { ui } = await open(EMPTY);
    const status = section(ui).getByRole('status').first();
    await expect.poll(() => status.textContent()).toContain('Inga kommentarer på sidan just nu.');
    expect(await status.textContent()).toContain('Hittade 0, lästa 0.');
    expect(await ui.locator('[data-health="cannot-read"]').count()).toBe(0);
  });

  it('a redesigned page: "cannot read" with the ways out, and a page report with no page text', async () => {
    const { ui } = await open(REDESIGNED, 'sidepanel');
    const alarm = section(ui).getByRole('heading', { name: 'Kommentarerna på sidan kan inte läsas' });
    await alarm.waitFor();
    const text = (await section(ui).getByRole('status').first().textContent())!;
    expect(text).toContain('markera dess text och tryck Alt+Shift+K');
    expect(text).toContain('Fånga markerad text (Kommentarsvakt)');
    expect(text).toContain('Spara en sidrapport');
    expect(await axe(ui)).toEqual([]);

    const [download] = await Promise.all([ui.waitForEvent('download'), section(ui).getByRole('button', { name: 'Spara sidrapport' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^sidrapport-facebook-\d{8}-\d{6}\.json$/);
    const json = readFileSync((await download.path())!, 'utf8');
    const report = pageReportSchema.parse(JSON.parse(json));
    expect(report).toMatchObject({ url: expect.not.stringContaining('tyresokommun'), adapter: { id: 'facebook', found: 0, read: 0 } });
    expect(report.extension.browser).toMatch(/^Chrome \d+$/);
    // The page's words, names, handles, ids and links: none of them in the file.
    for (const secret of ['Karin', 'Lindqvist', 'Ahmed', 'badhuset', 'Bollmora', 'Tyresö', 'tyresokommun', 'karin.lindqvist.demo', 'pfbid02Tyreso1001', '2001', 'söndagar']) {
      expect(json, secret).not.toContain(secret);
    }
    await section(ui).getByText(/^Sidrapporten är sparad \(sidrapport-facebook-/).waitFor();
    // The comments are really in the page, and our check said nothing to it.
    expect(problems).toEqual([]);
  });
});
