import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launch } from '../support/browser.mjs';
import { setProfile } from '../support/profile';
import { readStore } from '../support/store.mjs';
import { REMOVAL_COLOURS, removalPage } from '../fixtures/removal-kit.mjs';
import type { CaptureRecord } from '../../lib/records/schema';
import { suggest } from '../../lib/guide/suggest';

// Issue 24: the site's own Delete / Hide in a comment's menu makes a record by itself, with a
// screenshot taken at the menu button (the menu hidden for it). Fixture pages from
// test/fixtures/removal-kit.mjs: the site's comment page, each comment's menu button, a magenta
// menu over the comment and a page script that takes the comment off the page on Delete / Hide.
type Browser = Awaited<ReturnType<typeof launch>>;

interface Case {
  name: string;
  url: string;
  /** The site fixture whose removal page is served. */
  fixture: string;
  lang: 'sv' | 'en';
  /** The comments that hold no other comment, and a comment's own menu button. */
  items: (page: Page) => Locator;
  button: (item: Locator) => Locator;
  entry: (page: Page, words: string) => Locator;
  words: { delete: string; hide: string; other: string };
}

const fbItems = (page: Page) => page.locator('div[role="article"][aria-label]:not(:has(div[role="article"]))');
const fbButton = (item: Locator) => item.locator('div[role="button"][aria-haspopup="menu"]').first();
const fbEntry = (page: Page, words: string) => page.locator('#kv-menu [role="menuitem"]').filter({ hasText: new RegExp(`^${words}$`) });
const ytItems = (page: Page) => page.locator('ytd-comment-view-model');
const ytButton = (item: Locator) => item.locator('#action-menu button').first();
const ytEntry = (page: Page, words: string) => page.locator('#kv-menu ytd-menu-service-item-renderer').filter({ hasText: new RegExp(`^${words}$`) });

const CASES: Case[] = [
  { name: 'Facebook page feed, Swedish', url: 'https://www.facebook.com/tyresokommun', fixture: 'facebook/page-feed.sv.html', lang: 'sv', items: fbItems, button: fbButton, entry: fbEntry, words: { delete: 'Ta bort', hide: 'Dölj kommentar', other: 'Rapportera kommentar' } },
  { name: 'Facebook page feed, English', url: 'https://www.facebook.com/tyresokommun', fixture: 'facebook/page-feed.en.html', lang: 'en', items: fbItems, button: fbButton, entry: fbEntry, words: { delete: 'Delete', hide: 'Hide comment', other: 'Report comment' } },
  { name: 'Facebook post dialog, Swedish', url: 'https://www.facebook.com/tyresokommun/posts/pfbid02Tyreso2001', fixture: 'facebook/post-dialog.sv.html', lang: 'sv', items: fbItems, button: fbButton, entry: fbEntry, words: { delete: 'Ta bort', hide: 'Dölj kommentar', other: 'Rapportera kommentar' } },
  { name: 'Facebook comment permalink, Swedish', url: 'https://www.facebook.com/tyresokommun/posts/pfbid02Tyreso1001?comment_id=2001', fixture: 'facebook/comment-permalink.sv.html', lang: 'sv', items: fbItems, button: fbButton, entry: fbEntry, words: { delete: 'Ta bort', hide: 'Dölj kommentar', other: 'Rapportera kommentar' } },
  { name: 'YouTube watch page, Swedish', url: 'https://www.youtube.com/watch?v=dEm0Sj0v1k0', fixture: 'youtube/watch.sv.html', lang: 'sv', items: ytItems, button: ytButton, entry: ytEntry, words: { delete: 'Ta bort', hide: 'Dölj användare från kanalen', other: 'Rapportera' } },
  { name: 'YouTube watch page, English', url: 'https://www.youtube.com/watch?v=dEm0Sj0v1k0', fixture: 'youtube/watch.en.html', lang: 'en', items: ytItems, button: ytButton, entry: ytEntry, words: { delete: 'Remove', hide: 'Hide user from channel', other: 'Report' } },
];

