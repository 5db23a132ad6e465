import { createRecord, RecordStoreFailure } from '../records/create';
import type { RecordsDb } from '../records/db';
import { contentDigest, sha256Hex } from '../records/digests';
import { CaptureRecordSchema, RECORD_SCHEMA_VERSION, type CaptureRecord, type PageCaptureMeta, type Profile } from '../records/schema';
import type { FullPageShot } from './chromium';
import { PageCaptureFailure } from './failure';
import { platformOfUrl } from '../platforms/platform-of-url';

export interface PageShotInput {
  recordId: string;
  shot: FullPageShot;
  method: PageCaptureMeta['method'];
  mhtml?: Blob;
  profile: Profile;
  capturedAt: Date;
}

/** The record of a full-page screenshot: URL, time, who, dimensions and digests (image and MHTML). */
export async function pageShotRecord(input: PageShotInput): Promise<CaptureRecord> {
  const { shot } = input;
  const page: PageCaptureMeta = {
    title: shot.first.title.slice(0, 2000),
    method: input.method,
    pageWidth: shot.first.scrollWidth,
    pageHeight: shot.first.scrollHeight,
    viewportWidth: shot.first.clientWidth,
    viewportHeight: shot.first.clientHeight,
    devicePixelRatio: shot.first.devicePixelRatio,
    slices: shot.slices,
    truncated: shot.truncated,
  };
  if (input.mhtml && input.mhtml.size > 0) page.mhtml = { bytes: input.mhtml.size, sha256: await sha256Hex(input.mhtml) };
  const platform = platformOfUrl(shot.first.url);
  const draft: Omit<CaptureRecord, 'contentSha256'> = {
    id: input.recordId,
    schemaVersion: RECORD_SCHEMA_VERSION,
    platform,
    kind: 'page-screenshot',
    key: `${platform}:page:${input.recordId}`,
    pageUrl: shot.first.url.slice(0, 8000),
    // The page's title stands where an item's author would: it names what is pictured.
    author: page.title.slice(0, 1000),
    text: '',
    unreadable: [],
    capturedAt: input.capturedAt.toISOString(),
    capturedBy: input.profile,
    screenshot: { status: 'ok', mime: 'image/png', width: shot.width, height: shot.height, bytes: shot.png.size, sha256: await sha256Hex(shot.png) },
    status: 'captured',
    page,
  };
  return CaptureRecordSchema.parse({ ...draft, contentSha256: await contentDigest(draft as CaptureRecord) });
}

/**
 * Stores the record, the image, the MHTML copy and the first audit entry in one transaction:
 * either all of it is committed, or nothing is (no half capture stored as complete).
 */
export async function commitPageShot(db: RecordsDb, record: CaptureRecord, png: Blob, mhtml: Blob | undefined): Promise<void> {
  try {
    await createRecord(db, record, { screenshot: png, ...(mhtml && record.page?.mhtml ? { pageArchive: mhtml } : {}), auditNote: 'Helsidesbild' });
  } catch (error) {
    throw error instanceof RecordStoreFailure ? new PageCaptureFailure(error.code, error.detail) : error;
  }
}
