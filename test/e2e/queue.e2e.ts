import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe } from '../support/axe';
import { launch } from '../support/browser.mjs';
import { PROFILE, setProfile } from '../support/profile';
import { readStore } from '../support/store.mjs';
import { contentDigest } from '../../lib/records/digests';
import type { AuditEntry, CaptureRecord } from '../../lib/records/schema';
import { captureAndWait } from '../support/status';

// The queue in a real Chromium (issue 5): virtual list, filters and search, status changes with
// their audit trail, refused transitions, the diarienummer import, the side panel, and axe.
// Two records are captured on the Facebook fixture; 400 more are written straight into the
// extension's IndexedDB (raw API, from an extension page) to have a list worth virtualising.

const PAGE = 'https://www.facebook.com/tyresokommun';
type Browser = Awaited<ReturnType<typeof launch>>;


async function captureOnFacebook(b: Browser, names: string[]) {
  const page = await b.context.newPage();
  await page.goto(PAGE);
  await page.bringToFront();
  await b.clickAction(page);
  for (const name of names) {
    const button = page.getByRole('button', { name, exact: true });
    await captureAndWait(button);
  }
  await page.close();
}

/** `n` records with real digests, spread over platforms, statuses, categories and days. */
async function makeRecords(n: number): Promise<{ records: CaptureRecord[]; audit: AuditEntry[] }> {
  const platforms = ['instagram', 'youtube', 'youtube-studio', 'facebook'] as const;
  const statuses = ['captured', 'kept', 'registered', 'forwarded'] as const;
  const categories = ['praise', 'question', 'fault-report', undefined] as const;
  const records: CaptureRecord[] = [];
  for (let i = 0; i < n; i++) {
    // One open question, long overdue (i = 5); the other questions are 'kept'.
    const status = i === 5 ? 'captured' : statuses[i % 4]!;
    const category = categories[i % 4];
    const draft = {
      id: crypto.randomUUID(),
      schemaVersion: 1 as const,
      platform: platforms[i % 4]!,
      kind: 'comment' as const,
      key: `seed:${i}`,
      pageUrl: 'https://www.instagram.com/p/seed/',
      author: `Seedad Person ${i}`,
      text: i === 7 ? 'Snöröjningen på Granängsvägen har uteblivit' : `Kommentar nummer ${i} om kommunen`,
      unreadable: [],
      capturedAt: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
      capturedBy: PROFILE,
      screenshot: { status: 'missing' as const, reason: 'not-requested' as const },
      status,
      ...(status === 'registered' ? { diarienummer: `KS 2024/${i}` } : {}),
      ...(category ? { category } : {}),
      ...(category === 'question' ? { dueAt: new Date(Date.UTC(2024, 0, 2) + i * 3_600_000).toISOString() } : {}),
    };
    records.push({ ...draft, contentSha256: await contentDigest(draft as unknown as CaptureRecord) } as unknown as CaptureRecord);
  }
  return { records, audit: records.map((r) => ({ recordId: r.id, at: r.capturedAt, by: 'Seed', from: null, to: r.status })) };
}

/** Writes rows with the raw IndexedDB API from an extension page (the store already exists). */
async function writeRows(page: Page, rows: { records: CaptureRecord[]; audit: AuditEntry[] }) {
  await page.evaluate(async ({ records, audit }) => {
    const db = await new Promise<IDBDatabase>((ok) => (indexedDB.open('kommentarsvakt').onsuccess = (e) => ok((e.target as IDBOpenDBRequest).result)));
    const tx = db.transaction(['records', 'audit'], 'readwrite');
    for (const r of records) tx.objectStore('records').put(r);
    for (const a of audit) tx.objectStore('audit').add(a);
    await new Promise((ok, fail) => ((tx.oncomplete = ok), (tx.onerror = () => fail(tx.error))));
    db.close();
  }, rows);
}

const matching = (page: Page) => page.locator('[data-matching]').getAttribute('data-matching').then(Number);

