import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, projectRoot } from '../support/browser.mjs';
import { PROFILE, setProfile } from '../support/profile';
import { readStore } from '../support/store.mjs';
import { chooseOption } from '../support/select';
import { DEFAULT_GUIDE } from '../../lib/guide/default-guide';
import { parseGuide } from '../../lib/guide/guide-file';
import { parseGuideFile } from '../../lib/settings/guide-settings-file';
import { REASON_TEXTS } from '../../lib/guide/suggestion-texts';
import { DEFAULT_TEMPLATES } from '../../lib/templates/default-templates';
import { render } from '../../lib/templates/render';
import { formatDateTime } from '../../lib/i18n';
import { answerDeadline } from '../../lib/workdays';
import type { CaptureRecord } from '../../lib/records/schema';
import { statusOf } from '../support/status';

// Issue 4 in the browser: the guide beside a comment, signed templates, the capture of the
// confirmed category with its deadline, the badge, the editors on the options page, and axe.

const PAGE = 'https://www.facebook.com/tyresokommun';
const SIGNATURE = `${PROFILE.name}\n${PROFILE.title}\n${PROFILE.unit}`;
const AXE = join(projectRoot, 'node_modules/axe-core/axe.min.js');

type Browser = Awaited<ReturnType<typeof launch>>;
type AxeRule = { id: string; impact: string; nodes: { target: unknown[] }[] };
type AxeResult = { violations: AxeRule[]; passes: AxeRule[] };

const template = (id: string) => DEFAULT_TEMPLATES.find((x) => x.id === id)!;
const statusAfter = (page: Page, name: string) => statusOf(page.getByRole('button', { name, exact: true }));

async function openOptions(b: Browser, section?: 'Riktlinjer' | 'Svarsmallar'): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(b.extensionUrl('options.html'));
  if (section) await page.getByRole('button', { name: section, exact: true }).click();
  return page;
}


/** What storage.local holds for the guide (undefined until something was saved). */
async function storedGuideSettings(page: Page) {
  return page.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('guideSettings')).guideSettings);
}

async function badge(b: Browser): Promise<string> {
  return (await b.serviceWorker()).evaluate(() => (globalThis as any).chrome.action.getBadgeText({}));
}

/** Moves a record's deadline into the past with the raw IndexedDB API (as time passing would). */
async function makeOverdue(b: Browser, author: string) {
  const page = await b.context.newPage();
  await page.goto(b.extensionUrl('queue.html'));
  await page.evaluate(async (who) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('kommentarsvakt');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const store = db.transaction('records', 'readwrite').objectStore('records');
    const all = await new Promise<any[]>((resolve) => {
      const req = store.getAll();
      req.onsuccess = () => resolve(req.result);
    });
    for (const r of all.filter((x) => x.author === who)) store.put({ ...r, dueAt: new Date(Date.now() - 3600_000).toISOString() });
    await new Promise((resolve) => (store.transaction.oncomplete = resolve));
    db.close();
  }, author);
  await page.close();
}

async function axe(page: Page): Promise<AxeResult> {
  // Extension pages forbid inline scripts (CSP 'self'): there axe is evaluated through the
  // debugging protocol instead, which the page's CSP does not govern.
  if (page.url().startsWith('chrome-extension://')) await page.evaluate(readFileSync(AXE, 'utf8'));
  else await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document);
    const slim = (rules: AxeRule[]) => rules.map((r) => ({ id: r.id, impact: r.impact, nodes: r.nodes.map((n) => ({ target: n.target })) }));
    return { violations: slim(result.violations), passes: slim(result.passes) };
  });
}

