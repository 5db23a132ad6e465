import { afterEach, describe, expect, it } from 'vitest';
import { captureItem } from '../../../lib/capture/capture-item';
import type { ScreenshotResult } from '../../../lib/capture/screenshot-result';
import type { CaptureRequest } from '../../../lib/protocol';
import { RecordsDb } from '../../../lib/records/db';
import { contentDigest, sha256Hex } from '../../../lib/records/digests';
import { versionChanges, versionsOfKey, withAllVersions } from '../../../lib/records/versions';

// Issue 18 point 3: the same comment captured again is a version of the first record, never a
// silent duplicate and never an overwrite.
const PROFILE = { name: 'Eva Holm', title: 'Kommunikatör', unit: 'Kommunikationsenheten' };
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

function request(ifCaptured: CaptureRequest['ifCaptured'], reading: Partial<CaptureRequest['reading']> = {}): CaptureRequest {
  return {
    type: 'capture',
    recordId: crypto.randomUUID(),
    platform: 'facebook',
    pageUrl: 'https://www.facebook.com/tyresokommun',
    ...(ifCaptured ? { ifCaptured } : {}),
    reading: { kind: 'comment', author: 'Karin Lindqvist', text: 'Vilka tider har badhuset öppet?', byOwner: false, itemId: '2001', publishedText: '2 tim', unreadable: [], ...reading },
  };
}

/** Each shot a different picture, so each version's screenshot digest is its own. */
function deps(db: RecordsDb) {
  let shots = 0;
  let minute = 0;
  return {
    db,
    screenshot: async (): Promise<ScreenshotResult> => ({ status: 'ok', blob: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, ++shots])], { type: 'image/png' }), width: 600, height: 80 }),
    profile: async () => PROFILE,
    now: () => new Date(Date.UTC(2026, 10, 23, 9, minute++)),
    get shots() {
      return shots;
    },
  };
}

