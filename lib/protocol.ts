import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { CATEGORY_IDS } from './guide/categories';
import { ItemReadingSchema } from './platforms/reading';
import { PLATFORMS } from './platforms/types';
import { SCREENSHOT_DOUBT_REASONS, SCREENSHOT_MISSING_REASONS } from './records/screenshot-reasons';
import { SITE_REMOVALS } from './records/site-removals';
import { VERSION_CHANGES } from './records/version-changes';
import { schemaOnDemand, tableOnDemand } from './schema-table';

/**
 * Every message between the extension's parts, in one table: its type, who receives it, its
 * request and its answer, each a schema checked on arrival by whoever receives it (a page cannot send to us, but a bug
 * or an old tab after an update can send nonsense). zod/mini, not zod: the content script runs
 * on every page of the sites and carries this file; full zod was 93 kB of it (issue 3).
 * Senders use send() / sendToTab() / broadcast(), receivers receive() or, in the background,
 * lib/background/messenger.ts: a misspelt type or field fails to compile.
 */

import {
  CAPTURE_ERRORS,
  ChannelActivitySchema,
  count,
  isoDate,
  itemKey,
  list,
  message,
  PAGE_CAPTURE_ERRORS,
  PAGE_CAPTURE_PHASES,
  PrepareShotResponseSchema,
  SHOOT_RECORD_ERRORS,
  ShotDoneResponseSchema,
  str,
  TRIAGE_BATCH,
  TRIAGE_MAX_ITEMS,
  triageEntrySchema,
  triageStateSchema,
} from './protocol-shapes';

export * from './protocol-shapes';

/**
 * The table, by column: each message type's request (split by who receives it: the background;
 * the content script of one tab; every open extension page), its answer, and the background's
 * answer to a request of that type that fails its schema (a member of the answer's type, so the
 * sender handles it like any failure). The types below tie the columns together: a type
 * without an answer, or an answer to a type nobody sends, fails to compile. Each schema is built
 * at its first lookup (./schema-table.ts): the content script is evaluated at every page load.
 */
export const TO_BACKGROUND = tableOnDemand({
  /** Overlay → background: store this item; answered after the commit. */
  capture: () => message('capture', {
    /** Made by the overlay, so a retry after a stopped service worker is recognised. */
    recordId: z.uuid(),
    /** Set on the overlay's second attempt: only then can the record already exist. */
    retry: z.optional(z.boolean()),
    platform: z.enum(PLATFORMS),
    pageUrl: str(8000),
    reading: ItemReadingSchema,
    /** Where the item was at the click; used when the screenshot can be taken at once. */
    shot: z.optional(PrepareShotResponseSchema),
    /**
     * The category the user confirmed in the overlay, with suggest()'s flags (issue 4); without
     * it the background stores triage's suggestion with guideOpened false (issue 20).
     */
    classification: z.optional(z.object({ category: z.enum(CATEGORY_IDS), flags: list(str(100), 50), dueAt: z.optional(isoDate()), guideOpened: z.optional(z.boolean()) })),
    /** Issue 24: the site's own Delete or Hide was chosen; the screenshot is the one 'removal-arm' took, if it is ready. */
    removal: z.optional(z.enum(SITE_REMOVALS)),
    /**
     * An item already in the store (issue 18): 'ask' answers 'already-captured' and stores
     * nothing; 'new-version' (and no value: the selection paths) stores it as its next version.
     */
    ifCaptured: z.optional(z.enum(['ask', 'new-version'])),
  }),
  /**
   * Issue 24, overlay → background: the administrator pressed an item's own menu button; take
   * its screenshot now and keep it in memory for the capture with `removal` that may follow.
   */
  'removal-arm': () => message('removal-arm', { recordId: z.uuid() }),
  /** Issue 24: the menu was closed without removing: forget the kept screenshot. */
  'removal-discard': () => message('removal-discard', { recordId: z.uuid() }),
  /**
   * Queue → background (issue 18): "Ta skärmbild nu" for a record stored without a screenshot,
   * when its page is open in a tab: the item is captured there again as the record's next version.
   */
  'shoot-record': () => message('shoot-record', { recordId: z.uuid() }),
  /** Overlay → background: open this record in the queue (the overlay cannot open extension pages). */
  'open-record': () => message('open-record', { recordId: z.uuid() }),
  /** Overlay → background: inject the guide panel's script into this frame (loaded on first use). */
  'load-guide-panel': () => message('load-guide-panel', {}),
  /** Side panel or queue → background: a full-page screenshot of this tab; `jobId` becomes the record's id. */
  'page-capture-start': () => message('page-capture-start', { jobId: z.uuid(), tabId: count() }),
  'page-capture-cancel': () => message('page-capture-cancel', { jobId: z.uuid() }),
  /**
   * Pages ask for the reminder check after they changed the register, with their own clock
   * (the browser tests move a page's clock; a service worker's cannot be moved).
   */
  'channels-check': () => message('channels-check', { at: z.optional(isoDate()) }),
  'channel-activity': () => ChannelActivitySchema,
  /**
   * Issue 25: the offscreen page (Chromium) → background: the scheduled backup is made, here
   * is its blob URL; the background saves it to the downloads folder (a service worker has no
   * blob URLs of its own) and answers once the file is complete.
   */
  'scheduled-backup-file': () => message('scheduled-backup-file', { url: str(200), fileName: str(200), records: count(), at: isoDate() }),
  /**
   * Overlay → background (issue 20): readings to triage, off the page's main thread. `order` is
   * every item the overlay knows, in document order (threads depend on it); `items` only those
   * read anew. `session` names the overlay's life on this page: the background, which may have
   * been stopped meanwhile, asks for everything again when it does not know it (`reset` sends it).
   * `at` is the page's clock (the browser tests move it).
   */
  triage: () => message('triage', {
    session: z.uuid(),
    reset: z.boolean(),
    platform: z.enum(PLATFORMS),
    pageUrl: str(8000),
    at: isoDate(),
    items: list(z.object({ key: itemKey(), reading: ItemReadingSchema }), TRIAGE_BATCH),
    order: list(itemKey(), TRIAGE_MAX_ITEMS),
  }),
  /** Side panel → background: the triage of the page in this tab. */
  'triage-page': () => message('triage-page', { tabId: count() }),
});