/** A node inside a shadow root has a target of [[host selector, inner selector]]. */
const inShadow = (n: { target: unknown[] }) => Array.isArray(n.target[0]);
const summary = (rules: AxeRule[]) => rules.map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target))}`);

describe('guide, templates and deadlines (Swedish UI)', () => {
  let b: Browser;
  let page: Page;
  beforeAll(async () => {
    b = await launch({ pages: { [PAGE]: 'facebook/page-feed.sv.html' } });
  });
  afterAll(async () => b?.close());

  it('the template editor says which profile field is missing, previews with the profile, and rejects {{okänd}} by name', async () => {
    const options = await openOptions(b, 'Svarsmallar');
    const preview = options.getByRole('region', { name: 'Förhandsvisning' });
    const praise = template('praise-thanks');
    const missing = render(praise, { firstName: 'Anna' });
    expect(missing.ok).toBe(false);
    // "Fyll i ditt namn, din titel, din enhet innan du svarar."
    await preview.getByText(missing.ok ? '' : missing.error.message.sv).first().waitFor();

    const body = options.getByRole('textbox', { name: 'Text på svenska' });
    await body.fill('Hej {{förnamn}}! {{okänd}} Tack.');
    const alert = options.getByRole('alert').filter({ hasText: 'Okänd variabel' });
    await expect.poll(() => alert.textContent()).toBe('Okänd variabel {{okänd}} i Text på svenska.');
    await options.getByRole('button', { name: 'Spara mallen' }).click();
    await options.getByText(/^Mallen sparades inte: .*\{\{okänd\}\}/).waitFor();
    expect((await storedGuideSettings(options))?.templates?.[0]?.body?.sv ?? praise.body.sv).toBe(praise.body.sv);

    await setProfile(b);
    await body.fill('Hej {{förnamn}}! Tack för berömmet, {{webbplats}}.');
    await expect.poll(() => preview.locator('.reply-preview').first().textContent()).toBe(`Hej Anna! Tack för berömmet, tyreso.se.\n\n${SIGNATURE}`);
    expect(await options.getByRole('alert').filter({ hasText: 'Okänd variabel' }).count()).toBe(0);
    await options.close();
  });

  it('opens the guide for Karin Lindqvist’s question: suggestion, reason, guide text, signed template; the category can be changed', async () => {
    page = await b.context.newPage();
    await page.goto(PAGE);
    await page.bringToFront();
    await b.clickAction(page);
    const toggle = page.getByRole('button', { name: 'Riktlinjer för kommentar av Karin Lindqvist' });
    // Closed: no panel rendered for any item until asked for.
    expect(await page.locator('kommentarsvakt-toolbar').locator('.kv-panel').count()).toBe(0);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    // The panel's script is loaded on first use (issue 3), so the disclosure opens a moment later.
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = page.getByRole('region', { name: 'Riktlinjer för inlägg av Karin Lindqvist' });
    await panel.waitFor();
    expect(await page.locator('kommentarsvakt-toolbar').locator('.kv-panel').count()).toBe(1);
    // The toolbar's room (one row, contained, until used) has grown to hold the panel: the
    // panel is laid out in the page, not cut off or drawn over the comments below.
    const heights = await panel.evaluate((el) => {
      const host = (el.getRootNode() as ShadowRoot).host;
      return { panel: el.getBoundingClientRect().height, room: host.parentElement!.getBoundingClientRect().height, roomTag: host.parentElement!.localName };
    });
    expect(heights.roomTag).toBe('kommentarsvakt-slot');
    // The toolbars' styles reach every toolbar (one sheet, adopted by each shadow root: issue 3)
    // and the panel drawn inside one of them; the page's own styles do not.
    const styles = await panel.evaluate((el) => {
      const shadow = el.getRootNode() as ShadowRoot;
      const hosts = [...document.querySelectorAll('kommentarsvakt-toolbar')];
      const sheet = shadow.adoptedStyleSheets[0];
      const button = shadow.querySelector('.kv-toolbar > button')!;
      return {
        toolbars: hosts.length,
        sharing: hosts.filter((h) => h.shadowRoot!.adoptedStyleSheets.length === 1 && h.shadowRoot!.adoptedStyleSheets[0] === sheet).length,
        radius: getComputedStyle(button).borderTopLeftRadius,
        height: getComputedStyle(button).height,
      };
    });
    expect(styles.toolbars).toBeGreaterThan(1);
    expect(styles.sharing).toBe(styles.toolbars);
    expect(styles.radius).toBe('6px');
    expect(styles.height).toBe('25px');
    expect(heights.panel).toBeGreaterThan(100);
    expect(heights.room).toBeGreaterThan(heights.panel);

    await panel.getByText('Förslag: Frågor och synpunkter').waitFor();
    await panel.getByText(REASON_TEXTS.question.sv).waitFor();
    const category = panel.getByRole('combobox', { name: 'Kategori' });
    expect(await category.inputValue()).toBe('question');
    await panel.getByText(DEFAULT_GUIDE.categories.question.adminFirst.sv).waitFor();
    expect(await panel.getByRole('checkbox').count()).toBe(DEFAULT_GUIDE.flowQuestions.length);
    expect(await panel.textContent()).toMatch(/Svara senast \d{4}-\d{2}-\d{2} \d{2}:\d{2}\./);

    const received = panel.locator('[data-template="question-received"]');
    expect(await received.textContent()).toBe(`Hej Karin! Tack för din fråga/synpunkt, vi återkommer med svar.\n\n${SIGNATURE}`);
    const expected = render(template('question-received'), { firstName: 'Karin', ...PROFILE });
    expect(expected.ok && expected.text).toBe(await received.textContent());

    await chooseOption(category, 'praise');
    await panel.getByText(DEFAULT_GUIDE.categories.praise.adminFirst.sv).waitFor();
    expect(await panel.locator('[data-template="praise-thanks"]').textContent()).toBe(`Hej Karin! Tack för berömmet.\n\n${SIGNATURE}`);
    expect(await panel.textContent()).not.toContain('Svara senast');

    await chooseOption(category, 'remove');
    const reasons = panel.getByRole('list').filter({ has: page.getByText(DEFAULT_GUIDE.removalReasons[0]!.label.sv) }).getByRole('listitem');
    await expect.poll(() => reasons.count()).toBe(DEFAULT_GUIDE.removalReasons.length);
    const reasonTexts = await reasons.allTextContents();
    DEFAULT_GUIDE.removalReasons.forEach((r, i) => expect(reasonTexts[i]).toContain(r.label.sv));

    await chooseOption(category, 'question');
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.facebook.com' });
    await panel.getByRole('button', { name: 'Kopiera svaret ”Vi återkommer med svar”' }).click();
    await panel.getByText('Svaret är kopierat.', { exact: false }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await received.textContent());
    await panel.getByRole('button', { name: 'Infoga svaret ”Vi återkommer med svar” i svarsrutan' }).click();
    await panel.getByText(/Svaret är infogat|Svaret är kopierat: klicka i svarsrutan/).waitFor();
  });

  it('axe finds no violations in the overlay with the panel open', async () => {
    const result = await axe(page);
    // The fixture page itself has faults of Facebook's (aria-posinset on a div, no h1); ours
    // are the nodes in our shadow roots, which axe checked: the panel's select passed.
    const ours = result.violations.map((v) => ({ ...v, nodes: v.nodes.filter(inShadow) })).filter((v) => v.nodes.length > 0);
    expect(summary(ours)).toEqual([]);
    expect(result.passes.find((p) => p.id === 'select-name')?.nodes.filter(inShadow).length).toBeGreaterThanOrEqual(2);
    expect(result.passes.find((p) => p.id === 'button-name')?.nodes.filter(inShadow).length).toBeGreaterThanOrEqual(10);
  });

  it('capture stores the confirmed category and the deadline; the badge counts questions due today or overdue', async () => {
    const before = Date.now();
    await page.getByRole('button', { name: 'Fånga kommentar av Karin Lindqvist', exact: true }).click();
    await expect.poll(() => statusAfter(page, 'Fånga kommentar av Karin Lindqvist').textContent(), { timeout: 15_000 }).toMatch(/^Sparad/);

    // A second item, classified by the user as praise: stored with that category and no deadline.
    await page.getByRole('button', { name: 'Riktlinjer för kommentar av Ahmed Yusuf' }).click();
    const ahmed = page.getByRole('region', { name: 'Riktlinjer för inlägg av Ahmed Yusuf' });
    await chooseOption(ahmed.getByRole('combobox', { name: 'Kategori' }), 'praise');
    await page.getByRole('button', { name: 'Fånga kommentar av Ahmed Yusuf', exact: true }).click();
    await expect.poll(() => statusAfter(page, 'Fånga kommentar av Ahmed Yusuf').textContent(), { timeout: 15_000 }).toMatch(/^Sparad/);

    const store = await b.context.newPage();
    await store.goto(b.extensionUrl('queue.html'));
    const { records } = (await readStore(store)) as { records: CaptureRecord[] };
    const karin = records.find((r) => r.author === 'Karin Lindqvist')!;
    // The queue shows when the question is due, in Swedish format.
    const karinRow = store.locator('tr', { hasText: 'Vilka tider har badhuset' }).first();
    await expect.poll(() => karinRow.textContent()).toContain(`Ska besvaras senast: ${formatDateTime(karin.dueAt!)}`);
    await store.close();
    expect(karin).toMatchObject({ category: 'question', flags: [] });
    // Facebook shows no exact time: the deadline counts from the moment of capture.
    const due = Date.parse(karin.dueAt!);
    expect(due).toBeGreaterThanOrEqual(answerDeadline(new Date(before)).getTime() - 1000);
    expect(due).toBeLessThanOrEqual(answerDeadline(new Date()).getTime());
    expect(records.find((r) => r.author === 'Ahmed Yusuf')).toMatchObject({ category: 'praise' });
    expect(records.find((r) => r.author === 'Ahmed Yusuf')?.dueAt).toBeUndefined();

    // Due on the next working day: not yet counted.
    await expect.poll(() => badge(b)).toBe('');
    const alarm = await (await b.serviceWorker()).evaluate(() => (globalThis as any).chrome.alarms.get('kv-deadlines'));
    expect(alarm).toMatchObject({ name: 'kv-deadlines', periodInMinutes: 5 });

    // Time passes; the next capture recomputes the badge from the store.
    await makeOverdue(b, 'Karin Lindqvist');
    await page.getByRole('button', { name: 'Riktlinjer för kommentar av Birgitta Ek' }).click();
    await chooseOption(page.getByRole('region', { name: 'Riktlinjer för inlägg av Birgitta Ek' }).getByRole('combobox', { name: 'Kategori' }), 'question');
    await page.getByRole('button', { name: 'Fånga kommentar av Birgitta Ek', exact: true }).click();
    await expect.poll(() => statusAfter(page, 'Fånga kommentar av Birgitta Ek').textContent(), { timeout: 15_000 }).toMatch(/^Sparad/);
    await expect.poll(() => badge(b)).toBe('1');

    // Nothing lives in the worker's memory: a restarted worker counts the same from the store.
    await makeOverdue(b, 'Birgitta Ek');
    expect(await b.stopServiceWorker()).toBeGreaterThan(0);
    const waker = await b.context.newPage();
    await waker.goto(b.extensionUrl('queue.html'));
    await waker.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'wake' }).catch(() => undefined));
    await expect.poll(() => badge(b), { timeout: 15_000 }).toBe('2');
    await waker.close();
  });

  it('an invalid guide file is refused with its message and nothing changes; a valid one is imported', async () => {
    const options = await openOptions(b, 'Riktlinjer');
    const before = await storedGuideSettings(options);
    const organisation = options.getByRole('textbox', { name: 'Organisation', exact: true });
    expect(await organisation.inputValue()).toBe('Tyresö kommun');
    const input = options.getByLabel('Importera riktlinjer (JSON-fil)');

    const broken = JSON.stringify({ ...DEFAULT_GUIDE, organisation: '', removalReasons: [] });
    const problem = parseGuide(broken);
    expect(problem.ok).toBe(false);
    await input.setInputFiles({ name: 'trasig.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    const alert = options.getByRole('alert').filter({ hasText: 'trasig.json' });
    await expect.poll(() => alert.textContent()).toBe(`Filen ”trasig.json” lästes inte in, inget har ändrats. ${problem.ok ? '' : problem.error.message.sv}`);
    expect(await storedGuideSettings(options)).toEqual(before);
    expect(await organisation.inputValue()).toBe('Tyresö kommun');

    await input.setInputFiles({ name: 'inte-json.json', mimeType: 'application/json', buffer: Buffer.from('{ "version": 1, ') });
    await options.getByRole('alert').filter({ hasText: 'Filen är inte en giltig JSON-fil' }).waitFor();
    const badTemplate = JSON.stringify({ ...DEFAULT_GUIDE, templates: [{ ...template('praise-thanks'), body: { sv: 'Hej {{okänd}}!' } }] });
    await input.setInputFiles({ name: 'mall.json', mimeType: 'application/json', buffer: Buffer.from(badTemplate) });
    await options.getByRole('alert').filter({ hasText: 'Okänd variabel {{okänd}}' }).waitFor();
    expect(await storedGuideSettings(options)).toEqual(before);

    const good = JSON.stringify({ ...DEFAULT_GUIDE, organisation: 'Exempelstads kommun' });
    await input.setInputFiles({ name: 'exempel.json', mimeType: 'application/json', buffer: Buffer.from(good) });
    await options.getByText('Riktlinjerna är importerade och sparade.', { exact: false }).waitFor();
    await expect.poll(() => organisation.inputValue()).toBe('Exempelstads kommun');
    expect((await storedGuideSettings(options)).guide.organisation).toBe('Exempelstads kommun');
    await options.close();
  });

  it('exports the stored guide and templates as a JSON file that imports again', async () => {
    const options = await openOptions(b, 'Riktlinjer');
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Exportera riktlinjer och mallar (JSON)', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^riktlinjer-\d{4}-\d{2}-\d{2}\.json$/);
    const file = parseGuideFile(readFileSync((await download.path())!, 'utf8'));
    expect(file.ok && file.guide.organisation).toBe('Exempelstads kommun');
    expect(file.ok && file.templates?.map((x) => x.id)).toEqual((await storedGuideSettings(options)).templates.map((x: { id: string }) => x.id));
    await options.close();
  });

  it('axe finds no violations on the options page with both sections open', async () => {
    const options = await openOptions(b, 'Riktlinjer');
    await options.getByRole('button', { name: 'Svarsmallar', exact: true }).click();
    await options.getByRole('button', { name: 'Underskrift och webbplats i svaren', exact: true }).click();
    await options.getByRole('region', { name: 'Förhandsvisning' }).waitFor();
    // Issue 18: one save per section.
    for (const name of ['Riktlinjer', 'Svarsmallar', 'Underskrift och webbplats i svaren']) {
      expect(await options.getByRole('region', { name, exact: true }).getByRole('button', { name: /^Spara/ }).count()).toBe(1);
    }
    const result = await axe(options);
    expect(summary(result.violations)).toEqual([]);
    expect(result.passes.find((p) => p.id === 'label')?.nodes.length).toBeGreaterThan(40);
    await options.close();
  });

  it('opens on a tab where the icon was never clicked: the panel is injected once, and a reopened guide keeps the chosen category', async () => {
    const fresh = await b.context.newPage();
    await fresh.goto(PAGE);
    // Before any guide is opened the tab carries no panel (no React root, no panel code).
    await fresh.getByRole('button', { name: 'Riktlinjer för kommentar av Karin Lindqvist' }).waitFor();
    expect(await fresh.locator('kommentarsvakt-root').count()).toBe(0);

    const karin = fresh.getByRole('button', { name: 'Riktlinjer för kommentar av Karin Lindqvist' });
    await karin.click();
    const karinPanel = fresh.getByRole('region', { name: 'Riktlinjer för inlägg av Karin Lindqvist' });
    await chooseOption(karinPanel.getByRole('combobox', { name: 'Kategori' }), 'fault-report');
    const ahmed = fresh.getByRole('button', { name: 'Riktlinjer för kommentar av Ahmed Yusuf' });
    await ahmed.click();
    await fresh.getByRole('region', { name: 'Riktlinjer för inlägg av Ahmed Yusuf' }).waitFor();
    // One root for every panel of the page: the script ran once.
    expect(await fresh.locator('kommentarsvakt-root').count()).toBe(1);

    await karin.click();
    await expect.poll(() => karin.getAttribute('aria-expanded')).toBe('false');
    expect(await karinPanel.count()).toBe(0);
    await karin.click();
    expect(await karinPanel.getByRole('combobox', { name: 'Kategori' }).inputValue()).toBe('fault-report');
    await fresh.close();
  });
});
