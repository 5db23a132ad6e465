import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { RecordsDb } from '../../../lib/records/db';
import { contentDigest, sha256Hex } from '../../../lib/records/digests';
import { CURRENT_STORE_VERSION, STORE_VERSIONS } from '../../../lib/records/migrations';
import { CaptureRecordSchema } from '../../../lib/records/schema';
import { V1, writeV1 } from './helpers';

describe('records store: upgrade from version 1 to 2', () => {
  it('keeps every record, screenshot and audit entry of a version-1 database unchanged', async () => {
    const name = `v1-upgrade-${Date.now()}`;
    await writeV1(name);
    const db = new RecordsDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_STORE_VERSION);
    expect(CURRENT_STORE_VERSION).toBe(3);

    const records = await db.records.orderBy('capturedAt').toArray();
    expect(records).toEqual(V1.records);
    for (const r of records) {
      expect(CaptureRecordSchema.parse(r)).toEqual(r);
      expect(await contentDigest(r)).toBe(r.contentSha256);
    }
    const shots = await db.screenshots.toArray();
    expect(shots).toHaveLength(V1.screenshots.length);
    for (const s of shots) {
      const record = records.find((r) => r.id === s.recordId)!;
      expect(record.screenshot.status === 'ok' && record.screenshot.sha256).toBe(await sha256Hex(s.blob));
    }
    const audit = await db.audit.orderBy('seq').toArray();
    expect(audit.map(({ seq: _seq, ...rest }) => rest)).toEqual(V1.audit);
    db.close();
  });

  it('has the new indexes and the disposal log after the upgrade', async () => {
    const name = `v1-indexes-${Date.now()}`;
    await writeV1(name);
    const db = new RecordsDb(name);
    expect((await db.records.where('category').equals('praise').toArray()).map((r) => r.author)).toEqual(['Ahmed Yusuf']);
    expect(await db.records.where('status').equals('captured').count()).toBe(3);
    expect(await db.records.where('dueAt').below('2025-01-01T00:00:00.000Z').count()).toBe(1);
    expect(await db.records.where('diarienummer').equals('x').count()).toBe(0);
    expect(await db.disposals.count()).toBe(0);
    db.close();
  });

  it('digests do not cover the handling fields of issue 5', async () => {
    const r = V1.records[0]!;
    const handled = { ...r, status: 'registered' as const, diarienummer: 'KS 2024/1', removalReasons: ['profanity'], action: 'register' as const, notes: 'x', exportedAt: '2024-04-01T00:00:00.000Z' };
    expect(await contentDigest(handled)).toBe(r.contentSha256);
  });
});

describe('records store: upgrade from version 2 to 3', () => {
  it('keeps every record, handling field, screenshot, audit entry and disposal of a version-2 database', async () => {
    const V2 = JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/db/v2-rows.json', import.meta.url)), 'utf8'));
    const name = `v2-upgrade-${Date.now()}`;
    const old = new Dexie(name);
    // Version 2 as it was declared then: the numbered entries of STORE_VERSIONS up to 2.
    for (const v of STORE_VERSIONS.filter((v) => v.version <= 2)) old.version(v.version).stores(v.stores);
    await old.open();
    await old.table('records').bulkAdd(V2.records);
    await old.table('screenshots').bulkAdd(V2.screenshots.map((s: { recordId: string; pngBase64: string }) => ({ recordId: s.recordId, blob: new Blob([Buffer.from(s.pngBase64, 'base64')], { type: 'image/png' }) })));
    await old.table('audit').bulkAdd(V2.audit);
    await old.table('disposals').bulkAdd(V2.disposals);
    old.close();

    const db = new RecordsDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    const records = await db.records.orderBy('capturedAt').toArray();
    expect(records).toEqual(V2.records);
    for (const r of records) {
      expect(CaptureRecordSchema.parse(r)).toEqual(r);
      expect(await contentDigest(r)).toBe(r.contentSha256);
    }
    expect(await db.records.where('diarienummer').equals('KS 2024/117').count()).toBe(1);
    expect((await db.audit.orderBy('seq').toArray()).map(({ seq: _seq, ...rest }) => rest)).toEqual(V2.audit);
    expect((await db.disposals.toArray()).map(({ seq: _seq, ...rest }) => rest)).toEqual(V2.disposals);
    expect(await db.screenshots.count()).toBe(V2.screenshots.length);
    // The tables of version 3 are there, empty, and the kind index answers.
    expect(await db.channels.count()).toBe(0);
    expect(await db.pageArchives.count()).toBe(0);
    expect(await db.records.where('kind').equals('comment').count()).toBe(records.filter((r) => r.kind === 'comment').length);
    db.close();
  });
});
