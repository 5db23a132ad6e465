import canonicalize from 'canonicalize';
import type { CaptureRecord } from './schema';

/** Fields that are the handling of a record, not what was captured: they change later. */
export type HandlingField = 'id' | 'contentSha256' | 'status' | 'category' | 'flags' | 'dueAt' | 'guideOpened' | 'diarienummer' | 'removalReasons' | 'action' | 'notes' | 'exportedAt';

/** The same list at run time: contentOf() drops exactly these. */
export const HANDLING_FIELDS: readonly HandlingField[] = ['id', 'contentSha256', 'status', 'category', 'flags', 'dueAt', 'guideOpened', 'diarienummer', 'removalReasons', 'action', 'notes', 'exportedAt'];

/** The fields a record's digest covers: everything captured, nothing that changes later. */
export type RecordContent = Omit<CaptureRecord, HandlingField>;

export function contentOf(record: CaptureRecord | RecordContent): RecordContent {
  const content: Record<string, unknown> = { ...record };
  for (const field of HANDLING_FIELDS) delete content[field];
  return content as RecordContent;
}

/**
 * Lone surrogates are not Unicode (and RFC 8785 refuses them); hostile comments can carry them.
 * The digest covers the text with each one as U+FFFD, the same way every export writes it.
 */
function wellFormed(value: unknown): unknown {
  if (typeof value === 'string') return value.toWellFormed();
  if (Array.isArray(value)) return value.map(wellFormed);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.toWellFormed(), wellFormed(v)]));
  return value;
}

/** RFC 8785 canonical JSON, so the same content always hashes to the same digest. */
export function canonicalJson(value: unknown): string {
  const json = canonicalize(wellFormed(value));
  if (json === undefined) throw new Error('Cannot canonicalize value');
  return json;
}

export async function sha256Hex(data: string | ArrayBuffer | Uint8Array | Blob): Promise<string> {
  let bytes: ArrayBuffer | Uint8Array;
  if (typeof data === 'string') bytes = new TextEncoder().encode(data);
  else if (data instanceof Blob) bytes = await data.arrayBuffer();
  else bytes = data;
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function contentDigest(record: CaptureRecord | RecordContent): Promise<string> {
  return sha256Hex(canonicalJson(contentOf(record)));
}

/** Recomputes a record's digest; true when it still matches what was stored at capture. */
export async function verifyRecord(record: CaptureRecord): Promise<boolean> {
  return (await contentDigest(record)) === record.contentSha256;
}