describe('capturing an item that is already stored', () => {
  it("with 'ask', answers with the stored record and stores nothing, without a screenshot", async () => {
    const db = freshDb();
    const d = deps(db);
    const first = request('ask');
    await captureItem(first.recordId, first, d);
    const again = request('ask');
    const answer = await captureItem(again.recordId, again, d);
    expect(answer).toEqual({ ok: false, error: 'already-captured', existing: { recordId: first.recordId, versions: 1, capturedAt: '2026-11-23T09:00:00.000Z' } });
    expect(d.shots).toBe(1);
    expect(await db.records.count()).toBe(1);
    expect(await db.audit.count()).toBe(1);
  });

  it('stores a new version linked to the first, with its own screenshot and digests, and keeps the first as it was', async () => {
    const db = freshDb();
    const d = deps(db);
    const first = request('ask');
    await captureItem(first.recordId, first, d);
    const stored = structuredClone(await db.records.get(first.recordId));
    // The comment was edited on the site: the new version says so.
    const edited = request('new-version', { text: 'Vilka tider har badhuset öppet på lördagar?' });
    const answer = await captureItem(edited.recordId, edited, d);
    expect(answer).toEqual({ ok: true, recordId: edited.recordId, screenshot: { status: 'ok' }, version: { number: 2, changes: ['text'] } });
    const v2 = (await db.records.get(edited.recordId))!;
    expect(v2).toMatchObject({ key: 'facebook:2001', versionOf: first.recordId, version: 2, text: 'Vilka tider har badhuset öppet på lördagar?', status: 'captured' });
    expect(v2.contentSha256).toBe(await contentDigest(v2));
    const shot2 = (await db.screenshots.get(edited.recordId))!.blob;
    expect(v2.screenshot).toMatchObject({ status: 'ok', sha256: await sha256Hex(shot2) });
    expect(v2.screenshot.status === 'ok' && stored!.screenshot.status === 'ok' && v2.screenshot.sha256 !== stored!.screenshot.sha256).toBe(true);
    // The link is part of what was captured: a record cannot be moved out of its series unseen.
    const { versionOf: _v, ...unlinked } = v2;
    expect(await contentDigest(unlinked)).not.toBe(v2.contentSha256);
    expect(await db.records.get(first.recordId)).toEqual(stored);
    expect((await db.audit.where('recordId').equals(edited.recordId).toArray()).map((a) => a.to)).toEqual(['captured']);

    // A third capture, unchanged since the second: version 3, linked to the first, nothing changed.
    const third = request('new-version', { text: 'Vilka tider har badhuset öppet på lördagar?' });
    expect(await captureItem(third.recordId, third, d)).toMatchObject({ ok: true, version: { number: 3, changes: [] } });
    expect((await versionsOfKey(db, 'facebook:2001')).map((r) => [r.id, r.version ?? 1, r.versionOf])).toEqual([
      [first.recordId, 1, undefined],
      [edited.recordId, 2, first.recordId],
      [third.recordId, 3, first.recordId],
    ]);
    // Asked again: the latest version, and how many there are.
    expect(await captureItem(crypto.randomUUID(), request('ask'), d)).toMatchObject({ ok: false, error: 'already-captured', existing: { recordId: third.recordId, versions: 3 } });
  });

  it('without a choice (the selection paths) stores the next version rather than lose the capture', async () => {
    const db = freshDb();
    const d = deps(db);
    const a = request(undefined, { kind: 'selection', itemId: undefined, author: '', text: 'Markerad text' });
    const b = request(undefined, { kind: 'selection', itemId: undefined, author: '', text: 'Markerad text' });
    await captureItem(a.recordId, a, d);
    expect(await captureItem(b.recordId, b, d)).toMatchObject({ ok: true, version: { number: 2, changes: [] } });
    expect(await db.records.count()).toBe(2);
  });

  it("a retry of a first capture sent with 'ask' (its answer lost with a stopped worker) is answered as saved, not as already captured", async () => {
    const db = freshDb();
    const d = deps(db);
    const first = request('ask');
    await captureItem(first.recordId, first, d);
    expect(await captureItem(first.recordId, { ...first, retry: true }, d)).toEqual({ ok: true, recordId: first.recordId, screenshot: { status: 'ok' } });
    expect(d.shots).toBe(1);
    expect(await db.records.count()).toBe(1);
    expect(await db.audit.count()).toBe(1);
  });

  it('a retried version answers as the version it is, without a third record', async () => {
    const db = freshDb();
    const d = deps(db);
    const first = request('ask');
    await captureItem(first.recordId, first, d);
    const v2 = request('new-version', { author: 'Karin L.' });
    await captureItem(v2.recordId, v2, d);
    expect(await captureItem(v2.recordId, { ...v2, retry: true }, d)).toMatchObject({ ok: true, recordId: v2.recordId, version: { number: 2, changes: ['author'] } });
    expect(await db.records.count()).toBe(2);
  });

  it('two captures of one item at once (the button and the site\'s Delete) are numbered one after the other, and the second is asked about', async () => {
    const db = freshDb();
    const d = deps(db);
    const [a, b] = [request(undefined), request(undefined)];
    const answers = await Promise.all([captureItem(a.recordId, a, d), captureItem(b.recordId, b, d)]);
    expect(answers.every((x) => x.ok)).toBe(true);
    const versions = await versionsOfKey(db, 'facebook:2001');
    expect(versions.map((r) => r.version)).toEqual([undefined, 2]);
    expect(versions[1]!.versionOf).toBe(versions[0]!.id);

    const [c, e] = [request('ask', { itemId: '2002' }), request('ask', { itemId: '2002' })];
    const asked = await Promise.all([captureItem(c.recordId, c, d), captureItem(e.recordId, e, d)]);
    expect(asked.map((x) => (x.ok ? 'saved' : x.error))).toEqual(['saved', 'already-captured']);
    expect(await versionsOfKey(db, 'facebook:2002')).toHaveLength(1);
  });

  it('an item with another id is not a version', async () => {
    const db = freshDb();
    const d = deps(db);
    const a = request('ask');
    await captureItem(a.recordId, a, d);
    const b = request('ask', { itemId: '2002' });
    expect(await captureItem(b.recordId, b, d)).toEqual({ ok: true, recordId: b.recordId, screenshot: { status: 'ok' } });
  });
});

describe('versionChanges', () => {
  const base = { text: 'a', author: 'A', publishedText: '1 tim', permalink: 'https://x/1' };
  it('names each field that differs, and nothing when none does', () => {
    expect(versionChanges(base, { ...base })).toEqual([]);
    expect(versionChanges(base, { ...base, text: 'b', publishedText: '2 tim', parent: { text: 'p' } })).toEqual(['text', 'published', 'parent']);
    expect(versionChanges(base, { ...base, author: 'B', permalink: 'https://x/2' })).toEqual(['author', 'link']);
  });
});

describe('withAllVersions (what an export carries)', () => {
  it('adds every other version of a selected item where it stood, oldest first, each id once', async () => {
    const db = freshDb();
    const d = deps(db);
    const v1 = request('ask');
    const other = request('ask', { itemId: '3003' });
    const v2 = request('new-version', { text: 'ändrad' });
    for (const r of [v1, other, v2]) await captureItem(r.recordId, r, d);
    // Only the second version and the other item were selected.
    expect(await withAllVersions(db, [v2.recordId, other.recordId])).toEqual([v1.recordId, v2.recordId, other.recordId]);
    expect(await withAllVersions(db, [other.recordId, v1.recordId, v2.recordId])).toEqual([other.recordId, v1.recordId, v2.recordId]);
    expect(await withAllVersions(db, [other.recordId])).toEqual([other.recordId]);
  });
});
