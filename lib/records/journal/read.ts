import { canonicalJson, sha256Hex, verifyRecord } from '../digests';
import type { DisposalEntry } from '../disposal-log';
import { CaptureRecordSchema, type AuditEntry, type CaptureRecord } from '../schema';
import { DisposalBodySchema, EnvelopeSchema, EventBodySchema, JOURNAL_VERSION, RECORD_DIR, screenshotName, type Envelope } from './format';
import { list } from './opfs';

/** One record as the journal has it: its latest state, its trail in order, and its files. */
export interface JournalRecord {
  record: CaptureRecord;
  audit: AuditEntry[];
  screenshot?: Blob;
  pageArchive?: Blob;
  /** What is missing or does not verify: the record is restored, but never shown as whole. */
  incomplete: ('screenshot' | 'page' | 'captured-entry')[];
}

/** A file or folder the journal cannot use: named, never restored. */
export interface JournalProblem {
  path: string;
  problem: 'unreadable' | 'not-ours' | 'newer' | 'digest' | 'record';
}

export interface JournalContents {
  records: JournalRecord[];
  disposals: Omit<DisposalEntry, 'seq'>[];
  problems: JournalProblem[];
}

type Checked = { ok: true; body: unknown; kind: Envelope['kind'] } | { ok: false; problem: JournalProblem['problem'] };

/** Reads one envelope: ours, not newer, and the body's digest matches. */
async function open(file: FileSystemFileHandle): Promise<Checked> {
  let raw: unknown;
  try {
    raw = JSON.parse(await (await file.getFile()).text());
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  const env = EnvelopeSchema.safeParse(raw);
  if (!env.success) return { ok: false, problem: 'not-ours' };
  if (env.data.version > JOURNAL_VERSION) return { ok: false, problem: 'newer' };
  if ((await sha256Hex(canonicalJson(env.data.body))) !== env.data.sha256) return { ok: false, problem: 'digest' };
  return { ok: true, body: env.data.body, kind: env.data.kind };
}

async function fileWithDigest(files: Map<string, FileSystemFileHandle>, name: string, sha256: string): Promise<Blob | undefined> {
  const handle = files.get(name);
  if (!handle) return undefined;
  try {
    const file = await handle.getFile();
    return (await sha256Hex(file)) === sha256 ? file : undefined;
  } catch {
    return undefined;
  }
}

async function readRecord(id: string, dir: FileSystemDirectoryHandle, problems: JournalProblem[]): Promise<JournalRecord | undefined> {
  const { files, folders } = await list(dir);
  const path = `records/${id}`;
  let captured: CaptureRecord | undefined;
  const recordFile = files.get('record.json');
  if (recordFile) {
    const checked = await open(recordFile);
    const parsed = checked.ok && checked.kind === 'record' ? CaptureRecordSchema.safeParse(checked.body) : undefined;
    if (!checked.ok) problems.push({ path: `${path}/record.json`, problem: checked.problem });
    else if (parsed?.success && parsed.data.id === id && (await verifyRecord(parsed.data))) captured = parsed.data;
    else problems.push({ path: `${path}/record.json`, problem: 'record' });
  }
  // Events in the order they were committed (their names sort so).
  const events = folders.get('events') ? [...(await list(folders.get('events')!)).files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : [];
  const audit: AuditEntry[] = [];
  let latest = captured;
  for (const [name, handle] of events) {
    const checked = await open(handle);
    const parsed = checked.ok && checked.kind === 'event' ? EventBodySchema.safeParse(checked.body) : undefined;
    if (!checked.ok) problems.push({ path: `${path}/events/${name}`, problem: checked.problem });
    // An event is this record's only if it names it and carries the same captured content.
    else if (!parsed?.success || parsed.data.audit.recordId !== id || parsed.data.record.id !== id || (captured && parsed.data.record.contentSha256 !== captured.contentSha256) || !(await verifyRecord(parsed.data.record))) {
      problems.push({ path: `${path}/events/${name}`, problem: 'record' });
    } else {
      audit.push(parsed.data.audit);
      latest = parsed.data.record;
    }
  }
  if (!latest) return undefined;
  const out: JournalRecord = { record: latest, audit, incomplete: [] };
  if (!audit.some((a) => a.from === null)) out.incomplete.push('captured-entry');
  const shot = latest.screenshot;
  if (shot.status === 'ok') {
    const blob = await fileWithDigest(files, screenshotName(shot.mime), shot.sha256);
    if (blob) out.screenshot = new Blob([blob], { type: shot.mime });
    else out.incomplete.push('screenshot');
  }
  const mhtml = latest.page?.mhtml;
  if (mhtml) {
    const blob = await fileWithDigest(files, 'page.mhtml', mhtml.sha256);
    if (blob) out.pageArchive = new Blob([blob], { type: 'multipart/related' });
    else out.incomplete.push('page');
  }
  return out;
}

/** Everything the journal holds that verifies, and a list of what does not. Never throws. */
export async function readJournal(root: FileSystemDirectoryHandle): Promise<JournalContents> {
  const out: JournalContents = { records: [], disposals: [], problems: [] };
  const top = await list(root);
  const records = top.folders.get('records');
  if (records) {
    for (const [name, dir] of (await list(records)).folders) {
      if (!RECORD_DIR.test(name)) {
        out.problems.push({ path: `records/${name}`, problem: 'not-ours' });
        continue;
      }
      const read = await readRecord(name, dir, out.problems);
      if (read) out.records.push(read);
    }
  }
  const disposals = top.folders.get('disposals');
  if (disposals) {
    for (const [name, handle] of (await list(disposals)).files) {
      const checked = await open(handle);
      const parsed = checked.ok && checked.kind === 'disposal' ? DisposalBodySchema.safeParse(checked.body) : undefined;
      if (!checked.ok) out.problems.push({ path: `disposals/${name}`, problem: checked.problem });
      else if (parsed?.success) out.disposals.push(parsed.data);
      else out.problems.push({ path: `disposals/${name}`, problem: 'not-ours' });
    }
  }
  const disposed = new Set(out.disposals.map((d) => d.recordId));
  out.records = out.records.filter((r) => !disposed.has(r.record.id));
  return out;
}