export const TO_TAB = tableOnDemand({
  /** Background → overlay, right before the screenshot: bring the item into view, say where it is. */
  'prepare-shot': () => message('prepare-shot', { recordId: z.uuid() }),
  /** Background → overlay, right after the screenshot: check the item again, show our toolbars again. */
  'shot-done': () => message('shot-done', { recordId: z.uuid() }),
  /**
   * Background → page, before a screenshot it takes without an item (the context menu's
   * selection): hide our toolbars for it; 'shot-done' with the same id shows them again.
   */
  'hide-own-ui': () => message('hide-own-ui', { recordId: z.uuid() }),
  /** Background → overlay: capture this stored item again, as its next version ("Ta skärmbild nu"). */
  'capture-stored': () => message('capture-stored', { itemId: z.optional(str(500)), author: str(1000), text: str(1_000_000) }),
  /** Background → overlay: the keyboard command was pressed on this tab. */
  'command-capture': () => message('command-capture', {}),
  /** Side panel → overlay: scroll to this item and put keyboard focus on its toolbar. */
  'triage-focus': () => message('triage-focus', { key: itemKey() }),
  /** Background → overlay: it lost the page's triage (a restarted worker); send every reading again. */
  'triage-resend': () => message('triage-resend', {}),
});

export const TO_PAGES = tableOnDemand({
  /** Background → extension pages: how far a full-page screenshot has come. */
  'page-capture-progress': () => message('page-capture-progress', { jobId: z.uuid(), phase: z.enum(PAGE_CAPTURE_PHASES), done: count(), total: count() }),
  /** Background → extension pages: the triage of the page in this tab changed. */
  'triage-changed': () => message('triage-changed', { tabId: count() }),
});

export type BackgroundMessageType = keyof typeof TO_BACKGROUND;
export type TabMessageType = keyof typeof TO_TAB;
export type PagesMessageType = keyof typeof TO_PAGES;
export type MessageType = BackgroundMessageType | TabMessageType | PagesMessageType;
type Requests = typeof TO_BACKGROUND & typeof TO_TAB & typeof TO_PAGES;

const notOk = () => z.object({ ok: z.literal(false) });
const nothing = () => z.undefined();

