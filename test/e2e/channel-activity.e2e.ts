import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixturesDir, launch } from '../support/browser.mjs';
import { formatDateTime } from '../../lib/i18n';

// Issue 6: "last activity seen" in the channel register comes from the comments the overlay
// shows, by their own time ("45 min" is 45 minutes ago), not from when they were seen. The
// fixture's comments in view show "3 d", "2 tim" and "45 min"; one far below shows "1 v".
const PAGE = 'https://www.facebook.com/tyresokommun';
// Another page whose address starts the same way: not the channel.
const OTHER = 'https://www.facebook.com/tyresokommunfritid';
const MIN = 60_000;
const HOUR = 60 * MIN;

// A YouTube video and an Instagram post: their addresses name no channel; the page's own
// markup does (the adapters' ownerUrls). watch.sv.html's owner is /@sjovikskommun, its newest
// comment "för 20 timmar sedan"; post.sv.html's author is sjoviks_kommun, its newest comment
// time[datetime] 2025-02-03T19:00:00Z.
const WATCH = 'https://www.youtube.com/watch?v=dEm0Sj0v1k0';
const YT_CHANNEL = 'https://www.youtube.com/@sjovikskommun';
// Another channel's video: the same page with another owner and video id.
const OTHER_WATCH = 'https://www.youtube.com/watch?v=aNnAn0v1d01';
const otherWatch = () => readFileSync(join(fixturesDir, 'youtube/watch.sv.html'), 'utf8').replaceAll('dEm0Sj0v1k0', 'aNnAn0v1d01').replaceAll('/@sjovikskommun', '/@annankanal');
const IG_POST = 'https://www.instagram.com/p/DEMOsjovik1/';
// Registered as typed by hand: no www, capitals, no trailing slash.
const IG_CHANNEL = 'https://instagram.com/Sjoviks_Kommun';

type Browser = Awaited<ReturnType<typeof launch>>;
type StoredChannel = { name: string; url: string; lastActivityAt?: string };

/** The register as committed, read with the raw IndexedDB API from an extension page. */
async function channels(b: Browser): Promise<StoredChannel[]> {
  const page = await b.context.newPage();
  await page.goto(b.extensionUrl('queue.html'));
  const rows = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('kommentarsvakt');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    return new Promise<unknown[]>((resolve, reject) => {
      const req = db.transaction('channels').objectStore('channels').getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  });
  await page.close();
  return rows as StoredChannel[];
}

const activityOf = async (b: Browser, url: string) => (await channels(b)).find((c) => c.url === url)?.lastActivityAt;
const lastActivity = (b: Browser) => activityOf(b, PAGE);

async function openDecorated(b: Browser, url: string, toolbars: number): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  await expect.poll(() => page.locator('kommentarsvakt-toolbar').count(), { timeout: 15_000 }).toBe(toolbars);
  return page;
}

