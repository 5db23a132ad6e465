import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser.mjs';
import { setProfile } from '../support/profile';
import { overlayStatuses } from '../support/overlay.mjs';
import { mulberry32 } from '../support/prng.mjs';
import { readStore } from '../support/store.mjs';
import { DEFAULT_GUIDE } from '../../lib/guide/default-guide';
import { parseJsonExport } from '../../lib/export/json';
import { parseGuideFile } from '../../lib/settings/guide-settings-file';
import type { CaptureRecord } from '../../lib/records/schema';
import { PAYLOADS, csvValue, parseCsv, type Payload } from '../lib/hostile/payloads';
import { captureAndWait } from '../support/status';

// Issue 7 items 2 and 3 in a real Chromium: every hostile payload of
// test/fixtures/hostile/payloads.json as a comment (and some as author names, profile links and
// permalinks) on a Facebook-shaped page, captured through the real overlay: stored as the page
// shows it, nothing executes on the site or in the queue, the JSON and CSV exports give the
// texts back. Then corrupted guide files through the options page's import: each refused with
// its own message, the stored guide unchanged to the byte.

const PAGE = 'https://www.facebook.com/tyresokommun';
const POST = 'pfbid02Hostile';
type Browser = Awaited<ReturnType<typeof launch>>;
type Pwned = { __kvPwned?: unknown };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const hasCommentId = (s: string | undefined) => s !== undefined && /[?&]comment_id=\d+/.test(s);

/** The comment id the adapter reads for payload i (its permalink's when that carries one). */
const commentIdOf = (p: Payload, i: number) => (hasCommentId(p.permalink) ? /[?&]comment_id=(\d+)/.exec(p.permalink!)![1]! : String(300000 + i));

/**
 * A Facebook-shaped page (the structure of test/fixtures/facebook/generate-feed.mjs) with one
 * comment per payload. Everything from a payload is HTML-escaped, so the page shows it as text;
 * the text keeps its line breaks (white-space: pre-wrap), as the adapter reads text nodes.
 */
function hostilePage(): string {
  const comments = PAYLOADS.map((p, i) => {
    const id = commentIdOf(p, i);
    const name = p.author ?? `Person ${i + 1} Hostilsson`;
    const profile = p.authorUrl ?? `https://www.facebook.com/person.${i + 1}`;
    const own = `https://www.facebook.com/tyresokommun/posts/${POST}?comment_id=${id}`;
    // A permalink with a comment_id is the timestamp link itself; one without (javascript:) is an
    // extra link beside it, so the comment keeps a valid permalink.
    const time = hasCommentId(p.permalink) ? p.permalink! : own;
    const extra = p.permalink && !hasCommentId(p.permalink) ? `<li><a href="${esc(p.permalink)}">Dela</a></li>` : '';
    return `<li><div role="article" data-payload="${esc(p.id)}" aria-label="Kommentar av ${esc(name)} för 2 timmar sedan" tabindex="-1">
<div class="x1lliihq"><a class="x1rg5ohu" href="https://www.facebook.com/person.${i + 1}?comment_id=${id}" aria-hidden="true" tabindex="-1"><svg aria-label="${esc(name)}" role="img" width="32" height="32"></svg></a>
<div><div class="xdj266r"><span><a class="kv-author" href="${esc(profile)}"><span>${esc(name)}</span></a></span>
<div><span><div dir="auto" class="kv-text" style="text-align: start; white-space: pre-wrap; overflow-wrap: anywhere;">${esc(p.text)}</div></span></div></div>
<ul class="x1n2onr6"><li><div role="button" tabindex="0">Gilla</div></li><li><div role="button" tabindex="0">Svara</div></li><li><a class="kv-time" href="${esc(time)}" role="link" tabindex="0">2 tim</a></li>${extra}</ul></div></div></div></li>`;
  });
  return `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Tyresö kommun | Facebook</title>
<style>
body { font-family: Helvetica, Arial, sans-serif; background: #f0f2f5; margin: 0; color: #050505; }
[role="feed"] { max-width: 680px; margin: 16px auto; background: #fff; border-radius: 8px; padding: 12px 16px; }
ul { list-style: none; padding: 0; } a { color: #65676b; text-decoration: none; font-size: 12px; }
.x1lliihq { display: flex; gap: 8px; margin-top: 8px; } .x1rg5ohu { width: 32px; height: 32px; border-radius: 50%; flex: none; display: block; background: #8ab; }
.xdj266r { background: #f0f2f5; border-radius: 18px; padding: 8px 12px; font-size: 15px; max-height: 240px; overflow: hidden; min-width: 0; } .xdj266r a { color: #050505; font-weight: 600; font-size: 13px; }
.x1lliihq > div { min-width: 0; } .x1n2onr6 { display: flex; gap: 12px; margin: 2px 0 0 12px; font-size: 12px; }
</style></head>
<body><div role="main"><div role="feed"><div role="article" aria-labelledby="p">
<div id="p"><h2><a href="https://www.facebook.com/tyresokommun">Tyresö kommun</a></h2></div>
<div><a href="https://www.facebook.com/tyresokommun/posts/${POST}">3 tim</a></div>
<div data-ad-preview="message"><div dir="auto">Vad tycker du om kommunens nya cykelplan? Lämna en kommentar!</div></div>
<ul>${comments.join('\n')}</ul></div></div></div></body></html>`;
}