/** The background's answer to a capture (also the overlay's, for 'capture-stored'). */
export const captureAnswerSchema = schemaOnDemand(() => z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    recordId: z.string(),
    screenshot: z.discriminatedUnion('status', [
      z.object({
        status: z.literal('ok'),
        /** Set when the picture may not show the whole item (issue 18). */
        doubt: z.optional(z.object({ reasons: z.array(z.enum(SCREENSHOT_DOUBT_REASONS)), coveredPercent: z.optional(z.number()), detail: z.optional(z.string()) })),
      }),
      z.object({ status: z.literal('missing'), reason: z.enum(SCREENSHOT_MISSING_REASONS), detail: z.optional(z.string()) }),
    ]),
    /** Set when the item was stored before: this record is its version `number`, and what changed. */
    version: z.optional(z.object({ number: z.number(), changes: z.array(z.enum(VERSION_CHANGES)) })),
  }),
  z.object({
    ok: z.literal(false),
    error: z.enum(CAPTURE_ERRORS),
    detail: z.optional(z.string()),
    /** With 'already-captured': the latest stored version, and how many there are. */
    existing: z.optional(z.object({ recordId: z.string(), versions: z.number(), capturedAt: z.string() })),
  }),
]));

/**
 * What each message is answered with: checked by its sender, so split by sender (the content
 * script carries only the first). Answers come from our own code; their schemas guard against
 * an answer of another version's shape, so counts are only numbers here.
 */
export const ANSWERS_FROM_BACKGROUND = tableOnDemand({
  capture: captureAnswerSchema,
  'open-record': () => z.object({ ok: z.boolean() }),
  'shoot-record': () => z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), recordId: z.string(), screenshot: z.boolean() }),
    z.object({ ok: z.literal(false), error: z.enum(SHOOT_RECORD_ERRORS), detail: z.optional(z.string()) }),
  ]),
  'load-guide-panel': () => z.union([z.object({ ok: z.literal(true) }), z.object({ ok: z.literal(false), detail: z.string() })]),
  'removal-arm': () => z.object({ ok: z.boolean() }),
  'removal-discard': () => z.object({ ok: z.boolean() }),
  'page-capture-start': () => z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), recordId: z.string(), width: z.number(), height: z.number(), slices: z.number(), truncated: z.boolean(), ms: z.number(), mhtml: z.boolean() }),
    z.object({ ok: z.literal(false), error: z.enum(PAGE_CAPTURE_ERRORS), detail: z.optional(z.string()) }),
  ]),
  'page-capture-cancel': () => z.object({ ok: z.boolean() }),
  'channels-check': () => z.union([z.object({ due: z.number(), quiet: z.number(), notified: z.boolean() }), notOk()]),
  'channel-activity': () => z.union([z.object({ ok: z.literal(true), channels: z.number() }), notOk()]),
  'scheduled-backup-file': () => z.object({ ok: z.boolean() }),
  /** Only the items whose state changed since the last answer to this page. */
  triage: () => z.union([z.object({ ok: z.literal(true), results: z.array(triageStateSchema()) }), z.object({ ok: z.literal(false), reason: z.enum(['resend', 'failed']) })]),
  /** 'none': no overlay has sent this tab's page; 'failed': classification failed there. */
  'triage-page': () => z.union([z.object({ ok: z.literal(true), pageUrl: z.string(), entries: z.array(triageEntrySchema()), spentMs: z.optional(z.number()) }), z.object({ ok: z.literal(false), reason: z.enum(['none', 'failed']) })]),
} satisfies Record<BackgroundMessageType, () => z.ZodMiniType>);

export const ANSWERS_FROM_TAB = tableOnDemand({
  /** null: the overlay does not know the item (any more). */
  'prepare-shot': () => z.nullable(PrepareShotResponseSchema),
  'shot-done': () => ShotDoneResponseSchema,
  /** The capture's answer; null when no toolbar on the page shows that item. */
  'capture-stored': () => z.nullable(captureAnswerSchema()),
  /** How many of our elements were hidden (0: none in this page). */
  'hide-own-ui': () => z.object({ hidden: z.number() }),
  'command-capture': nothing,
  /** Whether the item was found and focused. */
  'triage-focus': () => z.boolean(),
  'triage-resend': nothing,
} satisfies Record<TabMessageType, () => z.ZodMiniType>);

/** Extension pages do not answer a broadcast. */
type AnswersFromPages = { [K in PagesMessageType]: ReturnType<typeof nothing> };
type Answers = typeof ANSWERS_FROM_BACKGROUND & typeof ANSWERS_FROM_TAB & AnswersFromPages;

/** A message as it travels: `{ type, ...fields }`. */
export type RequestOf<K extends MessageType> = z.infer<Requests[K]>;
/** What the sender writes: the message without its type. */
export type BodyOf<K extends MessageType> = Omit<RequestOf<K>, 'type'>;
export type ResponseOf<K extends MessageType> = z.infer<Answers[K]>;

