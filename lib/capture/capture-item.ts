import type { CaptureRequest, CaptureResponse } from '../protocol';
import { selectionInInbox } from '../platforms/business-suite';
import { keyedSerialQueue } from '../serial';
import { createRecord, RecordStoreFailure } from '../records/create';
import type { RecordsDb } from '../records/db';
import { contentDigest, sha256Hex } from '../records/digests';
import { CaptureRecordSchema, RECORD_SCHEMA_VERSION, type CaptureRecord, type Profile, type ScreenshotMeta } from '../records/schema';
import { linkToVersions, versionChanges, versionNumber, versionsOfKey, type VersionLink } from '../records/versions';
import type { ScreenshotResult } from './screenshot-result';

export interface CaptureDeps {
  db: RecordsDb;
  /** Takes (or fails to take) the item's screenshot; never throws. */
  screenshot: () => Promise<ScreenshotResult>;
  profile: () => Promise<Profile>;
  now: () => Date;
}

/** platform + comment id, else platform + a digest of author and text (DESIGN.md decision 6). */
export async function itemKey(platform: string, reading: { itemId?: string; author: string; text: string }): Promise<string> {
  if (reading.itemId) return `${platform}:${reading.itemId}`;
  return `${platform}:h:${(await sha256Hex(`${reading.author}\n${reading.text}`)).slice(0, 32)}`;
}

/**
 * A text selection captured in Meta Business Suite's inbox, by the context menu or the shortcut
 * (both end here), gets what the inbox address says: the conversation's platform, the selected
 * item's id and a link back to it (lib/platforms/business-suite). Anything else is kept as sent.
 */
export function withInboxContext(request: CaptureRequest): CaptureRequest {
  if (request.reading.kind !== 'selection') return request;
  const inbox = selectionInInbox(request.pageUrl);
  if (!inbox) return request;
  const reading = { ...request.reading, unreadable: [...new Set([...(request.reading.unreadable ?? []), ...inbox.unreadable])] };
  if (inbox.itemId) reading.itemId = inbox.itemId;
  if (inbox.permalink) reading.permalink = inbox.permalink;
  return { ...request, platform: inbox.platform, reading };
}

/**
 * Stores one capture: record, screenshot and the first audit entry in one transaction, and
 * answers only after it committed (DESIGN.md decision 2). `recordId` comes from the overlay,
 * so a retry after a stopped service worker finds the record instead of storing it twice.
 */
export async function captureItem(recordId: string, sent: CaptureRequest, deps: CaptureDeps): Promise<CaptureResponse> {
  const request = withInboxContext(sent);
  const key = await itemKey(request.platform, request.reading);
  return oneAtATime(key, () => storeCapture(recordId, request, key, deps));
}

/**
 * Captures of one item run one after the other: each reads the item's stored versions, takes its
 * screenshot, and only then writes, so two at once (the button and the site's Delete) would both
 * count themselves the first, or both pass "already captured?". Every capture goes through the
 * background, so a chain per key in its memory is enough.
 */
const oneAtATime = keyedSerialQueue();

async function storeCapture(recordId: string, request: CaptureRequest, key: string, deps: CaptureDeps): Promise<CaptureResponse> {
  // Only a retry can find its record stored (the first attempt made a fresh id; a retry sent
  // while the first was still running finds it here, after waiting its turn).
  const existing = request.retry ? await deps.db.records.get(recordId) : undefined;
  if (existing) return responseFor(existing, existing.version ? await storedChanges(deps.db, existing) : undefined);
  const { reading } = request;
  // Issue 18: an item already stored is never captured again silently. Asked before the
  // screenshot, so a user who only wants to open the record costs no shot of the quota.
  const stored = await versionsOfKey(deps.db, key);
  if (stored.length > 0 && request.ifCaptured === 'ask') {
    const latest = stored[stored.length - 1]!;
    return { ok: false, error: 'already-captured', existing: { recordId: latest.id, versions: stored.length, capturedAt: latest.capturedAt } };
  }
  const link = linkToVersions(stored, reading);
  const [shot, profile] = await Promise.all([deps.screenshot(), deps.profile()]);
  const capturedAt = deps.now().toISOString();
  let screenshot: ScreenshotMeta;
  if (shot.status === 'ok') {
    screenshot = {
      status: 'ok',
      mime: 'image/png',
      width: shot.width,
      height: shot.height,
      bytes: shot.blob.size,
      sha256: await sha256Hex(shot.blob),
      ...(shot.doubt ? { doubt: shot.doubt } : {}),
    };
  } else {
    screenshot = shot;
  }

  const draft: Omit<CaptureRecord, 'contentSha256'> = {
    id: recordId,
    schemaVersion: RECORD_SCHEMA_VERSION,
    platform: request.platform,
    kind: reading.kind,
    key,
    pageUrl: request.pageUrl,
    author: reading.author,
    text: reading.text,
    unreadable: reading.unreadable ?? [],
    capturedAt,
    capturedBy: profile,
    screenshot,
    status: 'captured',
    ...(link ? { versionOf: link.versionOf, version: link.version } : {}),
  };
  // Optional fields only when present, so the digest does not depend on undefined keys.
  for (const key of ['permalink', 'itemId', 'authorUrl', 'publishedText', 'publishedAt', 'parent'] as const) {
    if (reading[key] !== undefined) Object.assign(draft, { [key]: reading[key] });
  }
  if (request.removal) draft.capturedOnRemoval = request.removal;
  if (request.classification) {
    const { category, flags, dueAt, guideOpened } = request.classification;
    Object.assign(draft, { category, flags }, dueAt ? { dueAt } : {}, guideOpened === undefined ? {} : { guideOpened });
  }
  const record = CaptureRecordSchema.parse({ ...draft, contentSha256: await contentDigest(draft as CaptureRecord) });

  try {
    await createRecord(deps.db, record, shot.status === 'ok' ? { screenshot: shot.blob } : {});
  } catch (error) {
    if (error instanceof RecordStoreFailure) return { ok: false, error: error.code, detail: error.detail };
    throw error;
  }
  return responseFor(record, link?.changes);
}

/** A retried version's changes, from the versions stored before it. */
async function storedChanges(db: RecordsDb, record: CaptureRecord): Promise<VersionLink['changes']> {
  const before = (await versionsOfKey(db, record.key)).filter((r) => versionNumber(r) < versionNumber(record));
  return before.length > 0 ? versionChanges(before[before.length - 1]!, record) : [];
}

function responseFor(record: CaptureRecord, changes?: VersionLink['changes']): CaptureResponse {
  const s = record.screenshot;
  return {
    ok: true,
    recordId: record.id,
    screenshot: s.status === 'ok' ? { status: 'ok', ...(s.doubt ? { doubt: s.doubt } : {}) } : { status: 'missing', reason: s.reason, ...(s.detail ? { detail: s.detail } : {}) },
    ...(record.version ? { version: { number: record.version, changes: changes ?? [] } } : {}),
  };
}