/** The records in the store and, per record, its screenshot's pixels counted by colour. */
async function records(b: Browser): Promise<{ records: CaptureRecord[]; pixels: Record<string, { width: number; height: number; item: number; menu: number }> }> {
  const probe = await b.context.newPage();
  await probe.goto(b.extensionUrl('queue.html'));
  const { records } = (await readStore(probe)) as { records: CaptureRecord[] };
  const pixels = await probe.evaluate(async (colours) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('kommentarsvakt');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const rows = await new Promise<{ recordId: string; blob: Blob }[]>((resolve) => {
      const req = db.transaction('screenshots').objectStore('screenshots').getAll();
      req.onsuccess = () => resolve(req.result as { recordId: string; blob: Blob }[]);
    });
    const out: Record<string, { width: number; height: number; item: number; menu: number }> = {};
    for (const row of rows) {
      const bitmap = await createImageBitmap(row.blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const near = (i: number, c: number[]) => Math.abs(data[i]! - c[0]!) <= 12 && Math.abs(data[i + 1]! - c[1]!) <= 12 && Math.abs(data[i + 2]! - c[2]!) <= 12;
      const p = { width: bitmap.width, height: bitmap.height, item: 0, menu: 0 };
      for (let i = 0; i < data.length; i += 4) {
        if (near(i, colours.item)) p.item++;
        else if (near(i, colours.menu)) p.menu++;
      }
      out[row.recordId] = p;
    }
    db.close();
    return out;
  }, REMOVAL_COLOURS);
  await probe.close();
  return { records: records.sort((a, c) => a.capturedAt.localeCompare(c.capturedAt)), pixels };
}

/** The n-th comment on the page that holds no other comment. */
function comment(c: Case, page: Page, n: number): Locator {
  return c.items(page).nth(n);
}

/** A person's click on the comment's menu button, then (after `wait` ms) on an entry. */
async function choose(c: Case, page: Page, item: Locator, words: string, wait = 1500): Promise<void> {
  await c.button(item).click();
  await c.entry(page, words).waitFor();
  if (wait) await page.waitForTimeout(wait);
  await c.entry(page, words).click();
}

