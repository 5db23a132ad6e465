import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch } from '../support/browser.mjs';
import { injectAxe } from '../support/axe';
import { readStore } from '../support/store.mjs';
import { contentDigest } from '../../lib/records/digests';
import type { CaptureRecord } from '../../lib/records/schema';

// Issue 6: full-page screenshots by scroll-and-stitch in real Chromium, with the sticky header
// once, cancel, a tab closed mid-capture, a denied permission and a page that grows.
const PAGE = 'https://www.facebook.com/tyresokommun';
const GROWING = 'https://www.facebook.com/tyresokommun/growing';
const MAGENTA = [0xff, 0x00, 0xc8];

type Browser = Awaited<ReturnType<typeof launch>>;
type Stored = { records: CaptureRecord[]; screenshots: { recordId: string; width: number; height: number; size: number; sha256: string }[]; audit: { recordId: string; to: string }[] };

async function openChannelPage(b: Browser, url: string, grant = true): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  if (grant) await b.clickAction(page);
  return page;
}

/** The register page in its own tab; the capture's target is the web page used last. */
async function openPanel(b: Browser): Promise<Page> {
  const panel = await b.context.newPage();
  await panel.goto(b.extensionUrl('queue.html#/channels'));
  await panel.getByRole('button', { name: 'Ta helsidesbild av sidan' }).waitFor();
  return panel;
}

async function store(b: Browser): Promise<Stored> {
  const page = await b.context.newPage();
  await page.goto(b.extensionUrl('queue.html'));
  const result = (await readStore(page)) as Stored;
  await page.close();
  return result;
}

async function result(panel: Page) {
  const el = panel.locator('[data-capture-result]');
  await el.waitFor({ timeout: 30_000 });
  return { kind: await el.getAttribute('data-capture-result'), error: await el.getAttribute('data-error'), text: (await el.textContent()) ?? '', recordId: await el.getAttribute('data-record-id') };
}