/** What the page's DOM holds for each comment, read in the page the way lib/platforms/text.ts does (text nodes, no layout). */
async function shownOnPage(page: Page) {
  return page.evaluate(() => {
    const out: Record<string, { text: string; author: string; authorHref: string; permalink?: string }> = {};
    for (const el of document.querySelectorAll<HTMLElement>('[data-payload]')) {
      const text = (el.querySelector('.kv-text')!.textContent ?? '').replace(/[ \t]*\n[ \t]*/g, '\n').trim();
      const a = el.querySelector('.kv-author')!;
      const time = el.querySelector('.kv-time')!.getAttribute('href') ?? '';
      let permalink: string | undefined;
      try {
        permalink = new URL(time, location.href).href;
      } catch {
        permalink = undefined;
      }
      out[el.dataset.payload!] = { text, author: (a.textContent ?? '').replace(/\s+/g, ' ').trim(), authorHref: a.getAttribute('href') ?? '', ...(permalink ? { permalink } : {}) };
    }
    return out;
  });
}


async function records(b: Browser): Promise<CaptureRecord[]> {
  const page = await b.context.newPage();
  await page.goto(b.extensionUrl('queue.html'));
  const { records } = (await readStore(page)) as { records: CaptureRecord[] };
  await page.close();
  return records;
}

async function downloaded(page: Page, trigger: () => Promise<void>): Promise<Uint8Array> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), trigger()]);
  return new Uint8Array(readFileSync((await download.path())!));
}

async function exportAs(queue: Page, format: string): Promise<Uint8Array> {
  await queue.getByRole('button', { name: /^Välj alla \d+ som visas$/ }).click();
  await queue.getByRole('button', { name: 'Exportera valda…' }).click();
  const dialog = queue.getByRole('dialog');
  await dialog.getByRole('radio', { name: format }).check();
  const bytes = await downloaded(queue, () => dialog.getByRole('button', { name: 'Exportera', exact: true }).click());
  await dialog.locator('[data-export-status="ok"]').waitFor();
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  await dialog.waitFor({ state: 'hidden' });
  return bytes;
}

/** Elements a payload would have created, and its flag, on a page. */
async function traces(page: Page) {
  const javascriptLinks = page.url().startsWith('chrome-extension://') ? ', a[href^="javascript:"]' : '';
  return page.evaluate((more) => ({
    flag: (window as unknown as Pwned).__kvPwned,
    polluted: ({} as Record<string, unknown>).polluted,
    title: document.title,
    // Our own pages and the fixture have no inline scripts; a payload's would be one.
    elements: document.querySelectorAll(`img[src="x"], script:not([src]), iframe, svg[onload], [onerror], [onload]${more}`).length,
    markup: Array.from(document.querySelectorAll('[data-payload] .kv-text')).filter((e) => e.children.length > 0).length,
  }), javascriptLinks);
}

