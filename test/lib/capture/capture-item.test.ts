import { afterEach, describe, expect, it } from 'vitest';
import { captureItem, itemKey } from '../../../lib/capture/capture-item';
import type { ScreenshotResult } from '../../../lib/capture/screenshot-result';
import type { CaptureRequest } from '../../../lib/protocol';
import { RecordsDb } from '../../../lib/records/db';
import { contentDigest, sha256Hex } from '../../../lib/records/digests';

const PROFILE = { name: 'Eva Holm', title: 'Kommunikatör', unit: 'Kommunikationsenheten' };
const NOW = new Date('2026-11-23T09:15:00.000Z');
let dbs: RecordsDb[] = [];

function freshDb() {
  const db = new RecordsDb(`test-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs) await db.delete();
  dbs = [];
});

function request(overrides: Partial<CaptureRequest['reading']> = {}): CaptureRequest {
  return {
    type: 'capture',
    recordId: crypto.randomUUID(),
    platform: 'facebook',
    pageUrl: 'https://www.facebook.com/tyresokommun',
    reading: {
      kind: 'comment',
      author: 'Karin Lindqvist',
      text: 'Vilka tider har badhuset öppet?',
      byOwner: false,
      itemId: '2001',
      permalink: 'https://www.facebook.com/tyresokommun/posts/1?comment_id=2001',
      publishedText: '2 tim',
      unreadable: [],
      ...overrides,
    },
  };
}

const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])], { type: 'image/png' });
const shotOk = async (): Promise<ScreenshotResult> => ({ status: 'ok', blob: png, width: 600, height: 80 });

function deps(db: RecordsDb, screenshot = shotOk) {
  let shots = 0;
  return {
    db,
    screenshot: () => (shots++, screenshot()),
    profile: async () => PROFILE,
    now: () => NOW,
    get shots() {
      return shots;
    },
  };
}

describe('captureItem', () => {
  it('commits record, screenshot and the first audit entry together, with digests that verify', async () => {
    const db = freshDb();
    const req = request();
    const res = await captureItem(req.recordId, req, deps(db));
    expect(res).toEqual({ ok: true, recordId: req.recordId, screenshot: { status: 'ok' } });
    const record = (await db.records.get(req.recordId))!;
    expect(record).toMatchObject({ key: 'facebook:2001', author: 'Karin Lindqvist', capturedAt: NOW.toISOString(), capturedBy: PROFILE, status: 'captured' });
    expect(record.screenshot).toEqual({ status: 'ok', mime: 'image/png', width: 600, height: 80, bytes: 7, sha256: await sha256Hex(png) });
    expect(record.contentSha256).toBe(await contentDigest(record));
    expect((await db.screenshots.get(req.recordId))?.blob.size).toBe(7);
    expect(await db.audit.toArray()).toEqual([{ seq: 1, recordId: req.recordId, at: NOW.toISOString(), by: 'Eva Holm', from: null, to: 'captured' }]);
  });

  it('stores the record without a screenshot, marked with the reason, when the screenshot failed', async () => {
    const db = freshDb();
    const req = request();
    const res = await captureItem(req.recordId, req, deps(db, async () => ({ status: 'missing', reason: 'no-permission' })));
    expect(res).toEqual({ ok: true, recordId: req.recordId, screenshot: { status: 'missing', reason: 'no-permission' } });
    expect((await db.records.get(req.recordId))?.screenshot).toEqual({ status: 'missing', reason: 'no-permission' });
    expect(await db.screenshots.count()).toBe(0);
  });

  it('answers a retry with the same id from the store, without a second screenshot or record', async () => {
    const db = freshDb();
    const req = request();
    const d = deps(db);
    await captureItem(req.recordId, req, d);
    const again = await captureItem(req.recordId, { ...req, retry: true }, d);
    expect(again).toEqual({ ok: true, recordId: req.recordId, screenshot: { status: 'ok' } });
    expect(d.shots).toBe(1);
    expect(await db.records.count()).toBe(1);
    expect(await db.audit.count()).toBe(1);
  });

  it('says the storage is full, and keeps what was stored before, when the quota is exceeded', async () => {
    const db = freshDb();
    const first = request();
    await captureItem(first.recordId, first, deps(db));
    const quota = Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
    const add = db.records.add.bind(db.records);
    db.records.add = (() => Promise.reject(quota)) as unknown as typeof db.records.add;
    const second = request({ itemId: '2002' });
    const res = await captureItem(second.recordId, second, deps(db));
    db.records.add = add;
    expect(res).toMatchObject({ ok: false, error: 'storage-full' });
    expect(await db.records.count()).toBe(1);
    expect(await db.screenshots.count()).toBe(1);
    expect(await db.audit.count()).toBe(1);
  });

  it('keys by comment id, else by a digest of author and text', async () => {
    expect(await itemKey('youtube', { itemId: 'Ugx1', author: 'a', text: 'b' })).toBe('youtube:Ugx1');
    const k = await itemKey('youtube-studio', { author: 'Anna', text: 'Hej' });
    expect(k).toMatch(/^youtube-studio:h:[0-9a-f]{32}$/);
    expect(await itemKey('youtube-studio', { author: 'Anna', text: 'Hej' })).toBe(k);
    expect(await itemKey('youtube-studio', { author: 'Anna', text: 'Hej!' })).not.toBe(k);
  });

  it('keeps hostile text verbatim', async () => {
    const db = freshDb();
    const text = '<img src=x onerror=alert(1)>\u202E\u200B\u0000=HYPERLINK("x")\uD800';
    const req = request({ text, itemId: undefined });
    await captureItem(req.recordId, req, deps(db));
    const record = (await db.records.get(req.recordId))!;
    expect(record.text).toBe(text);
    expect(record.contentSha256).toBe(await contentDigest(record));
  });
  it('keeps a screenshot that may be obscured, marked with its reasons, covered by the digest and in the answer', async () => {
    const db = freshDb();
    const req = request();
    const doubt = { reasons: ['dialog' as const], coveredPercent: 40, detail: 'div[role=dialog] "Logga in"' };
    const result = await captureItem(req.recordId, req, deps(db, async () => ({ status: 'ok', blob: png, width: 600, height: 80, doubt })));
    expect(result).toEqual({ ok: true, recordId: req.recordId, screenshot: { status: 'ok', doubt } });
    const record = (await db.records.get(req.recordId))!;
    expect(record.screenshot).toMatchObject({ status: 'ok', doubt });
    expect(await db.screenshots.get(req.recordId)).toBeDefined();
    expect(record.contentSha256).toBe(await contentDigest(record));
    // The mark is part of what was captured: removing it breaks the digest.
    const { doubt: _removed, ...unmarked } = record.screenshot as typeof record.screenshot & { doubt?: unknown };
    expect(await contentDigest({ ...record, screenshot: unmarked as typeof record.screenshot })).not.toBe(record.contentSha256);
  });
});