describe('full-page screenshot (Chromium, scroll and stitch)', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch({ pages: { [PAGE]: 'channel/long-page.html', [GROWING]: 'channel/growing-page.html' } });
  });
  afterAll(async () => b?.close());

  it('stores one image of the whole page, the sticky header only in the top band, with digests and MHTML', async () => {
    const page = await openChannelPage(b, PAGE);
    const size = await page.evaluate(() => ({ scrollHeight: document.documentElement.scrollHeight, innerHeight, dpr: devicePixelRatio, header: document.querySelector('header')!.getBoundingClientRect().height }));
    expect(size.scrollHeight).toBeGreaterThanOrEqual(5 * size.innerHeight);
    const panel = await openPanel(b);
    await expect.poll(() => panel.locator('#page-capture-target').textContent()).toBe('Flik: Tyresö kommun | Facebook');
    // axe in place before the capture starts, so that it runs while the progress is shown.
    await injectAxe(panel);
    const started = Date.now();
    await panel.getByRole('button', { name: 'Ta helsidesbild av sidan' }).click();
    // The progress UI while it runs, checked with axe-core at that moment.
    await panel.getByRole('progressbar', { name: 'Förlopp för helsidesbild' }).waitFor();
    const axe = await panel.evaluate(async () => {
      const hadProgress = document.querySelector('.page-capture progress') !== null;
      const r = await (window as unknown as { axe: { run: (c: unknown) => Promise<{ violations: { id: string }[] }> } }).axe.run({ include: [['.page-capture']] } as unknown);
      return { hadProgress, violations: r.violations.map((v) => v.id) };
    });
    expect(axe).toEqual({ hadProgress: true, violations: [] });
    const res = await result(panel);
    const ms = Date.now() - started;
    console.log(`full-page capture of ${size.scrollHeight} px (${(size.scrollHeight / size.innerHeight).toFixed(1)} screens): ${ms} ms, ${res.text}`);
    expect(res.kind).toBe('ok');

    const { records, screenshots, audit } = await store(b);
    expect(records).toHaveLength(1);
    const record = records[0]!;
    expect(record).toMatchObject({ kind: 'page-screenshot', platform: 'facebook', pageUrl: PAGE, author: 'Tyresö kommun | Facebook', status: 'captured', id: res.recordId });
    expect(record.page).toMatchObject({ method: 'scroll-stitch', pageHeight: size.scrollHeight, truncated: false, slices: Math.ceil(size.scrollHeight / size.innerHeight) });
    expect(record.contentSha256).toBe(await contentDigest(record));
    const shot = screenshots.find((s) => s.recordId === record.id)!;
    expect(shot.height).toBe(Math.round(size.scrollHeight * size.dpr));
    expect(record.screenshot).toMatchObject({ status: 'ok', width: shot.width, height: shot.height, sha256: shot.sha256 });
    expect(audit).toEqual([expect.objectContaining({ recordId: record.id, to: 'captured' })]);

    // Decode the stored PNG in an extension page and find every row with the header's colour.
    const probe = await b.context.newPage();
    await probe.goto(b.extensionUrl('queue.html'));
    const rows = await probe.evaluate(async ({ id, colour }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('kommentarsvakt');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const get = (store: string) => new Promise<{ blob: Blob } | undefined>((resolve) => {
        const req = db.transaction(store).objectStore(store).get(id);
        req.onsuccess = () => resolve(req.result as { blob: Blob } | undefined);
      });
      const row = await get('screenshots');
      const archive = await get('pageArchives');
      const bitmap = await createImageBitmap(row!.blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const magentaRows: number[] = [];
      for (let y = 0; y < bitmap.height; y++) {
        // A column right of the header's text, where only the header's background is.
        const i = (y * bitmap.width + Math.floor(bitmap.width * 0.8)) * 4;
        if (Math.abs(data[i]! - colour[0]!) < 8 && Math.abs(data[i + 1]! - colour[1]!) < 8 && Math.abs(data[i + 2]! - colour[2]!) < 8) magentaRows.push(y);
      }
      const bottom = ((bitmap.height - 1) * bitmap.width + 5) * 4;
      const mhtml = archive ? await archive.blob.text() : '';
      return { height: bitmap.height, magentaRows, bottom: [data[bottom], data[bottom + 1], data[bottom + 2]], mhtml: mhtml.slice(0, 2000), mhtmlSize: archive?.blob.size ?? 0 };
    }, { id: record.id, colour: MAGENTA });
    await probe.close();
    expect(rows.height).toBe(Math.round(size.scrollHeight * size.dpr));
    expect(rows.magentaRows.length).toBe(Math.round(size.header * size.dpr));
    expect(Math.max(...rows.magentaRows)).toBeLessThan(Math.round(size.header * size.dpr));
    expect(rows.magentaRows[0]).toBe(0);
    // The footer (#303030) is the image's last row: the bottom of the page was reached.
    expect(rows.bottom).toEqual([0x30, 0x30, 0x30]);
    // The MHTML copy, where Chromium offers it, with its digest in the record.
    expect(rows.mhtmlSize).toBeGreaterThan(0);
    expect(rows.mhtml).toMatch(/MIME-Version|Content-Type: multipart\/related/i);
    expect(record.page?.mhtml?.bytes).toBe(rows.mhtmlSize);

    // Listed in the queue as a full-page screenshot; the page was restored (scroll position).
    const queue = await b.context.newPage();
    await queue.goto(b.extensionUrl('queue.html'));
    await expect.poll(() => queue.locator('tbody tr').first().textContent()).toContain('helsidesbild');
    expect(await page.evaluate(() => ({ y: scrollY, vis: getComputedStyle(document.querySelector('header')!).visibility }))).toEqual({ y: 0, vis: 'visible' });
    await queue.close();
    await panel.close();
    await page.close();
  });

  it('cancel mid-capture stores nothing', async () => {
    const before = await store(b);
    const page = await openChannelPage(b, PAGE);
    const panel = await openPanel(b);
    await panel.getByRole('button', { name: 'Ta helsidesbild av sidan' }).click();
    await expect.poll(() => panel.getByRole('status').filter({ hasText: /Tar bild [1-9] av/ }).count(), { timeout: 15_000 }).toBe(1);
    await panel.getByRole('button', { name: 'Avbryt helsidesbild' }).click();
    const res = await result(panel);
    expect(res).toMatchObject({ kind: 'error', error: 'cancelled' });
    expect(res.text).toContain('Inget sparades');
    const after = await store(b);
    expect(after.records).toHaveLength(before.records.length);
    expect(after.screenshots).toHaveLength(before.screenshots.length);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('header')!).visibility)).toBe('visible');
    await panel.close();
    await page.close();
  });

  it('a tab closed mid-capture ends it with a message and stores nothing', async () => {
    const before = await store(b);
    const page = await openChannelPage(b, PAGE);
    const panel = await openPanel(b);
    await panel.getByRole('button', { name: 'Ta helsidesbild av sidan' }).click();
    await expect.poll(() => panel.getByRole('status').filter({ hasText: /Tar bild [1-9] av/ }).count(), { timeout: 15_000 }).toBe(1);
    await page.close();
    const res = await result(panel);
    expect(res).toMatchObject({ kind: 'error', error: 'tab-closed' });
    expect(res.text).toMatch(/^Fliken stängdes medan bilden togs\. Inget sparades\./);
    const after = await store(b);
    expect(after.records).toHaveLength(before.records.length);
    expect(after.screenshots).toHaveLength(before.screenshots.length);
    await panel.close();
  });

  it('without a permission for the tab, says how to give it and stores nothing', async () => {
    const before = await store(b);
    const page = await openChannelPage(b, `${PAGE}?ingen=behorighet`, false);
    const panel = await openPanel(b);
    await panel.getByRole('button', { name: 'Ta helsidesbild av sidan' }).click();
    const res = await result(panel);
    expect(res).toMatchObject({ kind: 'error', error: 'no-permission' });
    expect(res.text).toContain('Klicka på Kommentarsvakts ikon');
    expect((await store(b)).records).toHaveLength(before.records.length);
    await panel.close();
    await page.close();
  });

  it('a page that grows while it is captured ends the capture and stores nothing', async () => {
    const before = await store(b);
    const page = await openChannelPage(b, GROWING);
    const panel = await openPanel(b);
    await panel.getByRole('button', { name: 'Ta helsidesbild av sidan' }).click();
    const res = await result(panel);
    expect(res).toMatchObject({ kind: 'error', error: 'page-changed' });
    expect(res.text).toContain('Sidan ändrade längd');
    const after = await store(b);
    expect(after.records).toHaveLength(before.records.length);
    expect(after.screenshots).toHaveLength(before.screenshots.length);
    await panel.close();
    await page.close();
  });
});

