import * as z from 'zod/mini';
import { SCREENSHOT_DOUBT_REASONS } from './records/screenshot-reasons';
import { schemaOnDemand } from './schema-table';

/**
 * The parts lib/protocol.ts builds its table from: bounded field shapes, and the schemas more
 * than one message shares (the screenshot's doubt and place, triage's state). Kept apart so the
 * table stays readable; import them through lib/protocol.ts.
 */

// Marked pure, so a bundle that does not use a schema leaves it out: the content script carries
// the answers it checks and the requests it receives, not what only the background checks.
// @__NO_SIDE_EFFECTS__
export const str = (max: number) => z.string().check(z.maxLength(max));
// @__NO_SIDE_EFFECTS__
export const list = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.maxLength(max));
// @__NO_SIDE_EFFECTS__
export const nonEmptyList = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.minLength(1), z.maxLength(max));
// @__NO_SIDE_EFFECTS__
export const percent = () => z.int().check(z.minimum(0), z.maximum(100));
// @__NO_SIDE_EFFECTS__
export const count = () => z.int().check(z.nonnegative());
// @__NO_SIDE_EFFECTS__
export const measure = () => z.number().check(z.nonnegative());
// @__NO_SIDE_EFFECTS__
export const positive = () => z.number().check(z.positive());
// @__NO_SIDE_EFFECTS__
export const isoDate = () => z.iso.datetime({ offset: true });
// @__NO_SIDE_EFFECTS__
export const message = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) => z.object({ type: z.literal(type), ...shape });

/**
 * What may be wrong with an item's screenshot (issue 18), as the page reports it: the bounds of
 * the record's own ScreenshotDoubtSchema (lib/records/schema.ts), so what arrives can be stored.
 */
export const ScreenshotDoubtSchema = z.object({
  reasons: nonEmptyList(z.enum(SCREENSHOT_DOUBT_REASONS), SCREENSHOT_DOUBT_REASONS.length),
  /** Share of the item's area found covered by something else, in whole percent. */
  coveredPercent: z.optional(percent()),
  /** What lay over it, as the page names it (tag, role, label): untrusted, shown as text only. */
  detail: z.optional(str(2000)),
});

/** Where the item is on the screen: its box, the viewport it was measured in, and what lay over it then. */
export const PrepareShotResponseSchema = z.object({
  rect: z.object({ x: z.number(), y: z.number(), width: measure(), height: measure() }),
  viewport: z.object({ width: positive(), height: positive() }),
  doubt: z.optional(z.nullable(ScreenshotDoubtSchema)),
});
export type PrepareShotResponse = z.infer<typeof PrepareShotResponseSchema>;

/** The page's word right after the shot: what may be wrong with the picture (checked before and after). */
export const ShotDoneResponseSchema = z.object({ doubt: z.nullable(ScreenshotDoubtSchema) });
export type ShotDoneResponse = z.infer<typeof ShotDoneResponseSchema>;

/** 'already-captured': the item is in the store and the sender asked to be told (issue 18 point 3). */
export const CAPTURE_ERRORS = ['storage-full', 'storage-failed', 'invalid-message', 'unknown', 'already-captured'] as const;
export type CaptureError = (typeof CAPTURE_ERRORS)[number];
/** Why "Ta skärmbild nu" could not add a version with a screenshot (i18n `shoot.error.*`). */
export const SHOOT_RECORD_ERRORS = ['not-found', 'no-tab', 'no-permission', 'item-not-found', 'failed'] as const;

/** Full-page screenshots (issue 6): why one ended, a code the UI words through i18n (`channels.capture.error.*`). */
export const PAGE_CAPTURE_ERRORS = ['no-permission', 'tab-closed', 'tab-not-visible', 'page-changed', 'not-capturable', 'cancelled', 'busy', 'capture-failed', 'storage-full', 'storage-failed', 'invalid-message'] as const;
export type PageCaptureError = (typeof PAGE_CAPTURE_ERRORS)[number];
export const PAGE_CAPTURE_PHASES = ['preparing', 'capturing', 'stitching', 'saving'] as const;

/**
 * Overlay → background: the newest comment time seen on this page (the comment's own time: an
 * old comment scrolled into view is no sign of life), and the page's owner channel(s) as its
 * markup shows them, where the address does not say. The bounds are the reporter's
 * (lib/overlay/activity-report.ts; test/lib/overlay/activity-report.test.ts holds them together).
 */
export const ChannelActivitySchema = message('channel-activity', { pageUrl: str(8000), at: isoDate(), ownerUrls: z.optional(list(str(2000), 8)) });

/** The overlay's name for one item on its page (lib/overlay/triage-client.ts): short, never a DOM node. */
// @__NO_SIDE_EFFECTS__
export const itemKey = () => str(40);
/** Readings sent at once; a page reads more in several messages. */
export const TRIAGE_BATCH = 500;
/** Items on one page the background keeps track of (a page of 2,000 comments, and then some). */
export const TRIAGE_MAX_ITEMS = 20_000;
export const TRIAGE_NEEDS = ['remove', 'answer', 'none'] as const;

/** One item's triage as the background answers it (lib/triage: the contract), and whether it was captured. */
export const triageStateSchema = schemaOnDemand(() => z.object({
  key: itemKey(),
  category: z.nullable(str(40)),
  flags: list(str(100), 50),
  answered: z.boolean(),
  dueAt: z.nullable(z.string()),
  overdue: z.boolean(),
  needs: z.enum(TRIAGE_NEEDS),
  captured: z.boolean(),
  /**
   * The deadline in words, written by the background in the user's language ("tis 10:15", and
   * the day alone, "tis"): the content script then needs no date formatter (Intl's time zone
   * data cost ~10 ms of the page's main thread on first use).
   */
  dueWhen: z.nullable(str(40)),
  dueDay: z.nullable(str(40)),
}));
export type TriageState = z.infer<ReturnType<typeof triageStateSchema>>;

/** One line of the side panel's "På den här sidan": the state, and what the page showed (text only). */
export const triageEntrySchema = schemaOnDemand(() => z.extend(triageStateSchema(), {
  kind: z.string(),
  author: z.string(),
  /** The comment's first words. */
  excerpt: z.string(),
  /** Whether a time was read at all ("tid okänd" otherwise). */
  timeKnown: z.boolean(),
}));
export type TriageEntry = z.infer<ReturnType<typeof triageEntrySchema>>;

