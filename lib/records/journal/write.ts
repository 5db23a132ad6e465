import type { CommitEvent } from '../commit-events';
import { canonicalJson, sha256Hex } from '../digests';
import type { AuditEntry, CaptureRecord } from '../schema';
import { JOURNAL_FORMAT, JOURNAL_VERSION, screenshotName, stampName, type Envelope } from './format';
import { folder, writeNew } from './opfs';

async function envelope(kind: Envelope['kind'], body: unknown): Promise<string> {
  const json = canonicalJson(body);
  return JSON.stringify({ format: JOURNAL_FORMAT, version: JOURNAL_VERSION, kind, sha256: await sha256Hex(json), body: JSON.parse(json) as unknown } satisfies Envelope);
}

const withoutSeq = ({ seq: _seq, ...entry }: AuditEntry) => entry;

async function writeEvent(recordDir: FileSystemDirectoryHandle, record: CaptureRecord, audit: AuditEntry): Promise<void> {
  const events = await folder(recordDir, 'events');
  const entry = withoutSeq(audit);
  await writeNew(events, stampName(audit.at, audit.seq, await sha256Hex(canonicalJson(entry))), await envelope('event', { audit: entry, record }));
}

/**
 * Writes what the store committed into the journal (./format.ts). A new record's files come
 * first and record.json, which makes the folder a record, last; a disposal writes its log line
 * before it removes the record's folder.
 */
export async function writeJournal(root: FileSystemDirectoryHandle, events: readonly CommitEvent[]): Promise<void> {
  const records = await folder(root, 'records');
  for (const event of events) {
    if (event.kind === 'created') {
      const dir = await folder(records, event.record.id);
      if (event.screenshot) await writeNew(dir, screenshotName(event.screenshot.type), event.screenshot);
      if (event.pageArchive) await writeNew(dir, 'page.mhtml', event.pageArchive);
      for (const audit of event.audit) await writeEvent(dir, event.record, audit);
      await writeNew(dir, 'record.json', await envelope('record', event.record));
    } else if (event.kind === 'changed') {
      await writeEvent(await folder(records, event.record.id), event.record, event.audit);
    } else {
      const disposals = await folder(root, 'disposals');
      for (const entry of event.entries) {
        const { seq: _seq, ...line } = entry;
        await writeNew(disposals, stampName(entry.at, entry.seq, await sha256Hex(canonicalJson(line))), await envelope('disposal', line));
        await records.removeEntry(entry.recordId, { recursive: true }).catch(() => undefined);
      }
    }
  }
}
