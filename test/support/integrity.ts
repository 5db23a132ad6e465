// Issue 7: what "intact" means, checked on rows read raw from the browser's IndexedDB
// (test/support/store.mjs): every record's digest recomputes (lib/records/digests.ts), every
// record with a screenshot has it with the same SHA-256, every record has its capture audit
// entry, and nothing is left over (no screenshot or audit entry without its record).
import { contentDigest } from '../../lib/records/digests';
import type { CaptureRecord } from '../../lib/records/schema';

export interface RawStore {
  records: CaptureRecord[];
  screenshots: { recordId: string; sha256: string; png: boolean }[];
  audit: { recordId: string; to: string; from: string | null; note?: string }[];
}

/** Problems found, as sentences; empty when the store is whole. */
export async function integrityProblems(store: RawStore): Promise<string[]> {
  const problems: string[] = [];
  const ids = new Set(store.records.map((r) => r.id));
  const shots = new Map(store.screenshots.map((s) => [s.recordId, s]));
  for (const r of store.records) {
    if ((await contentDigest(r)) !== r.contentSha256) problems.push(`record ${r.id}: content digest does not verify`);
    if (r.screenshot.status === 'ok') {
      const shot = shots.get(r.id);
      if (!shot) problems.push(`record ${r.id}: screenshot missing`);
      else if (shot.sha256 !== r.screenshot.sha256) problems.push(`record ${r.id}: screenshot digest differs`);
    } else if (shots.has(r.id)) problems.push(`record ${r.id}: a screenshot row although marked missing`);
    if (!store.audit.some((a) => a.recordId === r.id && a.from === null && a.to === 'captured')) problems.push(`record ${r.id}: no capture audit entry`);
  }
  for (const s of store.screenshots) if (!ids.has(s.recordId)) problems.push(`screenshot ${s.recordId}: no record`);
  for (const a of store.audit) if (!ids.has(a.recordId)) problems.push(`audit entry for ${a.recordId}: no record`);
  return problems;
}
