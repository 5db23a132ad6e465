import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { RecordsDb } from '../../../lib/records/db';
import { batchedBlobs, runExport } from '../../../lib/export/run';
import { verifyPackage } from '../../../lib/export/verify';
import type { CaptureRecord } from '../../../lib/records/schema';
import { EXPORTED_AT, PROFILE, auditFor, makePng, makeRecord } from './fixtures';

// runExport over a store (fake-indexeddb): screenshots read in batches, the zip through the
// memory sink (Node has no OPFS) and PDFs in this thread (no Worker): the fallbacks of the
// browser's path, which test/e2e/export.e2e.ts and npm run bench exercise in Chromium.

let n = 0;
async function storeWith(count: number): Promise<{ db: RecordsDb; records: CaptureRecord[] }> {
  const db = new RecordsDb(`run-test-${Date.now()}-${n++}`, { guard: false });
  const records: CaptureRecord[] = [];
  for (let i = 1; i <= count; i++) {
    const png = i % 5 === 0 ? undefined : makePng(12, 8, { seed: i });
    const record = await makeRecord(i, { author: `Författare ${i}` }, png);
    records.push(record);
    await db.records.add(record);
    await db.audit.bulkAdd(auditFor(record).map(({ seq: _seq, ...entry }) => entry));
    if (png) await db.screenshots.add({ recordId: record.id, blob: new Blob([png as BlobPart], { type: 'image/png' }) });
  }
  return { db, records };
}

describe('batchedBlobs', () => {
  it('reads rows a batch at a time, one batch ahead, in the order asked', async () => {
    const ids = Array.from({ length: 70 }, (_, i) => `id-${i}`);
    const reads: string[][] = [];
    const load = batchedBlobs(ids, (batch) => {
      reads.push(batch);
      return Promise.resolve(batch.map((id) => (id === 'id-3' ? undefined : { blob: new Blob([id]) })));
    });
    const got: (string | undefined)[] = [];
    for (const id of ids) {
      const bytes = await load(id);
      got.push(bytes && new TextDecoder().decode(bytes));
    }
    expect(got).toEqual(ids.map((id) => (id === 'id-3' ? undefined : id)));
    expect(reads.map((r) => r.length)).toEqual([32, 32, 6]);
    expect(await load('elsewhere')).toBeUndefined();
  });

  it('passes a failed read to whoever asks for that batch', async () => {
    const load = batchedBlobs(['a', 'b'], () => Promise.reject(new Error('store read failed')));
    await expect(load('a')).rejects.toThrow('store read failed');
  });
});

describe('runExport (memory sink, PDFs in this thread)', () => {
  it('E-ARK: a package of 70 records whose every checksum verifies, screenshots from the store', async () => {
    const { db, records } = await storeWith(70);
    const progress: number[] = [];
    const file = await runExport(
      db,
      records.map((r) => r.id),
      'eark',
      { exportedBy: PROFILE, now: EXPORTED_AT, onProgress: (done) => progress.push(done) },
    );
    expect(file.mime).toBe('application/zip');
    expect(file.warnings).toEqual([]);
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    expect(file.size).toBe(bytes.length);
    const report = await verifyPackage(bytes);
    expect(report.problems).toEqual([]);
    expect(report.checkedRecords).toBe(70);
    const names = Object.keys(unzipSync(bytes));
    expect(names.filter((f) => f.endsWith('.png'))).toHaveLength(56);
    // Records in the order selected.
    const pdfs = names.filter((f) => f.endsWith('.pdf')).map((f) => f.slice(-40, -4));
    expect(pdfs).toEqual(records.map((r) => r.id));
    expect(progress.at(-1)).toBe(70);
    await file.release();
  }, 60_000);

  it('fails on a screenshot the store cannot read back, and returns no file', async () => {
    const { db, records } = await storeWith(3);
    await db.screenshots.put({ recordId: records[1]!.id, blob: 'trasig' as unknown as Blob });
    await expect(runExport(db, records.map((r) => r.id), 'eark', { exportedBy: PROFILE, now: EXPORTED_AT })).rejects.toThrow();
    await expect(runExport(db, records.map((r) => r.id), 'pdf', { exportedBy: PROFILE, now: EXPORTED_AT })).rejects.toThrow();
  });

  it('PDF zip: one stored PDF per record', async () => {
    const { db, records } = await storeWith(4);
    const file = await runExport(db, records.map((r) => r.id), 'pdf', { exportedBy: PROFILE, now: EXPORTED_AT });
    const files = unzipSync(new Uint8Array(await file.blob.arrayBuffer()));
    // <date>_<platform>_<author>_<id> (no diarienummer yet), the date in Stockholm time.
    expect(Object.keys(files)).toEqual(records.map((r) => `2024-03-05_facebook_${r.author.replace(/ /g, '-')}_${r.id}.pdf`));
    for (const pdf of Object.values(files)) expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
  });
});
