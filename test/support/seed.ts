// Writes records (with their capture audit entry and screenshot) straight into the extension's
// IndexedDB from one of its pages, with the raw API, as the store would hold them.
import type { Page } from 'playwright-core';
import type { CaptureRecord } from '../../lib/records/schema';

export async function writeRows(page: Page, records: CaptureRecord[], shots: Record<string, number[]> = {}): Promise<void> {
  await page.evaluate(
    async ({ records, shots }) => {
      const db = await new Promise<IDBDatabase>((ok) => (indexedDB.open('kommentarsvakt').onsuccess = (e) => ok((e.target as IDBOpenDBRequest).result)));
      const tx = db.transaction(['records', 'audit', 'screenshots'], 'readwrite');
      for (const r of records) {
        tx.objectStore('records').put(r);
        tx.objectStore('audit').add({ recordId: r.id, at: r.capturedAt, by: 'Eva Holm', from: null, to: 'captured' });
        const png = shots[r.id];
        if (png) tx.objectStore('screenshots').put({ recordId: r.id, blob: new Blob([new Uint8Array(png)], { type: 'image/png' }) });
      }
      await new Promise((ok, fail) => ((tx.oncomplete = ok), (tx.onerror = () => fail(tx.error))));
      db.close();
    },
    { records, shots },
  );
}
