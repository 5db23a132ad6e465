// Writes records (with their capture audit entry and screenshot) straight into the extension's
// IndexedDB from one of its pages, with the raw API, as the store would hold them.
import type { Page } from 'playwright-core';
import type { CaptureRecord } from '../../lib/records/schema';
import { makePng, makeRecord } from '../lib/export/fixtures';

export async function writeRows(page: Page, records: CaptureRecord[], shots: Record<string, number[]> = {}): Promise<void> {
  await page.evaluate(
    async ({ records, shots }) => {
      const db = await new Promise<IDBDatabase>((ok) => (indexedDB.open('kommentarsvakt').onsuccess = (e) => ok((e.target as IDBOpenDBRequest).result)));
      const tx = db.transaction(['records', 'audit', 'screenshots'], 'readwrite');
      for (const r of records) {
        tx.objectStore('records').put(r);
        tx.objectStore('audit').add({ recordId: r.id, at: r.capturedAt, by: 'Eva Holm', from: null, to: r.status });
        const png = shots[r.id];
        if (png) tx.objectStore('screenshots').put({ recordId: r.id, blob: new Blob([new Uint8Array(png)], { type: 'image/png' }) });
      }
      await new Promise((ok, fail) => ((tx.oncomplete = ok), (tx.onerror = () => fail(tx.error))));
      db.close();
    },
    { records, shots },
  );
}

/** Records 1…count, each with a screenshot of noise (`width`×`height`, its own seed), written into the store from `page`. */
export async function seedNumbered(page: Page, count: number, width: number, height: number): Promise<CaptureRecord[]> {
  const records: CaptureRecord[] = [];
  const shots: Record<string, number[]> = {};
  for (let n = 1; n <= count; n++) {
    const png = makePng(width, height, { noise: true, seed: n });
    records.push(await makeRecord(n, {}, png));
    shots[records[n - 1]!.id] = Array.from(png);
  }
  await writeRows(page, records, shots);
  return records;
}
