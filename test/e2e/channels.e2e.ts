import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch } from '../support/browser.mjs';
import { injectAxe } from '../support/axe';
import { pdfCheck, pdfPageCount } from '../support/pdf';
import { isWorkingDay } from '../../lib/workdays';

// Issue 6: the register of channels (add from the tab, edit, delete, CSV and PDF), and the
// half-yearly reminder. The service worker's clock cannot be moved from Playwright; the
// reminder is a pure function of `now`, and the register page asks the background to check
// with the page's own clock, which Playwright's page.clock moves (lib/background/channel-check.ts).
const PAGE = 'https://www.facebook.com/tyresokommun';
const MONTH = 31 * 86_400_000;

type Browser = Awaited<ReturnType<typeof launch>>;
/** The extension page's chrome.* API, typed as far as these tests use it (they run inside page.evaluate). */
declare const chrome: {
  action: { getBadgeText(details: object): Promise<string> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> };
};

async function downloaded(page: Page, trigger: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), trigger()]);
  return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync((await download.path())!)) };
}

async function axe(page: Page, selector: string): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(async (selector) => {
    const r = await (window as unknown as { axe: { run: (c: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run({ include: [[selector]] } as unknown);
    return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
  }, selector);
}

const badge = (page: Page) => page.evaluate(() => chrome.action.getBadgeText({}));

describe('channel register and reminders', () => {
  let b: Browser;
  let register: Page;
  beforeAll(async () => {
    b = await launch({ pages: { [PAGE]: 'channel/long-page.html' } });
  });
  afterAll(async () => b?.close());

  it('adds the page you are on, prefilled, and edits it', async () => {
    const page = await b.context.newPage();
    await page.goto(PAGE);
    await page.bringToFront();
    await b.clickAction(page);
    register = await b.context.newPage();
    await register.goto(b.extensionUrl('queue.html#/channels'));
    await register.getByRole('button', { name: 'Lägg till sidan du är på' }).click();
    const form = register.getByRole('form', { name: 'Ny kanal' });
    await expect.poll(() => form.getByRole('textbox', { name: 'Adress (URL)' }).inputValue()).toBe(PAGE);
    expect(await form.getByRole('textbox', { name: 'Namn' }).inputValue()).toBe('Tyresö kommun | Facebook');
    expect(await form.getByRole('combobox', { name: 'Plattform' }).inputValue()).toBe('facebook');
    await form.getByRole('textbox', { name: 'Namn' }).fill('Tyresö kommun');
    await form.getByRole('textbox', { name: 'Syfte' }).fill('=HYPERLINK("http://x") nyheter; tips och "krisinformation"');
    await form.getByRole('textbox', { name: 'Ansvarig administratör' }).fill('Eva Holm');
    await form.getByRole('textbox', { name: 'Ersättare' }).fill('Per Ek');
    await form.getByLabel('Anmäld till kommunikationschefen').fill('2026-01-15');
    expect(await axe(register, '.channels')).toEqual([]);
    await form.getByRole('button', { name: 'Spara kanal' }).click();
    const row = register.locator('tr[data-channel-id]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Eva Holm');

    await register.getByRole('button', { name: 'Ändra Tyresö kommun' }).click();
    const edit = register.getByRole('form', { name: 'Ändra kanal' });
    await edit.getByRole('textbox', { name: 'Ersättare' }).fill('Anna Berg');
    await edit.getByRole('button', { name: 'Spara kanal' }).click();
    await expect.poll(() => row.textContent()).toContain('Anna Berg');
    expect(await row.getAttribute('data-due')).toBe('true');
    // Keyboard: the form's controls are reachable and a bad URL is refused with a message.
    await register.getByRole('button', { name: 'Lägg till kanal' }).focus();
    await register.keyboard.press('Enter');
    const add = register.getByRole('form', { name: 'Ny kanal' });
    await add.getByRole('textbox', { name: 'Namn' }).fill('Trasig');
    await add.getByRole('textbox', { name: 'Adress (URL)' }).fill('javascript:alert(1)');
    await add.getByRole('button', { name: 'Spara kanal' }).press('Enter');
    await expect.poll(() => add.getByRole('alert').textContent()).toContain('Adress (URL)');
    await add.getByRole('button', { name: 'Avbryt' }).click();
    expect(await axe(register, '.channels')).toEqual([]);
    await page.close();
  });

  it('deletes a channel only after confirmation', async () => {
    await register.getByRole('button', { name: 'Lägg till kanal' }).click();
    const add = register.getByRole('form', { name: 'Ny kanal' });
    await add.getByRole('combobox', { name: 'Plattform' }).selectOption('blog');
    await add.getByRole('textbox', { name: 'Namn' }).fill('Bibliotekets blogg');
    await add.getByRole('textbox', { name: 'Adress (URL)' }).fill('https://bibliotek.tyreso.se/blogg');
    await add.getByRole('button', { name: 'Spara kanal' }).click();
    const rows = register.locator('tr[data-channel-id]');
    await expect.poll(() => rows.count()).toBe(2);
    await register.getByRole('button', { name: 'Ta bort Bibliotekets blogg' }).click();
    const confirm = register.getByRole('group', { name: 'Ta bort Bibliotekets blogg' });
    expect(await confirm.textContent()).toContain('Ta bort Bibliotekets blogg ur förteckningen?');
    expect(await axe(register, '.channels')).toEqual([]);
    await confirm.getByRole('button', { name: 'Avbryt' }).click();
    expect(await rows.count()).toBe(2);
    await register.getByRole('button', { name: 'Ta bort Bibliotekets blogg' }).click();
    await register.getByRole('button', { name: 'Ja, ta bort' }).click();
    await expect.poll(() => rows.count()).toBe(1);
  });

  it('exports the register as CSV (BOM, semicolons, formula neutralised) and as a valid PDF', async () => {
    const csv = await downloaded(register, () => register.getByRole('button', { name: 'Exportera förteckningen som CSV' }).click());
    expect(csv.name).toMatch(/^kanaler-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(csv.bytes.slice(3));
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Plattform;Namn;Adress;Syfte;Ansvarig administratör;Ersättare;Anmäld till kommunikationschefen;Senaste skärmbild;Senaste aktivitet');
    expect(lines[1]).toBe(`Facebook;Tyresö kommun;${PAGE};"'=HYPERLINK(""http://x"") nyheter; tips och ""krisinformation""";Eva Holm;Anna Berg;2026-01-15;;`);
    const pdf = await downloaded(register, () => register.getByRole('button', { name: 'Exportera förteckningen som PDF' }).click());
    await pdfCheck(pdf.bytes);
    expect(await pdfPageCount(pdf.bytes)).toBe(1);
  });

  it('a screenshot ends the reminder; moving the clock past six months makes it due again, once-a-day notification', async () => {
    const page = await b.context.newPage();
    await page.goto(PAGE);
    await page.bringToFront();
    await b.clickAction(page);
    await register.reload();
    await register.getByRole('button', { name: 'Ta helsidesbild av sidan' }).click();
    const done = register.locator('[data-capture-result]');
    await done.waitFor({ timeout: 30_000 });
    expect(`${await done.getAttribute('data-capture-result')}: ${await done.textContent()}`).toMatch(/^ok: Helsidesbild sparad/);
    const row = register.locator('tr[data-channel-id]');
    await expect.poll(() => row.getAttribute('data-due')).toBe('false');
    expect(await row.textContent()).not.toContain('aldrig');
    await expect.poll(() => badge(register)).toBe('');

    // Seven months later, on the register page's clock.
    const later = new Date(Date.now() + 7 * MONTH);
    const future = await b.context.newPage();
    await future.clock.setFixedTime(later);
    await future.goto(b.extensionUrl('queue.html#/channels'));
    const futureRow = future.locator('tr[data-channel-id]');
    await expect.poll(() => futureRow.getAttribute('data-due')).toBe('true');
    const reminders = future.locator('.channel-reminders li');
    await expect.poll(() => reminders.first().textContent()).toMatch(/^Tyresö kommun: dags för skärmbild \(förfallen .+\)\. Förslag: \d{4}-\d{2}-\d{2}\.$/);
    const suggested = /Förslag: (\d{4}-\d{2}-\d{2})/.exec((await reminders.first().textContent())!)![1]!;
    // Never in summer (15 June–15 August) or at Christmas (15 December–7 January).
    expect(suggested.slice(5) >= '06-15' && suggested.slice(5) <= '08-15').toBe(false);
    expect(suggested.slice(5) >= '12-15' || suggested.slice(5) <= '01-07').toBe(false);
    // And a Swedish working day: no weekend, public holiday or midsommar-, jul- or nyårsafton.
    expect(isWorkingDay(new Date(`${suggested}T12:00:00Z`))).toBe(true);
    await expect.poll(() => badge(future)).toBe('1');
    await expect.poll(() => future.evaluate(() => chrome.notifications.getAll())).toHaveProperty('kv-channels-due');
    // A second check the same day does not notify again (the day is remembered in storage).
    const again = await future.evaluate((at) => chrome.runtime.sendMessage({ type: 'channels-check', at }), later.toISOString());
    expect(again).toMatchObject({ due: 1, notified: false });
    expect(await future.evaluate(() => chrome.storage.local.get('channelNotifiedDay'))).toHaveProperty('channelNotifiedDay');
    // The alarm that runs the check with the worker's own clock exists, and survives the worker.
    expect(await b.stopServiceWorker()).toBeGreaterThan(0);
    await expect.poll(() => future.evaluate(() => chrome.alarms.get('kv-channels').then((a) => a?.periodInMinutes ?? null))).toBe(60);
    expect(await axe(future, '.channels')).toEqual([]);
    await future.close();
    await page.close();
  });
});
