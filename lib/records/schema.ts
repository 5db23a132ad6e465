import { z } from 'zod';
import { CATEGORY_IDS } from '../guide/schema';
import { READING_LIMITS } from '../platforms/reading';
import { PLATFORMS } from '../platforms/types';
import { SCREENSHOT_DOUBT_REASONS, SCREENSHOT_MISSING_REASONS } from './screenshot-reasons';
import { SITE_REMOVALS } from './site-removals';

/** Version of the record shape. Bump it with a numbered migration in ./migrations.ts. */
export const RECORD_SCHEMA_VERSION = 1;

const isoDate = z.iso.datetime({ offset: true });
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const ProfileSchema = z.object({
  name: z.string().max(200),
  title: z.string().max(200),
  unit: z.string().max(200),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const ParentSchema = z.object({
  author: z.string().max(1000).optional(),
  text: z.string().max(200_000).optional(),
  /** The same bound as the capture message's (lib/platforms/reading.ts). */
  permalink: z.string().max(READING_LIMITS.parentPermalink).optional(),
});

/** Why a screenshot is missing, as a code the UI turns into words (i18n `screenshotMissing.*`). */
export { SCREENSHOT_MISSING_REASONS } from './screenshot-reasons';

/**
 * A screenshot that could not be made clean (issue 18): kept, and marked "may be obscured" with
 * what lay over the item, never silently. Part of what was captured, so the digest covers it.
 */
export const ScreenshotDoubtSchema = z.object({
  reasons: z.array(z.enum(SCREENSHOT_DOUBT_REASONS)).min(1).max(SCREENSHOT_DOUBT_REASONS.length),
  /** Share of the item's area found covered by something else, in whole percent. */
  coveredPercent: z.number().int().min(0).max(100).optional(),
  /** What lay over it, as the page names it (tag, role, label): untrusted, shown as text only. */
  detail: z.string().max(2000).optional(),
});
export type ScreenshotDoubt = z.infer<typeof ScreenshotDoubtSchema>;

export const ScreenshotMetaSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    mime: z.enum(['image/png', 'image/jpeg']),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    bytes: z.number().int().positive(),
    sha256: sha256Hex,
    doubt: ScreenshotDoubtSchema.optional(),
  }),
  z.object({
    status: z.literal('missing'),
    reason: z.enum(SCREENSHOT_MISSING_REASONS),
    detail: z.string().max(2000).optional(),
  }),
]);
export type ScreenshotMeta = z.infer<typeof ScreenshotMetaSchema>;

/**
 * A full-page screenshot (issue 6): the page's size in CSS pixels, how many viewport slices were
 * stitched, and the single-file copy of the page (MHTML, Chromium only) stored beside it.
 */
export const PageCaptureMetaSchema = z.object({
  title: z.string().max(2000),
  method: z.enum(['scroll-stitch', 'capture-tab']),
  pageWidth: z.number().int().nonnegative(),
  pageHeight: z.number().int().nonnegative(),
  viewportWidth: z.number().int().positive(),
  viewportHeight: z.number().int().positive(),
  devicePixelRatio: z.number().positive(),
  slices: z.number().int().nonnegative(),
  /** True when the page was taller than one image may be: the image holds its top part. */
  truncated: z.boolean(),
  mhtml: z.object({ bytes: z.number().int().positive(), sha256: sha256Hex }).optional(),
});
export type PageCaptureMeta = z.infer<typeof PageCaptureMetaSchema>;

/**
 * A record's life (lib/records/statuses.ts has the allowed transitions): captured → registered
 * (has a diarienummer) / forwarded / removed-from-site / kept → disposed (gallrad).
 */