describe('the queue (Swedish UI)', () => {
  let b: Browser;
  let queue: Page;
  let seeded: { records: CaptureRecord[]; audit: AuditEntry[] };
  const TOTAL = 402;

  beforeAll(async () => {
    b = await launch({ pages: { [PAGE]: 'facebook/page-feed.sv.html' } });
    await setProfile(b);
    await captureOnFacebook(b, ['Fånga kommentar av Karin Lindqvist', 'Fånga kommentar av Ahmed Yusuf']);
    queue = await b.context.newPage();
    await queue.goto(b.extensionUrl('queue.html'));
    await queue.getByRole('status').filter({ hasText: '2 poster' }).waitFor();
    seeded = await makeRecords(400);
    await writeRows(queue, seeded);
    await queue.reload();
    await queue.locator(`[data-matching="${TOTAL}"]`).waitFor();
  });
  afterAll(async () => b?.close());

  it('lists every record newest first, but renders only the rows in view', async () => {
    const rows = queue.locator('tbody tr:not(.spacer)');
    await expect.poll(() => rows.first().textContent()).toContain('Gatlampan vid Bollmora busshållplats');
    expect(await rows.nth(1).textContent()).toContain('Vilka tider har badhuset öppet');
    expect(await rows.count()).toBeLessThan(40);
    await expect.poll(() => rows.first().locator('img.thumb').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    // Scrolled to the end, the oldest record is rendered and the first ones are gone.
    const region = queue.getByRole('region', { name: 'Fångade poster' });
    await region.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await queue.getByText('Seedad Person 0', { exact: true }).waitFor();
    expect(await queue.getByText('Gatlampan vid Bollmora', { exact: false }).count()).toBe(0);
    await region.evaluate((el) => el.scrollTo(0, 0));
  });

  it('filters by status, platform, category, date and overdue, and searches author and text', async () => {
    await queue.getByRole('searchbox', { name: 'Sök i avsändare och text' }).fill('snöröjningen');
    await expect.poll(() => matching(queue)).toBe(1);
    await queue.getByRole('link', { name: 'Visa post av Seedad Person 7' }).waitFor();
    await queue.getByRole('searchbox', { name: 'Sök i avsändare och text' }).fill('karin');
    await expect.poll(() => matching(queue)).toBe(1);
    await queue.getByRole('button', { name: 'Rensa filter' }).click();
    await expect.poll(() => matching(queue)).toBe(TOTAL);

    await queue.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Diarieförd' });
    await expect.poll(() => matching(queue)).toBe(100);
    await queue.getByRole('combobox', { name: 'Plattform' }).selectOption({ label: 'YouTube' });
    await expect.poll(() => matching(queue)).toBe(0);
    await queue.getByText('Inga poster matchar filtren.').waitFor();
    await queue.getByRole('button', { name: 'Rensa filter' }).click();

    // The 100 seeded fault reports, and Ahmed Yusuf's captured "Gatlampan … är trasig igen":
    // a capture made without the guide panel stores triage's category (issue 20).
    await queue.getByRole('combobox', { name: 'Kategori' }).selectOption({ label: 'Felanmälan' });
    await expect.poll(() => matching(queue)).toBe(101);
    await queue.getByRole('link', { name: 'Visa post av Ahmed Yusuf' }).waitFor();
    await queue.getByRole('button', { name: 'Rensa filter' }).click();
    // Seeded records are one per hour from 2024-01-01 00:00 UTC (01:00 Stockholm): 24 on 2024-01-02.
    await queue.getByLabel('Fångad från').fill('2024-01-02');
    await queue.getByLabel('Fångad till').fill('2024-01-02');
    await expect.poll(() => matching(queue)).toBe(24);
    await queue.getByRole('button', { name: 'Rensa filter' }).click();
    // Overdue: due date passed and nothing done yet; only seeded record 5 is an open question.
    await queue.getByRole('checkbox', { name: 'Bara försenade' }).check();
    await expect.poll(() => matching(queue)).toBe(1);
    await queue.getByRole('link', { name: 'Visa post av Seedad Person 5' }).waitFor();
    expect(await queue.locator('tbody tr:not(.spacer)').first().textContent()).toContain('Försenad');
    await queue.getByRole('button', { name: 'Rensa filter' }).click();
    await expect.poll(() => matching(queue)).toBe(TOTAL);
  });

  it('changes a status with a reason and a note in the one handling form, shows it in the audit trail and stores it', async () => {
    await queue.getByRole('link', { name: 'Visa post av Karin Lindqvist' }).click();
    await queue.getByRole('article').waitFor();
    const form = queue.getByRole('form', { name: 'Hantering' });
    await form.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Borttagen från sidan' });
    await form.getByRole('checkbox', { name: 'Personangrepp (§3)' }).check();
    await form.getByRole('textbox', { name: 'Anteckning' }).fill('Personangrepp, borttagen kl. 10');
    await form.getByRole('button', { name: 'Spara', exact: true }).click();
    const trail = queue.getByRole('table', { name: 'Händelselogg' });
    await trail.getByRole('row').filter({ hasText: 'Fångad → Borttagen från sidan' }).waitFor();
    const row = trail.getByRole('row').filter({ hasText: 'Borttagen från sidan' });
    expect(await row.textContent()).toContain('Eva Holm');
    expect(await row.textContent()).toContain('Personangrepp, borttagen kl. 10');
    expect(await queue.locator('[data-field="field.status"]').textContent()).toBe('Borttagen från sidan');
    // Registering needs a diarienummer: refused with a message, then done with one, confirmed.
    await form.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Diarieförd' });
    await form.getByRole('button', { name: 'Spara', exact: true }).click();
    expect(await queue.getByRole('alert').textContent()).toContain('ange diarienummer');
    await form.getByRole('textbox', { name: 'Diarienummer' }).fill('KS 2026/101');
    await form.getByRole('button', { name: 'Spara', exact: true }).click();
    await queue.getByRole('dialog', { name: 'Markera posten som diarieförd?' }).getByRole('button', { name: 'Ja, markera som diarieförd' }).click();
    await trail.getByRole('row').filter({ hasText: 'Borttagen från sidan → Diarieförd' }).waitFor();

    const { records, audit } = await readStore(queue);
    const karin = (records as CaptureRecord[]).find((r) => r.author === 'Karin Lindqvist')!;
    expect(karin).toMatchObject({ status: 'registered', diarienummer: 'KS 2026/101' });
    expect(karin.contentSha256).toBe(await contentDigest(karin));
    expect((audit as AuditEntry[]).filter((a) => a.recordId === karin.id).map((a) => [a.from, a.to, a.by])).toEqual([
      [null, 'captured', 'Eva Holm'],
      ['captured', 'removed-from-site', 'Eva Holm'],
      ['removed-from-site', 'registered', 'Eva Holm'],
    ]);
    expect(await axe(queue)).toEqual([]);
  });

  it('refuses an invalid bulk transition with a message, and changes nothing', async () => {
    await queue.goto(b.extensionUrl('queue.html#/'));
    await queue.reload();
    // The selection stays while the search changes.
    const search = queue.getByRole('searchbox', { name: 'Sök i avsändare och text' });
    await search.fill('nummer 2 om');
    await queue.getByRole('checkbox', { name: 'Välj post av Seedad Person 2', exact: true }).check();
    await search.fill('nummer 6 om');
    await queue.getByRole('checkbox', { name: 'Välj post av Seedad Person 6', exact: true }).check();
    const before = await readStore(queue);
    const bulk = queue.getByRole('form', { name: 'Ändra status' });
    await bulk.getByRole('combobox', { name: 'Ny status' }).selectOption({ label: 'Borttagen från sidan' });
    await bulk.getByRole('button', { name: 'Ändra status för 2 valda' }).click();
    // Persons 2 and 6 are registered (i % 4 == 2): registered → removed-from-site is not allowed.
    await expect.poll(() => queue.getByRole('alert').textContent()).toBe('Ingen post ändrades: Status kan inte ändras från Diarieförd till Borttagen från sidan.');
    const after = await readStore(queue);
    expect(after.records).toEqual(before.records);
    expect(after.audit).toHaveLength(before.audit.length);
    await queue.getByRole('button', { name: 'Avmarkera alla' }).click();
  });

  it('imports diarienummer from the registrar CSV: nothing on a bad line, all on a good file', async () => {
    const a = seeded.records[1]!; // kept
    const c = seeded.records[3]!; // forwarded
    await queue.goto(b.extensionUrl('queue.html#/tools'));
    const input = queue.getByLabel('CSV-fil med diarienummer');
    await input.setInputFiles({ name: 'dnr.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${a.id};KS 2026/1\r\n${c.id};\r\nfel;KS 3\r\n`) });
    const alert = queue.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Rad 2: diarienummer saknas.');
    expect(await alert.textContent()).toContain('Rad 3: ”fel” är inget post-id.');
    expect(((await readStore(queue)).records as CaptureRecord[]).find((r) => r.id === a.id)!.status).toBe('kept');
    await input.setInputFiles({ name: 'dnr.csv', mimeType: 'text/csv', buffer: Buffer.from(`id;diarienummer\n${a.id};KS 2026/1\n${c.id};KS 2026/2\n`) });
    await queue.getByText('Diarienummer infört på 2 poster.').waitFor();
    const records = (await readStore(queue)).records as CaptureRecord[];
    expect(records.find((r) => r.id === a.id)).toMatchObject({ status: 'registered', diarienummer: 'KS 2026/1' });
    expect(records.find((r) => r.id === c.id)).toMatchObject({ status: 'registered', diarienummer: 'KS 2026/2' });
    expect(await axe(queue)).toEqual([]);
  });

  it('the full queue page and the side panel pass axe', async () => {
    await queue.goto(b.extensionUrl('queue.html#/'));
    await queue.reload();
    await expect.poll(() => matching(queue)).toBe(TOTAL);
    expect(await axe(queue)).toEqual([]);
    const panel = await b.context.newPage();
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.goto(b.extensionUrl('sidepanel.html'));
    await expect.poll(() => matching(panel)).toBe(TOTAL);
    expect(await panel.title()).toBe('Kommentarsvakt – sidopanel');
    await panel.getByRole('searchbox', { name: 'Sök i avsändare och text' }).fill('karin');
    await expect.poll(() => matching(panel)).toBe(1);
    expect(await axe(panel)).toEqual([]);
    await panel.close();
  });

  it('disposes of records by rule only after confirmation, leaving a log without content', async () => {
    await queue.goto(b.extensionUrl('queue.html#/tools'));
    await queue.reload();
    const rule = queue.getByRole('group', { name: /^Regel: Beröm/ });
    // Seeded praise (i % 4 == 0, captured, from 2024) is old enough, but never exported: nothing yet.
    await queue.getByRole('button', { name: 'Visa vad som skulle gallras' }).click();
    await queue.getByText('0 poster skulle gallras.').waitFor();
    await rule.getByRole('checkbox', { name: 'Bara poster som har exporterats' }).uncheck();
    await queue.getByRole('button', { name: 'Spara regler' }).click();
    await queue.getByText('Reglerna är sparade.').waitFor();
    await queue.getByRole('button', { name: 'Visa vad som skulle gallras' }).click();
    await queue.getByText('100 poster skulle gallras.').waitFor();
    await queue.getByRole('button', { name: 'Gallra 100 poster…' }).click();
    const confirm = queue.getByRole('alertdialog');
    expect(await confirm.textContent()).toContain('Gallra 100 poster för alltid?');
    expect((await readStore(queue)).records).toHaveLength(TOTAL);
    await confirm.getByRole('button', { name: 'Ja, gallra' }).click();
    await queue.getByText('100 poster gallrade.').waitFor();
    const { records } = await readStore(queue);
    expect(records).toHaveLength(TOTAL - 100);
    const log = await queue.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok) => (indexedDB.open('kommentarsvakt').onsuccess = (e) => ok((e.target as IDBOpenDBRequest).result)));
      const rows = await new Promise<unknown[]>((ok) => (db.transaction('disposals').objectStore('disposals').getAll().onsuccess = (e) => ok((e.target as IDBRequest<unknown[]>).result)));
      db.close();
      return rows as Record<string, unknown>[];
    });
    expect(log).toHaveLength(100);
    expect(Object.keys(log[0]!).sort()).toEqual(['at', 'by', 'contentSha256', 'fromStatus', 'recordId', 'ruleId', 'ruleLabel', 'seq']);
    const disposedIds = new Set(log.map((l) => l.recordId));
    expect(seeded.records.filter((r) => r.category === 'praise' && r.status === 'captured').every((r) => disposedIds.has(r.id))).toBe(true);
    await queue.getByRole('table', { name: 'Gallringslogg' }).getByRole('row').nth(100).waitFor();
    expect(await axe(queue)).toEqual([]);
  });
});
