import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, projectRoot } from '../support/browser.mjs';
import { setProfile } from '../support/profile';
import { readStore } from '../support/store.mjs';
import { DEFAULT_GUIDE } from '../../lib/guide/default-guide';
import type { CaptureRecord } from '../../lib/records/schema';
import { statusOf } from '../support/status';

// Issue 7, item 6: the whole path — capture, classify, reply, export — by keyboard alone
// (page.keyboard only: Tab, Shift+Tab, Enter, Space, arrow keys; no mouse, no element or
// locator clicks), with axe-core run on what is shown at each step. No starting point is placed
// with locator.focus(): both pages are walked with Tab from the top. Setting the profile on the
// options page (fill + click) is set-up, not part of the path.

const PAGE = 'https://www.facebook.com/tyresokommun';
const KARIN_TEXT = 'Vilka tider har badhuset öppet på söndagar?';
const AXE_SOURCE = readFileSync(join(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
const MAX_TABS = 400;

type Browser = Awaited<ReturnType<typeof launch>>;
type Focused = { tag: string; type: string; name: string; checked: boolean; expanded: string | null; value: string; shadowHost: string | null };

/** The element that really has focus, looking into open shadow roots, with its accessible name as we set it. */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    let host: string | null = null;
    while (el?.shadowRoot?.activeElement) {
      host = el.localName;
      el = el.shadowRoot.activeElement;
    }
    const input = el as HTMLInputElement | null;
    const labelText = input?.labels?.[0]?.textContent ?? '';
    return {
      tag: el?.localName ?? '',
      type: input?.type ?? '',
      name: (el?.getAttribute('aria-label') ?? (labelText || el?.textContent) ?? '').trim(),
      checked: Boolean(input?.checked),
      expanded: el?.getAttribute('aria-expanded') ?? null,
      value: input?.value ?? '',
      shadowHost: host,
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after MAX_TABS presses. */
async function tabTo(page: Page, match: (f: Focused) => boolean, { back = false, what = '' } = {}): Promise<Focused> {
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (match(f)) return f;
  }
  throw new Error(`Not reachable by ${back ? 'Shift+Tab' : 'Tab'}: ${what}`);
}
const named = (name: string) => (f: Focused) => f.name === name;

/**
 * axe on the page: its violations, and how many of our nodes passed some rule (so an empty list
 * is not empty for want of checked nodes). `ownOnly` keeps the nodes in our shadow roots: the
 * fixture page has faults of Facebook's own.
 */
async function axe(page: Page, ownOnly: boolean): Promise<{ violations: string[]; checked: number }> {
  // Injected through CDP evaluation: extension pages' CSP blocks addScriptTag's inline script.
  await page.evaluate(AXE_SOURCE);
  type Rules = { id: string; impact: string; nodes: { target: unknown[] }[] }[];
  const result = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (c: Document) => Promise<{ violations: Rules; passes: Rules }> } }).axe.run(document);
    const slim = (rules: Rules) => rules.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target) }));
    return { violations: slim(r.violations), passes: slim(r.passes) };
  });
  // A node inside a shadow root has the target [[host selector, inner selector]]; our hosts are
  // kommentarsvakt-toolbar (one per item) and kommentarsvakt-root.
  const ours = (target: unknown[]) => !ownOnly || (Array.isArray(target[0]) && /kommentarsvakt-(toolbar|root)/.test(String((target[0] as unknown[])[0])));
  return {
    violations: result.violations
      .map((v) => ({ ...v, targets: v.targets.filter(ours) }))
      .filter((v) => v.targets.length > 0)
      .map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.targets)}`),
    checked: result.passes.reduce((n, v) => n + v.targets.filter(ours).length, 0),
  };
}
/** Asserts no violations among at least `min` checked nodes of ours. */
async function expectAxeClean(page: Page, ownOnly: boolean, min = 1) {
  const { violations, checked } = await axe(page, ownOnly);
  expect(violations).toEqual([]);
  expect(checked).toBeGreaterThanOrEqual(min);
}

/** The profile (name, title, unit) that signs the reply templates; set up before the keyboard path, like guide.e2e.ts. */

describe('the whole path by keyboard alone, with axe at each step (Swedish UI)', () => {
  let b: Browser;
  let page: Page;
  const started = Date.now();

  beforeAll(async () => {
    b = await launch({ pages: { [PAGE]: 'facebook/page-feed.sv.html' } });
    await setProfile(b);
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.facebook.com' });
  });
  afterAll(async () => (await b?.close(), console.log(`Keyboard path: ${Date.now() - started} ms`)));

  it('on the page: opens the guide, changes the category, copies a reply and captures, by keyboard', async () => {
    page = await b.context.newPage();
    await page.goto(PAGE);
    await page.bringToFront();
    // Our toolbar icon, as the user clicks it once (grants screenshots); not a click in the page.
    await b.clickAction(page);
    const toggle = page.getByRole('button', { name: 'Riktlinjer för kommentar av Karin Lindqvist' });
    await toggle.waitFor();
    await expectAxeClean(page, true, 4);

    // No starting point is placed: Tab from the top of the page.
    const t1 = await tabTo(page, named('Riktlinjer för kommentar av Karin Lindqvist'), { what: 'guide toggle' });
    expect(t1).toMatchObject({ tag: 'button', expanded: 'false', shadowHost: 'kommentarsvakt-toolbar' });
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: 'Riktlinjer för inlägg av Karin Lindqvist' });
    await panel.waitFor();
    expect((await focused(page)).expanded).toBe('true');
    await panel.getByText('Förslag: Frågor och synpunkter').waitFor();
    await expectAxeClean(page, true, 10);

    // Classify: the category select, changed with the arrow keys (question → fault report → question).
    const category = await tabTo(page, (f) => f.tag === 'select' && f.name.startsWith('Kategori'), { what: 'Kategori' });
    expect(category.value).toBe('question');
    await page.keyboard.press('ArrowDown');
    await panel.getByText(DEFAULT_GUIDE.categories['fault-report'].adminFirst.sv).waitFor();
    expect((await focused(page)).value).toBe('fault-report');
    await expectAxeClean(page, true, 10);
    await page.keyboard.press('ArrowUp');
    await panel.getByText(DEFAULT_GUIDE.categories.question.adminFirst.sv).waitFor();
    expect((await focused(page)).value).toBe('question');

    // Reply: Tab on to the template's copy button and press it with Space.
    await tabTo(page, named('Kopiera svaret ”Vi återkommer med svar”'), { what: 'copy button' });
    await page.keyboard.press('Space');
    await panel.getByText('Svaret är kopierat.', { exact: false }).waitFor();
    const received = await panel.locator('[data-template="question-received"]').textContent();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(received);
    expect(received).toContain('Hej Karin!');
    await expectAxeClean(page, true, 10);

    // Capture: Shift+Tab back up to "Fånga" (it comes before the guide toggle) and press Enter.
    await tabTo(page, named('Fånga kommentar av Karin Lindqvist'), { back: true, what: 'capture button' });
    await page.keyboard.press('Enter');
    const status = statusOf(page.getByRole('button', { name: 'Fånga kommentar av Karin Lindqvist', exact: true }));
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^Sparad/);
    await expectAxeClean(page, true, 10);
  });

  it('in the queue: selects the record, opens the export dialog and exports CSV, by keyboard', async () => {
    const queue = await b.context.newPage();
    await queue.goto(b.extensionUrl('queue.html'));
    await queue.getByRole('status').filter({ hasText: /^1 post$/ }).waitFor();
    const karin = ((await readStore(queue)).records as CaptureRecord[]).find((r) => r.author === 'Karin Lindqvist');
    // The category confirmed in the guide (changed and changed back by keyboard) was stored with the capture.
    expect(karin).toMatchObject({ category: 'question', text: KARIN_TEXT });
    await expectAxeClean(queue, false, 10);

    // No starting point is placed: Tab from the top of the page to the record's checkbox.
    const box = await tabTo(queue, named('Välj post av Karin Lindqvist'), { what: 'record checkbox' });
    expect(box).toMatchObject({ tag: 'input', type: 'checkbox', checked: false });
    await queue.keyboard.press('Space');
    expect((await focused(queue)).checked).toBe(true);
    await queue.getByRole('button', { name: 'Exportera valda…' }).and(queue.locator(':enabled')).waitFor();
    await expectAxeClean(queue, false, 10);

    // The export button is in the selection bar above the list: Shift+Tab back to it.
    await tabTo(queue, named('Exportera valda…'), { back: true, what: 'export button' });
    await queue.keyboard.press('Enter');
    const dialog = queue.getByRole('dialog', { name: 'Exportera 1 post' });
    await dialog.waitFor();
    await expectAxeClean(queue, false, 10);

    // The modal dialog takes focus; the formats are a radio group, chosen with the arrow keys.
    const first = await focused(queue);
    expect(first).toMatchObject({ tag: 'input', type: 'radio' });
    let format = first;
    for (let i = 0; i < 5 && format.name !== 'CSV för import i diariet'; i++) {
      await queue.keyboard.press('ArrowDown');
      format = await focused(queue);
    }
    expect(format).toMatchObject({ name: 'CSV för import i diariet', checked: true });
    await tabTo(queue, named('Exportera'), { what: 'Exportera in the dialog' });
    const [download] = await Promise.all([queue.waitForEvent('download', { timeout: 60_000 }), queue.keyboard.press('Enter')]);
    const name = download.suggestedFilename();
    expect(name).toMatch(/\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(KARIN_TEXT);
    expect(csv).toContain('Karin Lindqvist');
    await dialog.locator('[data-export-status="ok"]').waitFor();
    await expectAxeClean(queue, false, 10);

    // Closing by keyboard: Escape closes the modal dialog.
    await queue.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });
});
