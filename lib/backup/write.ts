import type { RecordsDb } from '../records/db';
import { fileStamp } from '../export/fileStamp';
import { openZipStream } from '../export/zipStream';
import { sha256Hex } from '../records/digests';
import { BACKUP_FORMAT, BACKUP_JSON, BACKUP_VERSION, type Backup } from './format';

/**
 * Writes the whole store as one zip (./format.ts). Screenshots are read and zipped one at a
 * time; the chunks are only turned into a file by the caller once everything succeeded, so a
 * failure half-way never leaves a partial backup that looks complete.
 */
export async function writeBackup(db: RecordsDb, now: Date): Promise<{ chunks: Uint8Array[]; fileName: string; records: number }> {
  const chunks: Uint8Array[] = [];
  const zip = openZipStream((chunk) => {
    chunks.push(chunk);
  }, now);

  const backup: Backup = await db.transaction('r', [db.records, db.audit, db.disposals, db.channels], async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now.toISOString(),
    records: await db.records.toArray(),
    audit: (await db.audit.orderBy('seq').toArray()).map(({ seq: _seq, ...rest }) => rest),
    disposals: (await db.disposals.orderBy('seq').toArray()).map(({ seq: _seq, ...rest }) => rest),
    screenshots: [],
    channels: await db.channels.toArray(),
    archives: [],
  }));
  for (const record of backup.records) {
    if (record.screenshot.status !== 'ok') continue;
    const row = await db.screenshots.get(record.id);
    if (!row) continue;
    const bytes = new Uint8Array(await row.blob.arrayBuffer());
    const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
    const file = `screenshots/${record.id}.${jpeg ? 'jpg' : 'png'}`;
    await zip.add(file, bytes, true);
    backup.screenshots.push({ recordId: record.id, file, type: jpeg ? 'image/jpeg' : 'image/png', sha256: await sha256Hex(bytes) });
  }
  for (const row of await db.pageArchives.toArray()) {
    const bytes = new Uint8Array(await row.blob.arrayBuffer());
    const file = `archives/${row.recordId}.mhtml`;
    await zip.add(file, bytes, false);
    backup.archives.push({ recordId: row.recordId, file, sha256: await sha256Hex(bytes) });
  }
  await zip.add(BACKUP_JSON, new TextEncoder().encode(JSON.stringify(backup)), false);
  await zip.end();
  return { chunks, fileName: `kommentarsvakt-sakerhetskopia-${fileStamp(now)}.zip`, records: backup.records.length };
}