describe(`hostile comments (${PAYLOADS.length}) captured through the overlay, queued and exported`, () => {
  let b: Browser;
  let site: Page;
  let stored: CaptureRecord[] = [];
  let shown: Awaited<ReturnType<typeof shownOnPage>>;
  const html = hostilePage();

  beforeAll(async () => {
    b = await launch({ pages: { [PAGE]: () => html } });
    await setProfile(b);
  });
  afterAll(async () => b?.close());

  it('every comment is captured, and the record holds exactly what the page shows', { timeout: 90_000 }, async () => {
    site = await b.context.newPage();
    await site.goto(PAGE);
    await site.bringToFront();
    await b.clickAction(site);
    shown = await shownOnPage(site);
    expect(Object.keys(shown)).toHaveLength(PAYLOADS.length);
    // The page shows the payloads as text: no element was made from one.
    expect((await traces(site)).markup).toBe(0);

    // The overlay decorates comments as they come into view: each is scrolled to, captured,
    // and its status awaited (the captures share Chromium's two screenshots a second).
    const started = Date.now();
    for (const p of PAYLOADS) {
      const article = site.locator(`[data-payload="${p.id}"]`);
      await article.scrollIntoViewIfNeeded();
      const button = article.getByRole('button', { name: /^Fånga kommentar av / });
      await captureAndWait(button, /^Sparad/);
    }
    console.log(`hostile: ${PAYLOADS.length} captures through the overlay in ${Date.now() - started} ms`);
    const statuses = await overlayStatuses(site);
    expect(statuses.filter((s) => s.label.startsWith('Fånga kommentar av'))).toHaveLength(PAYLOADS.length);
    expect(statuses.filter((s) => s.label.startsWith('Fånga kommentar av') && s.status !== 'Sparad').map((s) => `${s.label.slice(0, 60)}: ${s.status}`)).toEqual([]);

    stored = await records(b);
    expect(stored).toHaveLength(PAYLOADS.length);
    const mismatches: string[] = [];
    for (const [i, p] of PAYLOADS.entries()) {
      const r = stored.find((x) => x.itemId === commentIdOf(p, i));
      const s = shown[p.id]!;
      if (!r) {
        mismatches.push(`${p.id}: no record`);
        continue;
      }
      if (r.text !== s.text) mismatches.push(`${p.id}: text ${JSON.stringify(r.text.slice(0, 80))} ≠ shown ${JSON.stringify(s.text.slice(0, 80))}`);
      if (r.author !== s.author) mismatches.push(`${p.id}: author ${JSON.stringify(r.author.slice(0, 80))} ≠ shown ${JSON.stringify(s.author.slice(0, 80))}`);
      // Only http(s) links are kept; javascript:, data: and unparsable ones are left out.
      if (r.authorUrl !== undefined && !/^https?:\/\//.test(r.authorUrl)) mismatches.push(`${p.id}: authorUrl ${r.authorUrl}`);
      if (r.permalink !== undefined && !/^https?:\/\//.test(r.permalink)) mismatches.push(`${p.id}: permalink ${r.permalink}`);
      if (hasCommentId(p.permalink) && r.permalink !== s.permalink) mismatches.push(`${p.id}: permalink ${r.permalink?.slice(0, 80)} ≠ ${s.permalink?.slice(0, 80)}`);
      if (r.screenshot.status !== 'ok') mismatches.push(`${p.id}: screenshot ${JSON.stringify(r.screenshot)}`);
    }
    expect(mismatches).toEqual([]);
    // The texts that survive HTML parsing unchanged are stored verbatim (after text.ts's trim).
    const verbatim = PAYLOADS.filter((p) => !/[\0\r\uD800-\uDFFF]/.test(p.text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')));
    for (const p of verbatim) expect(stored.find((r) => shown[p.id]!.text === r.text && r.text === p.text.replace(/[ \t]*\n[ \t]*/g, '\n').trim()), p.id).toBeDefined();
    console.log(`hostile: ${verbatim.length} of ${PAYLOADS.length} texts reach the DOM unchanged and are stored verbatim; the rest (NUL, CR, lone surrogates) as the parser left them`);
    expect((await traces(site)).flag).toBeUndefined();
  });

  it('nothing executes on the site page or in the queue, and the queue shows the payloads as text', async () => {
    const t = await traces(site);
    expect(t).toMatchObject({ flag: undefined, polluted: undefined, title: 'Tyresö kommun | Facebook', markup: 0 });
    expect(t.elements).toBe(0);

    const queue = await b.context.newPage();
    await queue.goto(b.extensionUrl('queue.html'));
    // 45 s: opening the queue with these 59 records (texts up to 100,000 characters) took 15–16 s
    // on this machine before and after the overlay changes of 2026-12-04; 15 s failed at random.
    await queue.locator(`[data-matching="${PAYLOADS.length}"]`).waitFor({ timeout: 45_000 });
    // The table renders the rows in view: the search brings the script-bearing payloads up.
    await queue.getByRole('searchbox', { name: 'Sök i avsändare och text' }).or(queue.getByRole('textbox', { name: 'Sök i avsändare och text' })).fill('kvPwned');
    const bearing = stored.filter((r) => `${r.author}\n${r.text}`.includes('kvPwned')).length;
    expect(bearing).toBeGreaterThanOrEqual(8);
    await queue.locator(`[data-matching="${bearing}"]`).waitFor({ timeout: 15_000 });
    for (const id of ['script-tag', 'img-onerror', 'attribute-breakout', 'svg-onload', 'iframe-srcdoc']) {
      const text = shown[id]!.text;
      await queue.getByText(text, { exact: true }).first().waitFor();
    }
    const q = await traces(queue);
    expect(q).toMatchObject({ flag: undefined, polluted: undefined });
    expect(q.title).not.toBe('PWNED');
    expect(q.elements).toBe(0);

    // The detail view of the author-script payload: name and text as text.
    const author = PAYLOADS.find((p) => p.id === 'author-script')!.author!;
    await queue.getByRole('link', { name: `Visa post av ${author}` }).click();
    const detail = queue.getByRole('article');
    await detail.waitFor();
    expect(await detail.locator('[data-field="field.text"]').textContent()).toBe('Vanlig text.');
    expect(await detail.getByText(author, { exact: true }).count()).toBeGreaterThan(0);
    expect(await traces(queue)).toMatchObject({ flag: undefined, elements: 0 });
    expect(await site.evaluate(() => (window as unknown as Pwned).__kvPwned)).toBeUndefined();
    await queue.close();
  });

  it('the JSON export gives every record back, texts verbatim; the CSV parses back with formulas neutralised', { timeout: 60_000 }, async () => {
    const queue = await b.context.newPage();
    await queue.goto(b.extensionUrl('queue.html'));
    await queue.locator(`[data-matching="${PAYLOADS.length}"]`).waitFor();

    const json = parseJsonExport(new TextDecoder().decode(await exportAs(queue, 'JSON (förlustfri)')));
    expect(json.records).toHaveLength(PAYLOADS.length);
    for (const r of stored) {
      const back = json.records.find((x) => x.id === r.id)!;
      expect(back.text, r.id).toBe(r.text);
      expect(back.author, r.id).toBe(r.author);
      expect(back.contentSha256, r.id).toBe(r.contentSha256);
    }

    const csv = await exportAs(queue, 'CSV för import i diariet');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(csv.subarray(3)));
    expect(rows[0]![5]).toBe('Text');
    expect(rows).toHaveLength(PAYLOADS.length + 1);
    for (const r of stored) {
      const row = rows.find((x) => x[0] === r.id)!;
      expect(row, r.id).toHaveLength(rows[0]!.length);
      expect(row[5], r.id).toBe(csvValue(r.text));
      expect(row[3], r.id).toBe(csvValue(r.author));
    }
    // No cell starts a formula.
    expect(rows.flat().filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(rows.flat().filter((c) => c.startsWith("'")).length).toBeGreaterThanOrEqual(6);
    expect(await traces(queue)).toMatchObject({ flag: undefined, elements: 0 });
    await queue.close();
  });
});

describe('corrupted guide files through the options page', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch({});
  });
  afterAll(async () => b?.close());

  it('each is refused with its own message and the stored guide stays byte-identical', { timeout: 60_000 }, async () => {
    const options = await b.context.newPage();
    await options.goto(b.extensionUrl('options.html'));
    await options.getByRole('button', { name: 'Riktlinjer', exact: true }).click();
    const input = options.getByLabel('Importera riktlinjer (JSON-fil)');
    const stored = () => options.evaluate(async () => JSON.stringify((await (globalThis as any).chrome.storage.local.get('guideSettings')).guideSettings));

    // A guide of our own first, so there is something stored to keep.
    await input.setInputFiles({ name: 'egen.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...DEFAULT_GUIDE, organisation: 'Exempelstads kommun' })) });
    await options.getByText('Riktlinjerna är importerade och sparade.', { exact: false }).waitFor();
    await expect.poll(stored).toContain('Exempelstads kommun');
    const before = await stored();

    const good = JSON.stringify(DEFAULT_GUIDE);
    const random = mulberry32(7);
    const withoutVersion = Object.fromEntries(Object.entries(DEFAULT_GUIDE).filter(([k]) => k !== 'version'));
    const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    const cases: { name: string; body: Buffer; message?: string }[] = [
      { name: 'avkortad.json', body: Buffer.from(good.slice(0, Math.floor(good.length / 2))) },
      { name: 'tom.json', body: Buffer.alloc(0) },
      { name: 'version-2.json', body: Buffer.from(JSON.stringify({ ...DEFAULT_GUIDE, version: 2 })) },
      { name: 'version-text.json', body: Buffer.from(JSON.stringify({ ...DEFAULT_GUIDE, version: '1' })) },
      { name: 'slumpbytes.json', body: Buffer.from(Array.from({ length: 4096 }, () => Math.floor(random() * 256))) },
      { name: 'djup-lista.json', body: Buffer.from(deep(100_000)) },
      { name: 'djup-i-falt.json', body: Buffer.from(`${good.slice(0, -1)},"organisation":${deep(50_000)}}`) },
      // JSON.parse makes "__proto__" an own key; it must neither set the prototype nor supply the version.
      { name: 'proto-version.json', body: Buffer.from(`{"__proto__":{"version":1,"polluted":true},${JSON.stringify(withoutVersion).slice(1)}`) },
      { name: 'proto-falt.json', body: Buffer.from(`{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},${JSON.stringify({ ...DEFAULT_GUIDE, organisation: '' }).slice(1)}`) },
      { name: 'lang-text.json', body: Buffer.from(JSON.stringify({ ...DEFAULT_GUIDE, organisation: 'Å'.repeat(100_000) })) },
      { name: 'fel-typ.json', body: Buffer.from(JSON.stringify({ ...DEFAULT_GUIDE, removalReasons: 'alla' })) },
      { name: 'mallar-fel.json', body: Buffer.from(JSON.stringify({ ...DEFAULT_GUIDE, templates: 5 })) },
      { name: 'lista.json', body: Buffer.from('[{"version":1}]') },
      { name: 'jattestor.json', body: Buffer.from(`{"version":1,"organisation":"${'x'.repeat(2_100_000)}"}`), message: 'Filen ”jattestor.json” är för stor för att vara en riktlinjefil. Inget har ändrats.' },
    ];
    const messages = new Set<string>();
    for (const c of cases) {
      let expected = c.message;
      if (!expected) {
        const result = parseGuideFile(new TextDecoder().decode(c.body));
        expect(result.ok, c.name).toBe(false);
        expected = `Filen ”${c.name}” lästes inte in, inget har ändrats. ${result.ok ? '' : result.message.sv}`;
      }
      messages.add(expected.replace(c.name, ''));
      await input.setInputFiles({ name: c.name, mimeType: 'application/json', buffer: c.body });
      const alert = options.getByRole('alert').filter({ hasText: c.name });
      await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toBe(expected);
      expect(await stored(), c.name).toBe(before);
    }
    console.log(`guide import: ${cases.length} corrupted files refused, ${messages.size} distinct messages`);
    expect(messages.size).toBeGreaterThanOrEqual(10);
    expect(await options.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
    expect(await options.getByRole('textbox', { name: 'Organisation', exact: true }).inputValue()).toBe('Exempelstads kommun');
    await options.reload();
    expect(await stored()).toBe(before);
    await options.close();
  });
});