/**
 * A channel page of `sections` bands, each `band` px tall in a colour of its own, under a sticky
 * magenta header: where each band lands in the stitched image shows that every slice was put in
 * its place, at any devicePixelRatio. Written for these tests, not copied from any site.
 */
const HEADER = 60;
const bandColour = (i: number): [number, number, number] => [(40 + i * 53) % 200, (90 + i * 101) % 220, (i * 37) % 160];
function bandsPage(sections: number, band: number): string {
  const rows = Array.from({ length: sections }, (_, i) => `<section style="height:${band}px;background:rgb(${bandColour(i).join(',')})">Band ${i + 1}</section>`).join('\n');
  return `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Tyresö kommun | Facebook</title>
<style>html,body{margin:0;padding:0}body{font:16px/1.4 sans-serif}header{position:sticky;top:0;height:${HEADER}px;background:#ff00c8;z-index:10}section{margin:0;color:#fff}</style>
</head><body><header><h1 style="margin:0;padding:12px;font-size:24px">Tyresö kommun</h1></header><main>${rows}</main></body></html>`;
}

/** Decodes a stored page screenshot in an extension page: its size, the header's rows, and the colour at given rows. */
async function probe(b: Browser, recordId: string, rows: number[]): Promise<{ width: number; height: number; magentaRows: number[]; at: [number, number, number][] }> {
  const page = await b.context.newPage();
  await page.goto(b.extensionUrl('queue.html'));
  const result = await page.evaluate(
    async ({ id, rows, colour }) => {
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
      const { width, height } = bitmap;
      const canvas = new OffscreenCanvas(width, height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      // One column right of the header's text, where only backgrounds are.
      const x = Math.floor(width * 0.8);
      const data = ctx.getImageData(x, 0, 1, height).data;
      const px = (y: number): [number, number, number] => [data[y * 4]!, data[y * 4 + 1]!, data[y * 4 + 2]!];
      const near = (a: number[], c: number[]) => a.every((v, i) => Math.abs(v - c[i]!) < 8);
      const magentaRows: number[] = [];
      for (let y = 0; y < height; y++) if (near(px(y), colour)) magentaRows.push(y);
      return { width, height, magentaRows, at: rows.map((y) => px(y)) };
    },
    { id: recordId, rows, colour: MAGENTA },
  );
  await page.close();
  return result;
}

/** Device rows just inside the top and bottom of each band that lies within the image, with the band's colour. */
function bandChecks(sections: number, band: number, dpr: number, imageHeight: number): { row: number; colour: [number, number, number] }[] {
  const checks: { row: number; colour: [number, number, number] }[] = [];
  for (let i = 0; i < sections; i++) {
    const top = HEADER + i * band;
    for (const y of [top + 3, top + band / 2, top + band - 3]) {
      const row = Math.floor(y * dpr);
      if (row < imageHeight) checks.push({ row, colour: bandColour(i) });
    }
  }
  return checks;
}

/** The checked rows whose colour in the image is not their band's, with what was found. */
function misplaced(checks: { row: number; colour: [number, number, number] }[], found: [number, number, number][]): string[] {
  return checks.flatMap((c, i) => (found[i]!.every((v, k) => Math.abs(v - c.colour[k]!) < 8) ? [] : [`row ${c.row}: ${found[i]!.join(',')} ≠ ${c.colour.join(',')}`]));
}

async function captureFromPanel(b: Browser, url: string) {
  const page = await openChannelPage(b, url);
  const size = await page.evaluate(() => ({ scrollHeight: document.documentElement.scrollHeight, innerHeight, innerWidth, clientWidth: document.documentElement.clientWidth, dpr: devicePixelRatio }));
  const panel = await openPanel(b);
  await expect.poll(() => panel.locator('#page-capture-target').textContent()).toBe('Flik: Tyresö kommun | Facebook');
  const started = Date.now();
  await panel.getByRole('button', { name: 'Ta helsidesbild av sidan' }).click();
  const el = panel.locator('[data-capture-result]');
  await el.waitFor({ timeout: 120_000 });
  const res = { kind: await el.getAttribute('data-capture-result'), error: await el.getAttribute('data-error'), text: (await el.textContent()) ?? '', recordId: await el.getAttribute('data-record-id'), ms: Date.now() - started };
  await panel.close();
  return { page, size, res };
}

// A Retina display (2) and a Windows laptop at 150 % (1.5): each slice's screenshot has
// device pixels, and the stitched image is scrollHeight × devicePixelRatio rows high.
describe.each([2, 1.5])('full-page screenshot on a HiDPI screen (devicePixelRatio %s)', (dpr) => {
  let b: Browser;
  const URL_DPR = 'https://www.facebook.com/tyresokommun';
  const URL_TALL = 'https://www.facebook.com/tyresokommun/tall';
  const SECTIONS = 9;
  const BAND = 487;
  beforeAll(async () => {
    b = await launch({ deviceScaleFactor: dpr, pages: { [URL_DPR]: () => bandsPage(SECTIONS, BAND), [URL_TALL]: () => bandsPage(20, 1000) } });
  });
  afterAll(async () => b?.close());

  it('stitches an image scrollHeight × devicePixelRatio rows high, the header once, every band in its place', async () => {
    const { page, size, res } = await captureFromPanel(b, URL_DPR);
    expect(size.dpr).toBe(dpr);
    expect(size.scrollHeight).toBe(HEADER + SECTIONS * BAND);
    expect(size.scrollHeight).toBeGreaterThanOrEqual(5 * size.innerHeight);
    console.log(`DPR ${dpr}: ${size.scrollHeight} CSS px (${(size.scrollHeight / size.innerHeight).toFixed(1)} screens) captured in ${res.ms} ms: ${res.text}`);
    expect(res.kind).toBe('ok');
    expect(res.text).not.toContain('för lång');
    const { records, screenshots } = await store(b);
    const record = records.find((r) => r.id === res.recordId)!;
    const shot = screenshots.find((s) => s.recordId === res.recordId)!;
    expect(record.page).toMatchObject({ devicePixelRatio: dpr, pageHeight: size.scrollHeight, truncated: false, slices: Math.ceil(size.scrollHeight / size.innerHeight) });
    expect(shot.height).toBe(Math.round(size.scrollHeight * dpr));
    expect(shot.width).toBe(Math.round(size.clientWidth * dpr));
    console.log(`DPR ${dpr}: PNG ${shot.width} × ${shot.height}, ${Math.round(shot.size / 1024)} kB`);
    const checks = bandChecks(SECTIONS, BAND, dpr, shot.height);
    const image = await probe(b, res.recordId!, checks.map((c) => c.row));
    expect(image).toMatchObject({ width: shot.width, height: shot.height });
    // The header, 60 CSS px, in device rows at the very top and nowhere else.
    expect(image.magentaRows).toEqual(Array.from({ length: HEADER * dpr }, (_, i) => i));
    const wrong = misplaced(checks, image.at);
    expect(wrong).toEqual([]);
    await page.close();
  }, 120_000);

  // The cut at 16,383 CSS px and the emulated ratio only at 2 (a Retina display), to keep the run short.
  if (dpr === 2) it('a page taller than 32,767 device pixels is cut there (16,383 CSS px), marked truncated, and the user is told', async () => {
    const { page, size, res } = await captureFromPanel(b, URL_TALL);
    console.log(`DPR ${dpr}, tall page: ${size.scrollHeight} CSS px captured in ${res.ms} ms: ${res.text}`);
    expect(res.kind).toBe('ok');
    expect(res.text).toContain('Sidan var för lång för en bild; den övre delen är sparad.');
    const { records, screenshots } = await store(b);
    const record = records.find((r) => r.id === res.recordId)!;
    const shot = screenshots.find((s) => s.recordId === res.recordId)!;
    const cssRows = Math.floor(32_767 / dpr);
    expect(record.page).toMatchObject({ truncated: true, pageHeight: size.scrollHeight, slices: Math.ceil(cssRows / size.innerHeight) });
    expect(shot.height).toBe(cssRows * dpr);
    console.log(`DPR ${dpr}, tall page: PNG ${shot.width} × ${shot.height}, ${Math.round(shot.size / 1024)} kB`);
    expect(shot.height).toBeLessThanOrEqual(32_767);
    const checks = bandChecks(20, 1000, dpr, shot.height);
    const image = await probe(b, res.recordId!, checks.map((c) => c.row));
    expect(image.height).toBe(shot.height);
    expect(image.magentaRows).toEqual(Array.from({ length: HEADER * dpr }, (_, i) => i));
    const wrong = misplaced(checks, image.at);
    expect(wrong).toEqual([]);
    await page.close();
  }, 180_000);

  if (dpr === 2) it('where the page reports another ratio than its screenshots have (DevTools device mode), the screenshots decide', async () => {
    // The screen has 2 device pixels per CSS pixel; the page is told 1, as DevTools' device mode does.
    const page = await b.context.newPage();
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 800, deviceScaleFactor: 1, mobile: false });
    await page.goto(URL_TALL);
    await page.bringToFront();
    await b.clickAction(page);
    expect(await page.evaluate(() => devicePixelRatio)).toBe(1);
    const panel = await openPanel(b);
    await panel.getByRole('button', { name: 'Ta helsidesbild av sidan' }).click();
    const res = await result(panel);
    expect(res.kind).toBe('ok');
    expect(res.text).toContain('Sidan var för lång för en bild');
    const shot = (await store(b)).screenshots.find((s) => s.recordId === res.recordId)!;
    // Planned from the page's word (1), the image would have been 40,120 rows; the screenshots' scale cuts it at 32,766.
    expect(shot).toMatchObject({ width: 2560, height: 32_766 });
    await panel.close();
    await page.close();
  }, 180_000);
});

