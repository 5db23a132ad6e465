import { unzipSync } from 'fflate';
import { contentDigest, sha256Hex } from '../records/digests';
import { BACKUP_FORMAT, BACKUP_JSON, BACKUP_VERSION, BackupSchema, type Backup } from './format';

/** Why a file is not restored; the UI words each code (i18n `queue.restore.error.*`). */
export type RestoreProblemCode =
  | 'not-zip'
  | 'truncated'
  | 'other-format'
  | 'newer-version'
  | 'older-version'
  | 'invalid'
  | 'screenshot-missing'
  | 'screenshot-digest'
  | 'content-digest';

export interface RestoreProblem {
  code: RestoreProblemCode;
  /** What exactly: a path in the JSON, a record id, a version number. */
  detail?: string;
}

export type ReadBackupResult = { ok: true; backup: Backup; screenshots: Map<string, Uint8Array>; archives: Map<string, Uint8Array> } | { ok: false; problem: RestoreProblem };

const isZipStart = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/**
 * Reads and checks a backup completely before anything is written: the zip, the format and
 * version, every field (zod), every screenshot against its digest, every record against its
 * content digest. The first problem found is returned, and the store is not touched.
 */
export async function readBackup(bytes: Uint8Array): Promise<ReadBackupResult> {
  const fail = (code: RestoreProblemCode, detail?: string): ReadBackupResult => ({ ok: false, problem: detail === undefined ? { code } : { code, detail } });
  if (!isZipStart(bytes)) return fail('not-zip');
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (e) {
    // A zip that starts right but cannot be read to the end was cut off (or damaged).
    return fail('truncated', String((e as Error)?.message ?? e).slice(0, 200));
  }
  const jsonBytes = entries[BACKUP_JSON];
  if (!jsonBytes) return fail('other-format');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(jsonBytes));
  } catch {
    return fail('other-format');
  }
  const head = (raw && typeof raw === 'object' ? raw : {}) as { format?: unknown; version?: unknown };
  if (head.format !== BACKUP_FORMAT) return fail('other-format');
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) return fail('newer-version', String(head.version));
  // Said as it is only when it is a plain value: String() of a deeply nested list overflows the stack.
  const shown = ['number', 'string', 'boolean'].includes(typeof head.version) ? String(head.version).slice(0, 40) : head.version === null ? 'null' : typeof head.version;
  if (head.version !== BACKUP_VERSION) return fail('older-version', shown);
  const parsed = BackupSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('invalid', `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
  }
  const backup = parsed.data;
  const screenshots = new Map<string, Uint8Array>();
  for (const s of backup.screenshots) {
    const file = entries[s.file];
    if (!file) return fail('screenshot-missing', s.recordId);
    if ((await sha256Hex(file)) !== s.sha256) return fail('screenshot-digest', s.recordId);
    screenshots.set(s.recordId, file);
  }
  const archives = new Map<string, Uint8Array>();
  for (const a of backup.archives) {
    const file = entries[a.file];
    if (!file) return fail('screenshot-missing', a.recordId);
    if ((await sha256Hex(file)) !== a.sha256) return fail('screenshot-digest', a.recordId);
    archives.set(a.recordId, file);
  }
  for (const r of backup.records) {
    if ((await contentDigest(r)) !== r.contentSha256) return fail('content-digest', r.id);
    if (r.screenshot.status === 'ok') {
      const shot = screenshots.get(r.id);
      if (shot && (await sha256Hex(shot)) !== r.screenshot.sha256) return fail('screenshot-digest', r.id);
    }
  }
  return { ok: true, backup, screenshots, archives };
}
