// Reads the extension's IndexedDB from one of its own pages, with the raw IndexedDB API (not
// our Dexie code), so the browser tests check what was really committed.

/** @param {import('playwright-core').Page} page an extension page (same origin as the store) */
export async function readStore(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open('kommentarsvakt');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = (store) =>
      new Promise((resolve, reject) => {
        if (!db.objectStoreNames.contains(store)) return resolve([]);
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const records = await all('records');
    const shots = await all('screenshots');
    const audit = await all('audit');
    const screenshots = [];
    for (const s of shots) {
      const bytes = new Uint8Array(await s.blob.arrayBuffer());
      const digest = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
      const view = new DataView(bytes.buffer);
      screenshots.push({
        recordId: s.recordId,
        type: s.blob.type,
        size: bytes.length,
        sha256: digest,
        png: bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47,
        width: view.getUint32(16),
        height: view.getUint32(20),
      });
    }
    db.close();
    return { records, screenshots, audit };
  });
}