describe('last activity seen, from the overlay', () => {
  let b: Browser;
  let register: Page;
  beforeAll(async () => {
    b = await launch({
      pages: {
        [PAGE]: 'facebook/activity.sv.html',
        [OTHER]: 'facebook/activity.sv.html',
        [WATCH]: 'youtube/watch.sv.html',
        [OTHER_WATCH]: otherWatch,
        [IG_POST]: 'instagram/post.sv.html',
      },
    });
  });
  afterAll(async () => b?.close());

  it('registers the channel: no activity seen yet', async () => {
    register = await b.context.newPage();
    await register.goto(b.extensionUrl('queue.html#/channels'));
    await register.getByRole('button', { name: 'Lägg till kanal' }).click();
    const form = register.getByRole('form', { name: 'Ny kanal' });
    await form.getByRole('combobox', { name: 'Plattform' }).selectOption('facebook');
    await form.getByRole('textbox', { name: 'Namn' }).fill('Tyresö kommun');
    await form.getByRole('textbox', { name: 'Adress (URL)' }).fill(PAGE);
    await form.getByRole('button', { name: 'Spara kanal' }).click();
    await expect.poll(() => register.locator('tr[data-channel-id]').count()).toBe(1);
    expect(await register.locator('tr[data-channel-id]').textContent()).toContain('aldrig');
    expect(await lastActivity(b)).toBeUndefined();
  });

  it('a page that is not the channel leaves it alone', async () => {
    const page = await openDecorated(b, OTHER, 3);
    // Past the reporter's settling time (1 s), with room for the background to write.
    await page.waitForTimeout(3_000);
    expect(await lastActivity(b)).toBeUndefined();
    expect(await register.locator('tr[data-channel-id]').textContent()).toContain('aldrig');
    await page.close();
  });

  it('records the newest comment time in view ("45 min"), not the time it was seen, and the register shows it', async () => {
    const before = Date.now();
    const page = await openDecorated(b, PAGE, 3);
    await expect.poll(() => lastActivity(b), { timeout: 15_000 }).toBeDefined();
    const after = Date.now();
    const seen = Date.parse((await lastActivity(b))!);
    // "45 min" read at some moment between opening the page and now.
    expect(seen).toBeGreaterThanOrEqual(before - 45 * MIN);
    expect(seen).toBeLessThanOrEqual(after - 45 * MIN);
    await expect.poll(() => register.locator('tr[data-channel-id]').textContent(), { timeout: 10_000 }).toContain(formatDateTime(new Date(seen)));

    // An older comment ("1 v") scrolled into view is decorated, and changes nothing.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.locator('kommentarsvakt-toolbar').count(), { timeout: 10_000 }).toBe(4);
    await page.waitForTimeout(3_000);
    expect(Date.parse((await lastActivity(b))!)).toBe(seen);
    await page.close();
  });

  it('a new comment arriving while the page is open ("Just nu") moves it forward, at most one message per 30 s', async () => {
    const earlier = Date.parse((await lastActivity(b))!);
    const page = await openDecorated(b, PAGE, 3);
    // This page's first message: "45 min", read a little later than before, so a little newer.
    await expect.poll(async () => Date.parse((await lastActivity(b))!), { timeout: 15_000 }).toBeGreaterThan(earlier);
    const firstSeenAt = Date.now();
    const previous = Date.parse((await lastActivity(b))!);
    // The site adds a comment in place, as Facebook does when one is posted.
    const added = Date.now();
    await page.evaluate(() => {
      const list = document.querySelector('ul.x1e558r4')!;
      const li = list.querySelector('li')!.cloneNode(true) as HTMLElement;
      // The copy is the site's markup only, without our toolbar and its room beside it.
      li.querySelectorAll('kommentarsvakt-slot, kommentarsvakt-toolbar').forEach((ours) => ours.remove());
      const link = li.querySelector('a[href*="comment_id="][role="link"]') as HTMLAnchorElement;
      link.href = link.href.replace('comment_id=4001', 'comment_id=4010');
      link.textContent = 'Just nu';
      li.querySelector('div[dir="auto"]')!.textContent = 'Stänger ni tidigare på midsommarafton?';
      list.append(li);
    });
    await expect.poll(() => page.locator('kommentarsvakt-toolbar').count()).toBe(4);
    await expect.poll(async () => Date.parse((await lastActivity(b))!), { timeout: 45_000, interval: 1_000 }).toBeGreaterThan(previous);
    // Not sooner than the page's interval allows after its first message (30 s; polled once a second).
    expect(Date.now() - firstSeenAt).toBeGreaterThanOrEqual(25_000);
    const seen = Date.parse((await lastActivity(b))!);
    expect(seen).toBeGreaterThanOrEqual(added);
    expect(seen).toBeLessThanOrEqual(Date.now());
    await expect.poll(() => register.locator('tr[data-channel-id]').textContent(), { timeout: 10_000 }).toContain(formatDateTime(new Date(seen)));
    await page.close();
  }, 90_000);

  /** Adds a channel through the register's form, as a user does. */
  async function addChannel(platform: string, name: string, url: string): Promise<void> {
    await register.getByRole('button', { name: 'Lägg till kanal' }).click();
    const form = register.getByRole('form', { name: 'Ny kanal' });
    await form.getByRole('combobox', { name: 'Plattform' }).selectOption(platform);
    await form.getByRole('textbox', { name: 'Namn' }).fill(name);
    await form.getByRole('textbox', { name: 'Adress (URL)' }).fill(url);
    await form.getByRole('button', { name: 'Spara kanal' }).click();
    await expect.poll(() => register.locator('tr[data-channel-id]', { hasText: name }).count()).toBe(1);
  }
  const row = (name: string) => register.locator('tr[data-channel-id]', { hasText: name });

  async function openShown(url: string): Promise<Page> {
    const page = await b.context.newPage();
    await page.goto(url);
    await page.bringToFront();
    await expect.poll(() => page.locator('kommentarsvakt-toolbar').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    return page;
  }

  it('a YouTube video of a registered channel: the owner in the page\'s header decides, not the address', async () => {
    await addChannel('youtube', 'Sjöviks kommun (YouTube)', YT_CHANNEL);
    expect(await row('Sjöviks kommun (YouTube)').textContent()).toContain('aldrig');

    // Another channel's video (its header links /@annankanal): nothing.
    let page = await openShown(OTHER_WATCH);
    await page.waitForTimeout(3_000);
    expect(await activityOf(b, YT_CHANNEL)).toBeUndefined();
    await page.close();

    const before = Date.now();
    page = await openShown(WATCH);
    await expect.poll(() => activityOf(b, YT_CHANNEL), { timeout: 15_000 }).toBeDefined();
    const after = Date.now();
    const seen = Date.parse((await activityOf(b, YT_CHANNEL))!);
    // The newest comment, "för 20 timmar sedan", read between opening the page and now.
    expect(seen).toBeGreaterThanOrEqual(before - 20 * HOUR);
    expect(seen).toBeLessThanOrEqual(after - 20 * HOUR);
    await expect.poll(() => row('Sjöviks kommun (YouTube)').textContent(), { timeout: 10_000 }).toContain(formatDateTime(new Date(seen)));
    // The Facebook page's channel is not touched by it.
    expect(Date.parse((await lastActivity(b))!)).toBeGreaterThan(seen);
    await page.close();
  });

  it('an Instagram post of a registered account: the author in the post header decides', async () => {
    await addChannel('instagram', 'Sjöviks kommun (Instagram)', IG_CHANNEL);
    const youtubeSeen = await activityOf(b, YT_CHANNEL);
    const page = await openShown(IG_POST);
    await expect.poll(() => activityOf(b, IG_CHANNEL), { timeout: 15_000 }).toBe('2025-02-03T19:00:00.000Z');
    await expect.poll(() => row('Sjöviks kommun (Instagram)').textContent(), { timeout: 10_000 }).toContain(formatDateTime(new Date('2025-02-03T19:00:00.000Z')));
    expect(await activityOf(b, YT_CHANNEL)).toBe(youtubeSeen);
    await page.close();
  });
});