describe('a page taller than an image may be (32,767 px)', () => {
  let b: Browser;
  const URL_TALL = 'https://www.facebook.com/tyresokommun';
  const SECTIONS = 40;
  const BAND = 1000;
  beforeAll(async () => {
    b = await launch({ pages: { [URL_TALL]: () => bandsPage(SECTIONS, BAND) } });
  });
  afterAll(async () => b?.close());

  it('is cut at 32,767 px, marked truncated, and the user is told', async () => {
    const { page, size, res } = await captureFromPanel(b, URL_TALL);
    expect(size.scrollHeight).toBe(HEADER + SECTIONS * BAND);
    console.log(`tall page: ${size.scrollHeight} CSS px captured in ${res.ms} ms: ${res.text}`);
    expect(res.kind).toBe('ok');
    expect(res.text).toContain('Sidan var för lång för en bild; den övre delen är sparad.');
    const { records, screenshots } = await store(b);
    const record = records.find((r) => r.id === res.recordId)!;
    const shot = screenshots.find((s) => s.recordId === res.recordId)!;
    expect(record.page).toMatchObject({ pageHeight: size.scrollHeight, truncated: true, slices: Math.ceil(32_767 / size.innerHeight) });
    expect(shot.height).toBe(32_767);
    console.log(`tall page: PNG ${shot.width} × ${shot.height}, ${Math.round(shot.size / 1024)} kB`);
    expect(record.screenshot).toMatchObject({ status: 'ok', height: 32_767, sha256: shot.sha256 });
    const checks = bandChecks(SECTIONS, BAND, 1, shot.height);
    const image = await probe(b, res.recordId!, [...checks.map((c) => c.row), 32_766]);
    expect(image.height).toBe(32_767);
    expect(image.magentaRows).toEqual(Array.from({ length: HEADER }, (_, i) => i));
    const wrong = misplaced(checks, image.at);
    expect(wrong).toEqual([]);
    // The last row is the page's row 32,766: band 33 (0-based 32), not the bottom of the page.
    expect(image.at.at(-1)).toEqual(bandColour(Math.floor((32_766 - HEADER) / BAND)));
    await page.close();
  }, 180_000);
});