export const RECORD_STATUSES = ['captured', 'registered', 'forwarded', 'removed-from-site', 'kept', 'disposed'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** What the administrator decided to do with a capture (SPEC: register, forward, or keep). */
export const RECORD_ACTIONS = ['register', 'forward', 'keep'] as const;
export type RecordAction = (typeof RECORD_ACTIONS)[number];

export { SITE_REMOVALS, type SiteRemoval } from './site-removals';

/** One captured item: what the page showed, who captured it, when, and its digests. */
export const CaptureRecordSchema = z.object({
  id: z.uuid(),
  schemaVersion: z.literal(RECORD_SCHEMA_VERSION),
  platform: z.enum(PLATFORMS),
  /** 'page-screenshot': a full-page screenshot of a channel page (issue 6, §1.6), with `page`. */
  kind: z.enum(['post', 'comment', 'reply', 'selection', 'page-screenshot']),
  /** platform + comment id, else platform + digest of author and text: never a DOM node. */
  key: z.string().min(1).max(500),
  pageUrl: z.string().max(8000),
  permalink: z.string().max(8000).optional(),
  itemId: z.string().max(500).optional(),
  author: z.string().max(1000),
  authorUrl: z.string().max(8000).optional(),
  /** Verbatim, untrusted: rendered as text only, everywhere. */
  text: z.string().max(1_000_000),
  publishedText: z.string().max(200).optional(),
  publishedAt: isoDate.optional(),
  parent: ParentSchema.optional(),
  /** Fields the adapter expected but could not read on this page. */
  unreadable: z.array(z.string().max(100)).max(50),
  capturedAt: isoDate,
  capturedBy: ProfileSchema,
  screenshot: ScreenshotMetaSchema,
  /** SHA-256 of the canonical JSON of the content fields (./digests.ts), at capture time. */
  contentSha256: sha256Hex,
  status: z.enum(RECORD_STATUSES),
  /** The guide category the user confirmed (issue 4); the user may change it later. */
  category: z.enum(CATEGORY_IDS).optional(),
  /** suggest()'s flags when the category was confirmed. */
  flags: z.array(z.string().max(100)).max(50).optional(),
  /** Whether the guide panel was open at the capture (the category confirmed there), or the category is triage's suggestion (issue 20). */
  guideOpened: z.boolean().optional(),
  /** When an answer is due (questions: one working day, lib/workdays.ts). */
  dueAt: isoDate.optional(),
  /** The registrar's number for it (Dnr), once registered. */
  diarienummer: z.string().trim().min(1).max(100).optional(),
  /** Ids from the guide's §3 list (lib/guide DEFAULT_GUIDE.removalReasons); the guide is editable, so ids are free strings. */
  removalReasons: z.array(z.string().max(100)).max(20).optional(),
  action: z.enum(RECORD_ACTIONS).optional(),
  notes: z.string().max(10_000).optional(),
  /** When it was last exported (any format): disposal rules may require an export first. */
  exportedAt: isoDate.optional(),
  /** Set when the record was made by itself as the site's own Delete or Hide was chosen (issue 24); part of what was captured. */
  capturedOnRemoval: z.enum(SITE_REMOVALS).optional(),
  /** How a full-page screenshot was taken (kind 'page-screenshot' only). */
  page: PageCaptureMetaSchema.optional(),
  /**
   * A later capture of an item already stored (issue 18, ./versions.ts): the first capture's id
   * and this one's number (2, 3, …). Set at capture and never changed, so the digest covers it.
   */
  versionOf: z.uuid().optional(),
  version: z.number().int().min(2).max(10_000).optional(),
});
export type CaptureRecord = z.infer<typeof CaptureRecordSchema>;

export const ScreenshotRowSchema = z.object({
  recordId: z.uuid(),
  blob: z.instanceof(Blob),
});
export type ScreenshotRow = z.infer<typeof ScreenshotRowSchema>;

export const AuditEntrySchema = z.object({
  seq: z.number().int().optional(),
  recordId: z.uuid(),
  at: isoDate,
  by: z.string().max(200),
  from: z.string().max(50).nullable(),
  to: z.string().max(50),
  note: z.string().max(10_000).optional(),
  /** Which handling fields changed (HANDLING_FIELDS ids); the UI and exports word them (lib/i18n/audit-text.ts). */
  changed: z.array(z.string().max(50)).max(20).optional(),
  /** A diarienummer given or corrected: the earlier number stays in the trail, never rewritten. */
  dnr: z.object({ from: z.string().max(100).optional(), to: z.string().max(100) }).optional(),
  /** The export format, when the entry notes an export. */
  exported: z.string().max(50).optional(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
