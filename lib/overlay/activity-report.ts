import type { Adapter, ItemReading } from '../platforms';
import { send, type BodyOf, type ChannelActivityMessage } from '../protocol';
import { latestPublishedTime } from '../platforms/relative-time';

/**
 * Tells the background the newest comment time the overlay has seen on each page, for the
 * channel register's "last activity seen" (issue 6, §1.5). The comment's own time, read from
 * what the page shows ("2 tim", "3 days ago"), decides: an old comment first scrolled into view
 * is no sign of life, and a page's first screen of comments is one message, not one per item.
 * Where the address does not say whose the page is (a YouTube video, an Instagram post, Studio),
 * the adapter reads the owner's channel from the page (`ownerUrls`), and the message carries it.
 */
export interface ActivityReporterOptions {
  /** Ends the reporter; what is still pending is sent first. */
  signal?: AbortSignal;
  /** Where messages go (default: the background). */
  send?: (message: ChannelActivityMessage) => unknown;
  /** The page an item is seen on (default: the tab's address without its fragment). */
  pageUrl?: () => string;
  now?: () => number;
  /** At most one message per page in this time (ms). */
  intervalMs?: number;
  /** Wait this long after the first new time, so items decorated together travel together (ms). */
  settleMs?: number;
  /** Reads whose page it is (the adapter: lib/platforms, `ownerUrls`). */
  owners?: Pick<Adapter, 'ownerUrls'>;
}

export interface ActivityReporter {
  /** The decorator's hook: called with each item as it is decorated (or shows another comment). */
  observe: (item: Element, reading: ItemReading) => void;
  /** Sends what is pending now, throttle or not (the overlay is going away). */
  flush: () => void;
}

export const ACTIVITY_INTERVAL_MS = 30_000;
export const ACTIVITY_SETTLE_MS = 1_000;
/** Pages remembered at once; the oldest with nothing pending is forgotten first. */
const MAX_PAGES = 50;
/** Owner URLs per message, and their length: what ChannelActivitySchema (lib/protocol.ts) accepts. */
export const OWNER_URLS_MAX = 8;
export const OWNER_URL_MAX_LENGTH = 2000;

interface PageState {
  url: string;
  /** Newest comment time seen here (ms), and the newest already sent. */
  newest: number;
  sent: number;
  lastSentAt: number;
  timer?: ReturnType<typeof setTimeout>;
  /** The page's owners as read so far, and the document they are read from. */
  owners: string[];
  doc?: Document;
  /** Whether an item already looked for the owners: once per page, not once per newer comment. */
  ownersRead?: boolean;
}

function defaultSend(message: ChannelActivityMessage): void {
  // The worker wakes for it; an extension reloaded under the page has no one to answer: not an error here.
  const body: BodyOf<'channel-activity'> = message;
  void send('channel-activity', body).catch(() => undefined);
}

const withoutHash = (url: string) => url.split('#', 1)[0]!;

export function createActivityReporter(options: ActivityReporterOptions = {}): ActivityReporter {
  const send = options.send ?? defaultSend;
  const pageUrl = options.pageUrl ?? (() => location.href);
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? ACTIVITY_INTERVAL_MS;
  const settle = options.settleMs ?? ACTIVITY_SETTLE_MS;
  const pages = new Map<string, PageState>();
  /**
   * What each element showed when last read. A relative time ("2 tim") read again later means a
   * later moment, so an item read again unchanged (the page put it back, or put back our room)
   * would report new activity that nobody wrote: only a changed reading counts.
   */
  const lastReading = new WeakMap<Element, string>();
  let stopped = false;

  const readOwners = (page: PageState) => {
    if (!options.owners?.ownerUrls || !page.doc) return;
    try {
      for (const url of options.owners.ownerUrls(page.doc, page.url)) {
        if (page.owners.length >= OWNER_URLS_MAX) break;
        if (typeof url === 'string' && url.length <= OWNER_URL_MAX_LENGTH && !page.owners.includes(url)) page.owners.push(url);
      }
    } catch {
      // As with sending: a page's odd markup must never break the overlay.
    }
  };

  const sendNow = (page: PageState) => {
    clearTimeout(page.timer);
    page.timer = undefined;
    if (page.newest <= page.sent) return;
    page.sent = page.newest;
    page.lastSentAt = now();
    // The header may render after the first comments: one more look, while the tab still shows this page.
    if (page.owners.length === 0 && withoutHash(pageUrl()) === page.url) readOwners(page);
    const message: ChannelActivityMessage = { type: 'channel-activity', pageUrl: page.url, at: new Date(page.newest).toISOString() };
    if (page.owners.length > 0) message.ownerUrls = [...page.owners];
    try {
      send(message);
    } catch {
      // Reporting is a side matter: it must never break the overlay.
    }
  };

  const schedule = (page: PageState) => {
    if (page.timer !== undefined) return;
    const t = now();
    const at = Math.max(t + settle, page.lastSentAt + interval);
    page.timer = setTimeout(() => sendNow(page), at - t);
  };

  const forgetOld = () => {
    if (pages.size <= MAX_PAGES) return;
    for (const [key, page] of pages) {
      if (page.timer === undefined) pages.delete(key);
      if (pages.size <= MAX_PAGES) return;
    }
  };

  const observe = (item: Element, reading: ItemReading) => {
    if (stopped) return;
    const shown = `${reading.publishedAt ?? ''}\u0000${reading.publishedText ?? ''}\u0000${reading.text}`;
    if (lastReading.get(item) === shown) return;
    lastReading.set(item, shown);
    const t = now();
    const at = latestPublishedTime(reading, new Date(t))?.getTime();
    if (at === undefined) return;
    const url = withoutHash(pageUrl());
    let page = pages.get(url);
    if (!page) {
      page = { url, newest: -Infinity, sent: -Infinity, lastSentAt: -Infinity, owners: [] };
      pages.set(url, page);
      forgetOld();
    }
    if (at <= page.newest) return;
    page.newest = at;
    // Read now, while the page shows what the item was read from (sites navigate in-page);
    // once found, a page's owner stays what it was.
    page.doc = item.ownerDocument ?? undefined;
    // Once per page: the lookup walks the post's links, and on a page of thousands of comments
    // this runs for every newer item decorated; sendNow() looks again if nothing was found.
    if (!page.ownersRead) {
      page.ownersRead = true;
      readOwners(page);
    }
    schedule(page);
  };

  const flush = () => {
    pages.forEach((page) => sendNow(page));
  };

  options.signal?.addEventListener(
    'abort',
    () => {
      flush();
      stopped = true;
    },
    { once: true },
  );
  return { observe, flush };
}