/** The background's answer to a request that fails its type's schema. */
export const INVALID: { [K in BackgroundMessageType]: ResponseOf<K> } = {
  capture: { ok: false, error: 'invalid-message' },
  'open-record': { ok: false },
  'shoot-record': { ok: false, error: 'failed' },
  'load-guide-panel': { ok: false, detail: 'invalid-message' },
  'removal-arm': { ok: false },
  'removal-discard': { ok: false },
  'page-capture-start': { ok: false, error: 'invalid-message' },
  'page-capture-cancel': { ok: false },
  'channels-check': { ok: false },
  'channel-activity': { ok: false },
  'scheduled-backup-file': { ok: false },
  triage: { ok: false, reason: 'failed' },
  'triage-page': { ok: false, reason: 'failed' },
};


export type CaptureRequest = RequestOf<'capture'>;
export type CaptureResponse = ResponseOf<'capture'>;
export type LoadPanelResponse = ResponseOf<'load-guide-panel'>;
export type PageCaptureStart = RequestOf<'page-capture-start'>;
export type PageCaptureProgress = RequestOf<'page-capture-progress'>;
export type PageCaptureResponse = ResponseOf<'page-capture-start'>;
export type HideOwnUiResponse = ResponseOf<'hide-own-ui'>;
export type ChannelActivityMessage = RequestOf<'channel-activity'>;
export type CheckResult = Extract<ResponseOf<'channels-check'>, { due: number }>;

/** The background's answer to a message whose type it does not know. */
export const UNKNOWN_MESSAGE = { ok: false, error: 'unknown-message' } as const;

/** No answer, or an answer that is not what the table says: the sender's side of a broken exchange. */
export class ProtocolError extends Error {
  constructor(type: string, detail: string) {
    super(`${type}: ${detail}`);
    this.name = 'ProtocolError';
  }
}

/** Optional when the message has no fields. */
type BodyArg<K extends MessageType> = object extends BodyOf<K> ? [body?: BodyOf<K>] : [body: BodyOf<K>];

function checked<K extends MessageType>(type: K, schema: z.ZodMiniType, answer: unknown): ResponseOf<K> {
  const parsed = schema.safeParse(answer);
  if (!parsed.success) throw new ProtocolError(type, 'unexpected answer');
  return parsed.data as ResponseOf<K>;
}

const wire = <K extends MessageType>(type: K, body: object | undefined) => ({ ...body, type });

/** Sends to the background; resolves with its answer, checked against the table. */
export async function send<K extends BackgroundMessageType>(type: K, ...[body]: BodyArg<K>): Promise<ResponseOf<K>> {
  return checked(type, ANSWERS_FROM_BACKGROUND[type], await browser.runtime.sendMessage(wire(type, body)));
}

/** Sends to our content script in one tab (one frame, if given). */
export async function sendToTab<K extends TabMessageType>(tabId: number, type: K, body: BodyOf<K>, options?: { frameId?: number }): Promise<ResponseOf<K>> {
  return checked(type, ANSWERS_FROM_TAB[type], await browser.tabs.sendMessage(tabId, wire(type, body), options));
}

/** Tells every open extension page; nobody may be listening, which is not an error. */
export function broadcast<K extends PagesMessageType>(type: K, body: BodyOf<K>): void {
  void browser.runtime.sendMessage(wire(type, body)).catch(() => undefined);
}

function parsedIn<T extends Record<string, z.ZodMiniType>, K extends keyof T & string>(table: T, types: readonly K[], message: unknown): z.infer<T[K]> | undefined {
  const type = (message as { type?: unknown } | null)?.type;
  if (!types.includes(type as K)) return undefined;
  const parsed = table[type as K]!.safeParse(message);
  return parsed.success ? (parsed.data as z.infer<T[K]>) : undefined;
}

/**
 * The content script's check of what the background sends it: the message if it is one of
 * `types` and valid, else undefined (not for us). The background's side is lib/background/messenger.ts.
 */
export function receive<K extends TabMessageType>(types: readonly K[], message: unknown): RequestOf<K> | undefined {
  return parsedIn(TO_TAB, types, message);
}

/** An extension page's check of a broadcast (separate, so the content script need not carry it). */
export function receiveBroadcast<K extends PagesMessageType>(types: readonly K[], message: unknown): RequestOf<K> | undefined {
  return parsedIn(TO_PAGES, types, message);
}
