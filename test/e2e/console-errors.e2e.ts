import { expect, it } from 'vitest';
import { launch } from '../support/browser.mjs';

// Issue 23 point 3: every Chromium browser test fails when our scripts log an error (the check
// in test/support/browser.mjs close()). Here the check itself: errors from our page and our
// service worker are caught, the page's own are not ours, and close() fails.
it('errors from our page and service worker are collected, and close() fails on them', async () => {
  const b = await launch({ pages: { 'https://www.facebook.com/tyresokommun': 'facebook/page-feed.sv.html' } });
  const site = await b.context.newPage();
  await site.goto('https://www.facebook.com/tyresokommun');
  await site.evaluate(() => console.error('the site’s own error'));
  const queue = await b.context.newPage();
  await queue.goto(b.extensionUrl('queue.html'));
  await queue.evaluate(() => setTimeout(() => Promise.reject(new Error('probe in our page'))));
  const worker = await b.serviceWorker();
  await worker.evaluate(() => setTimeout(() => Promise.reject(new Error('probe in our worker'))));
  await expect.poll(() => b.consoleErrors().map((e: { text: string }) => e.text).join('\n'), { timeout: 10_000 }).toMatch(/probe in our page[^]*probe in our worker|probe in our worker[^]*probe in our page/);
  expect(b.consoleErrors().some((e: { text: string }) => e.text.includes('the site’s own error'))).toBe(false);
  await expect(b.close()).rejects.toThrow(/Errors from our scripts in the console:[^]*probe in our/);
});

it('errors a test provokes on purpose are let through by allowConsoleErrors, and only those', async () => {
  const b = await launch({ allowConsoleErrors: [/^expected probe$/] });
  const worker = await b.serviceWorker();
  await worker.evaluate(() => (console.error('expected probe'), console.error('unexpected probe')));
  await expect.poll(() => b.consoleErrors().map((e: { text: string }) => e.text), { timeout: 10_000 }).toEqual(['unexpected probe']);
  await expect(b.close()).rejects.toThrow(/unexpected probe/);
});
