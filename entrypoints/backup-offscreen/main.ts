import { writeBackup } from '../../lib/backup/write';
import { send } from '../../lib/protocol';
import { getDb } from '../../lib/records/db';

// Chromium's offscreen page for the scheduled backup (lib/background/scheduled-backup.ts): it
// makes the file, holds its blob URL, and the background saves it and closes this page.
void (async () => {
  const now = new Date();
  const out = await writeBackup(getDb(), now);
  const url = URL.createObjectURL(new Blob(out.chunks as BlobPart[], { type: 'application/zip' }));
  await send('scheduled-backup-file', { url, fileName: out.fileName, records: out.records, at: now.toISOString() });
})();
