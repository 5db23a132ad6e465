import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { RecordsDb } from '../../../lib/records/db';
import { contentDigest } from '../../../lib/records/digests';
import type { CaptureRecord } from '../../../lib/records/schema';

/** The fixture of a version-1 database (test/fixtures/db/v1-rows.json). */
export const V1 = JSON.parse(readFileSync(new URL('../../fixtures/db/v1-rows.json', import.meta.url), 'utf8')) as {
  stores: Record<string, string>;
  records: CaptureRecord[];
  screenshots: { recordId: string; pngBase64: string }[];
  audit: { recordId: string; at: string; by: string; from: null; to: string }[];
};

export const ACTOR = { by: 'Eva Holm', now: new Date('2024-04-01T10:00:00.000Z') };

let n = 0;
/** A fresh, empty database under a unique name (fake-indexeddb). */
export function freshDb(): RecordsDb {
  return new RecordsDb(`test-${Date.now()}-${n++}`);
}

/** Writes the fixture rows into a database opened at version 1 exactly as the old code did, and closes it. */
export async function writeV1(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(V1.stores);
  await old.open();
  await old.table('records').bulkAdd(V1.records);
  await old.table('screenshots').bulkAdd(V1.screenshots.map((s) => ({ recordId: s.recordId, blob: new Blob([Buffer.from(s.pngBase64, 'base64')], { type: 'image/png' }) })));
  await old.table('audit').bulkAdd(V1.audit);
  old.close();
}

/** A valid record with a real digest; `patch` may change anything. */
export async function makeRecord(patch: Partial<CaptureRecord> = {}): Promise<CaptureRecord> {
  const base = { ...V1.records[1]!, id: crypto.randomUUID(), ...patch } as CaptureRecord;
  return { ...base, contentSha256: await contentDigest(base) };
}

export async function seed(db: RecordsDb, records: CaptureRecord[]): Promise<void> {
  await db.records.bulkAdd(records);
  await db.audit.bulkAdd(records.map((r) => ({ recordId: r.id, at: r.capturedAt, by: 'Eva Holm', from: null, to: 'captured' })));
}
