import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

/**
 * What the journal's rebuild put back (lib/records/journal/restore.ts), until the user has read it.
 * @param {import('playwright-core').Page} page an extension page
 */
export async function readJournalRestore(page) {
  return page.evaluate(async () => (await chrome.storage.local.get('kv.journal.restored:kommentarsvakt'))['kv.journal.restored:kommentarsvakt']);
}

/**
 * What the store guard (lib/records/store-guard.ts) keeps in storage.local: the marker
 * (`kv.store.marker:<db>`) and a loss not yet read by the user (`kv.store.loss:<db>`).
 * @param {import('playwright-core').Page} page an extension page
 */
export async function readGuard(page) {
  return page.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('kv.store.')));
  });
}

/**
 * Leaves the extension's IndexedDB log as a SIGKILL between two fragments of one LevelDB log
 * record leaves it: cut right after the last FIRST fragment (log format: 32 KiB blocks, 7-byte
 * record headers: checksum, length, type; type 2 = FIRST). Chromium reads such a store whole at
 * the next start, appends after the partial record, and at the start after that finds it
 * corrupt ("partial record") and deletes it. Returns the bytes cut, or 0 if the log held no
 * fragmented record. The browser must be closed.
 * @param {string} userDataDir
 */
export function tearLevelDbLog(userDataDir) {
  const idb = join(userDataDir, 'Default', 'IndexedDB');
  const leveldb = readdirSync(idb).find((f) => f.startsWith('chrome-extension_') && f.endsWith('.leveldb'));
  if (!leveldb) return 0;
  const logs = readdirSync(join(idb, leveldb)).filter((f) => f.endsWith('.log')).sort();
  if (logs.length === 0) return 0;
  const path = join(idb, leveldb, logs[logs.length - 1]);
  const log = readFileSync(path);
  let end = 0;
  for (let pos = 0; pos + 7 <= log.length; ) {
    const left = 32768 - (pos % 32768);
    if (left < 7) {
      pos += left;
      continue;
    }
    const length = log.readUInt16LE(pos + 4);
    if (log[pos + 6] === 2) end = pos + 7 + length;
    pos += 7 + length;
  }
  if (end === 0 || end >= log.length) return 0;
  writeFileSync(path, log.subarray(0, end));
  return log.length - end;
}