for (const c of CASES) {
  describe(`capture on removal: ${c.name}`, () => {
    let b: Browser;
    let page: Page;
    beforeAll(async () => {
      b = await launch({ pages: { [c.url.split('?')[0]!]: () => removalPage(c.fixture) } });
      await setProfile(b, { language: c.lang });
      page = await b.context.newPage();
    });
    afterAll(async () => b?.close());
    // Each test on the whole page again (the store is kept): removals take comments away.
    beforeEach(async () => {
      await page.goto(c.url);
      await page.bringToFront();
      await b.clickAction(page);
      await page.locator('kommentarsvakt-toolbar').first().waitFor({ state: 'attached' });
    });

    it('a menu closed without removing leaves no record, and a page script removing a comment triggers nothing', async () => {
      const item = comment(c, page, 0);
      await c.button(item).click();
      await c.entry(page, c.words.other).waitFor();
      await page.waitForTimeout(800);
      await page.keyboard.press('Escape');
      await choose(c, page, item, c.words.other, 300);
      // The page's own script clicks a menu button and Delete, then removes a comment itself.
      await page.evaluate(() => {
        const button = document.querySelector<HTMLElement>('div[role="button"][aria-haspopup="menu"], #action-menu button');
        button?.click();
        document.querySelector<HTMLElement>('#kv-menu [data-kv-act="remove"]')?.click();
      });
      await page.waitForTimeout(1500);
      expect((await records(b)).records).toHaveLength(0);
    });

    it('Delete: the record holds the comment, a screenshot of it without the menu, "deleted" and "captured on removal"; the comment is gone', async () => {
      const item = comment(c, page, 0);
      const label = await item.getAttribute('aria-label');
      const text = (await item.locator(c.name.startsWith('YouTube') ? '#content-text' : 'div[dir="auto"]').first().textContent())!.trim();
      await choose(c, page, item, c.words.delete);
      await expect.poll(async () => (await records(b)).records.length, { timeout: 15_000 }).toBe(1);
      const { records: [record], pixels } = await records(b);
      expect(record).toMatchObject({ capturedOnRemoval: 'deleted', screenshot: { status: 'ok' } });
      expect(record!.text).toContain(text);
      const p = pixels[record!.id]!;
      expect(p.menu).toBe(0);
      expect(p.item / (p.width * p.height)).toBeGreaterThan(0.3);
      // The site's own Delete went through: the comment is off the page.
      expect(await page.getByText(text, { exact: true }).count()).toBe(0);
      if (label) expect(await page.locator(`[aria-label="${label}"]`).count()).toBe(0);
    });

    it('Hide is recorded as "hidden"; two removals in quick succession are both captured, in order', async () => {
      const texts: string[] = [];
      for (const words of [c.words.hide, c.words.delete]) {
        texts.push((await comment(c, page, 0).textContent())!);
        await choose(c, page, comment(c, page, 0), words, 1200);
      }
      await expect.poll(async () => (await records(b)).records.length, { timeout: 15_000 }).toBe(3);
      const { records: all, pixels } = await records(b);
      expect(all.slice(1).map((r) => r.capturedOnRemoval)).toEqual(['hidden', 'deleted']);
      expect(all[1]!.screenshot.status).toBe('ok');
      expect(all[2]!.screenshot.status).toBe('ok');
      expect(pixels[all[1]!.id]!.menu).toBe(0);
      // In the order they were removed: each record holds its own comment's text.
      for (const [i, r] of all.slice(1).entries()) expect(texts[i]).toContain(r.text.slice(0, 20));
    });

    it('Delete chosen before the screenshot is ready still commits the reading, marked "removed before the picture could be taken"', async () => {
      // Two captures by hand take the browser's screenshot quota for the next second. "Fånga" on
      // an item already stored only asks (issue 18) and takes no screenshot; which of the first
      // two items the tests before stored differs by page. So: one "Fånga" each, which stores
      // what is not stored yet; then "Fånga" again, which asks on both, and a new version of each
      // (two screenshots) just before the Delete.
      const sv = c.lang === 'sv';
      const capture = page.getByRole('button', { name: sv ? /^Fånga/ : /^Capture/ });
      const answered = page.getByText(sv ? /^(Sparad|Redan fångad)/ : /^(Saved|Already captured)/);
      const saveNew = page.getByRole('button', { name: sv ? /^Spara (en )?ny version/ : /^Save (a )?new version/ });
      await capture.nth(0).click();
      await capture.nth(1).click();
      await expect.poll(() => answered.count(), { timeout: 10_000 }).toBe(2);
      await capture.nth(0).click();
      await capture.nth(1).click();
      await expect.poll(() => saveNew.count()).toBe(2);
      // The second first: a chosen answer takes its toolbar's buttons away.
      await saveNew.nth(1).click();
      await saveNew.nth(0).click();
      const item = comment(c, page, 0);
      await choose(c, page, item, c.words.delete, 0);
      // One by the Delete above, three by the tests before.
      await expect.poll(async () => (await records(b)).records.filter((r) => r.capturedOnRemoval).length, { timeout: 15_000 }).toBe(4);
      // The two new versions by hand were stored: their screenshots did take the quota.
      await expect.poll(async () => (await records(b)).records.filter((r) => !r.capturedOnRemoval && (r.version ?? 1) > 1).length).toBe(2);
      const last = (await records(b)).records.filter((r) => r.capturedOnRemoval).at(-1)!;
      expect(last.screenshot).toEqual({ status: 'missing', reason: 'removed-before-shot' });
      expect(last.text.length).toBeGreaterThan(0);
    });
  });
}

