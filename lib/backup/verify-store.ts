import type { RecordsDb } from '../records/db';
import { contentDigest, sha256Hex } from '../records/digests';

export interface StoreMismatch {
  recordId: string;
  kind: 'content' | 'screenshot' | 'screenshot-missing';
  expected: string;
  actual: string;
}

export interface StoreVerifyReport {
  records: number;
  screenshots: number;
  mismatches: StoreMismatch[];
}

/**
 * Recomputes the digest of every record and screenshot in the store and reports every
 * mismatch (not just the first). Screenshots are read one at a time, so memory stays flat.
 */
export async function verifyStore(db: RecordsDb, onProgress?: (done: number) => void): Promise<StoreVerifyReport> {
  const report: StoreVerifyReport = { records: 0, screenshots: 0, mismatches: [] };
  const ids = (await db.records.toCollection().primaryKeys()) as string[];
  for (const id of ids) {
    const record = await db.records.get(id);
    if (!record) continue;
    report.records++;
    const actual = await contentDigest(record);
    if (actual !== record.contentSha256) report.mismatches.push({ recordId: id, kind: 'content', expected: record.contentSha256, actual });
    if (record.screenshot.status === 'ok') {
      const row = await db.screenshots.get(id);
      if (!row) report.mismatches.push({ recordId: id, kind: 'screenshot-missing', expected: record.screenshot.sha256, actual: '' });
      else {
        report.screenshots++;
        const shot = await sha256Hex(row.blob);
        if (shot !== record.screenshot.sha256) report.mismatches.push({ recordId: id, kind: 'screenshot', expected: record.screenshot.sha256, actual: shot });
      }
    }
    if (onProgress && report.records % 200 === 0) onProgress(report.records);
  }
  return report;
}