describe('capture on removal: the setting, and the count in the popup', () => {
  const c = CASES[0]!;
  let b: Browser;
  let page: Page;
  beforeAll(async () => {
    b = await launch({ pages: { [c.url]: () => removalPage(c.fixture) } });
    await setProfile(b);
    page = await b.context.newPage();
  });
  afterAll(async () => b?.close());

  const setting = async (on: boolean) => {
    const options = await b.context.newPage();
    await options.goto(b.extensionUrl('options.html'));
    const box = options.getByRole('checkbox', { name: 'Fånga automatiskt vid borttagning' });
    await expect.poll(() => box.isEnabled()).toBe(true);
    expect(await box.isChecked()).toBe(!on);
    await box.setChecked(on);
    await options.close();
  };
  const open = async () => {
    await page.goto(c.url);
    await page.bringToFront();
    await b.clickAction(page);
    await page.locator('kommentarsvakt-toolbar').first().waitFor({ state: 'attached' });
  };

  it('off: the site\'s Delete goes through and nothing is stored; on again (the default): stored, and counted in the popup', async () => {
    await setting(false);
    await open();
    await choose(c, page, comment(c, page, 0), c.words.delete, 1200);
    await page.waitForTimeout(1500);
    expect((await records(b)).records).toHaveLength(0);

    await setting(true);
    await open();
    await choose(c, page, comment(c, page, 0), c.words.delete, 1200);
    await expect.poll(async () => (await records(b)).records.length, { timeout: 15_000 }).toBe(1);
    const popup = await b.context.newPage();
    await popup.goto(b.extensionUrl('popup.html'));
    await expect.poll(() => popup.locator('[data-removal-count]').textContent()).toBe('Fångade automatiskt vid borttagning: 1');
    await popup.close();
  });

  it('a menu button the adapter cannot tie to a comment captures nothing and says so once', async () => {
    await open();
    const before = (await records(b)).records.length;
    // A "…" outside every comment (as a post's own menu is).
    await page.evaluate(() => {
      const stray = document.createElement('div');
      stray.setAttribute('role', 'button');
      stray.setAttribute('aria-haspopup', 'menu');
      stray.setAttribute('aria-label', 'Åtgärder för det här inlägget');
      stray.textContent = '…';
      stray.style.cssText = 'position:fixed;top:70px;left:10px;width:30px;height:30px;z-index:99;background:#fff';
      document.body.append(stray);
    });
    const stray = page.getByRole('button', { name: 'Åtgärder för det här inlägget' });
    await stray.click();
    await stray.click();
    const told = page.locator('kommentarsvakt-toast').filter({ hasText: 'kunde inte koppla den här menyn till en kommentar' });
    await expect.poll(() => told.count()).toBe(1);
    await page.waitForTimeout(1000);
    expect(await told.count()).toBe(1);
    expect((await records(b)).records).toHaveLength(before);
  });

  it('the side panel asks for the §3 reasons, pre-ticked from the suggestion, and saving marks the record removed with them', async () => {
    const [record] = (await records(b)).records;
    const panel = await b.context.newPage();
    await panel.goto(b.extensionUrl('sidepanel.html'));
    const form = panel.getByRole('group', { name: 'Kommentaren togs bort (raderad). Ange skäl enligt §3:' });
    await form.waitFor();
    const boxes = form.getByRole('checkbox');
    const ticked: string[] = [];
    for (let i = 0; i < (await boxes.count()); i++) if (await boxes.nth(i).isChecked()) ticked.push((await boxes.nth(i).locator('xpath=..').textContent())!.trim());
    expect(ticked.length).toBe(suggest(record!.text).removalReasons.length);
    if (ticked.length === 0) await boxes.first().check();
    await form.getByRole('button', { name: 'Spara skäl' }).click();
    await expect.poll(async () => (await records(b)).records[0]!.status).toBe('removed-from-site');
    expect((await records(b)).records[0]!.removalReasons!.length).toBeGreaterThan(0);
    // Answered: the question is gone.
    await expect.poll(() => form.count()).toBe(0);
    await panel.close();
  });
});
