import { browser } from 'wxt/browser';
import type { Adapter, ItemReading } from '../platforms';
import { receive, send, TRIAGE_BATCH, TRIAGE_MAX_ITEMS, type TriageState } from '../protocol';
import { identityOf, safeRead, steadily } from './decorated';
import { DocumentOrder } from './document-order';

/** Our share of an idle period for reading items not yet decorated (issue 20: ≤ 5 ms a slice). */
const IDLE_SLICE_MS = 5;
/** How long readings gather before they are sent: a state shows this much after its comment at most. */
const SEND_EVERY_MS = 250;
/**
 * Reading ahead starts this long after the page's load event: the sites' own work right after
 * load (YouTube fetches its comment section then, Facebook and Instagram hydrate) comes first,
 * and the page's load is not made longer by our reading (issue 17: our script at load ≤ 60 ms;
 * the read-ahead of 2,000 comments took 35–45 ms of it). The side panel's list is complete a
 * second later; the comments in view are read and listed at once, as they are decorated.
 */
const READ_AHEAD_AFTER_LOAD_MS = 1000;

interface Known {
  key: string;
  /** What was last sent for it: a recycled node that shows another comment is sent again. */
  identity: string | null;
}

/**
 * The overlay's side of triage (issue 20): every item the decorator reads, and in idle slices
 * those it has not decorated yet, is sent to the background in batches, with the order of all
 * items (threads depend on it); the background answers the states that changed, which the
 * toolbars show. No classification runs here: the guide's word lists stay out of the page.
 */
export class TriageClient {
  private readonly keys = new WeakMap<Element, Known>();
  private readonly byKey = new Map<string, Element>();
  /** Every known item, in document order. */
  private readonly order = new DocumentOrder();
  private pending = new Map<string, ItemReading>();
  private readonly states = new Map<string, TriageState>();
  private readonly waiting: Element[] = [];
  private nextKey = 1;
  private session = crypto.randomUUID();
  private reset = true;
  private sendQueued = false;
  private readQueued = false;
  private readAheadFrom: Promise<void> | undefined;
  private sending: Promise<void> | undefined;
  private readonly listeners = new Set<(item: Element, state: TriageState) => void>();

  constructor(
    private readonly adapter: Adapter,
    private readonly signal: AbortSignal,
    /** Scrolls to an item and focuses its toolbar (the side panel's list): true if it could. */
    private readonly focus: (item: Element) => boolean,
    /** Resolves when no capture is under way: a capture comes before reading ahead (CaptureClient.whenQuiet). */
    private readonly quiet: () => Promise<void> = () => Promise.resolve(),
  ) {
    const listener = (message: unknown) => this.onMessage(message);
    browser.runtime.onMessage.addListener(listener);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
  }

  /** The toolbars' view of an item's state (undefined until the background answered). */
  stateOf(item: Element): TriageState | undefined {
    const known = this.keys.get(item);
    return known && this.states.get(known.key);
  }

  onState(listener: (item: Element, state: TriageState) => void): void {
    this.listeners.add(listener);
  }

  /** The decorator read an item (decorated, or a recycled node re-read). */
  observe = (item: Element, reading: ItemReading): void => {
    const known = this.know(item);
    const identity = identityOf(reading);
    if (known.identity === identity) return;
    known.identity = identity;
    this.pending.set(known.key, reading);
    this.queueSend();
  };

  /** Items with a room but no toolbar yet: read in idle slices, so the side panel lists them too. */
  notDecorated = (items: readonly Element[]): void => {
    for (const item of items) if (!this.keys.get(item)?.identity) this.waiting.push(item);
    this.queueRead();
  };

  private know(item: Element): Known {
    let known = this.keys.get(item);
    if (known) return known;
    known = { key: String(this.nextKey++), identity: null };
    this.keys.set(item, known);
    this.byKey.set(known.key, item);
    this.order.insert(item);
    return known;
  }

  /** Resolves READ_AHEAD_AFTER_LOAD_MS after the page's load (at once for a page loaded before us). */
  private pageLoaded(): Promise<void> {
    this.readAheadFrom ??= new Promise((resolve) => {
      if (document.readyState === 'complete') return resolve();
      window.addEventListener('load', () => setTimeout(resolve, READ_AHEAD_AFTER_LOAD_MS), { once: true, signal: this.signal });
    });
    return this.readAheadFrom;
  }

  private queueRead(): void {
    if (this.readQueued || this.waiting.length === 0 || this.signal.aborted) return;
    this.readQueued = true;
    void this.pageLoaded()
      .then(() => this.quiet())
      .then(() => this.readInIdle());
  }

  private readInIdle(): void {
    const idle = globalThis.requestIdleCallback ?? ((cb: IdleRequestCallback) => setTimeout(() => cb({ didTimeout: false, timeRemaining: () => IDLE_SLICE_MS }), 50));
    idle((deadline) => {
      this.readQueued = false;
      if (this.signal.aborted) return;
      const start = performance.now();
      const budget = Math.min(IDLE_SLICE_MS, deadline.timeRemaining());
      // A slice of ours, in which no page script runs (Instagram: a comment read outside steady
      // work queried the whole time selector again, 50 µs a comment).
      steadily(this.adapter, () => {
        while (this.waiting.length > 0 && performance.now() - start < budget) {
          const item = this.waiting.shift()!;
          if (!item.isConnected || this.keys.get(item)?.identity) continue;
          // Unread: listed once the decorator reads it, never guessed.
          const reading = safeRead(this.adapter, item);
          if (reading) this.observe(item, reading);
        }
      });
      // The next slice at the next idle period, no wait between: the page's own work comes first
      // anyway, and a wait only moved the same reading into the next arrivals' frames (bench: per
      // 100 appended, 8 ms became 22). A page script's flood beyond the arrival bound is not read
      // ahead (Decorator). A capture under way is waited for (queueRead).
      this.queueRead();
    });
  }

  private queueSend(): void {
    if (this.sendQueued || this.signal.aborted) return;
    this.sendQueued = true;
    // Readings gathered for a moment go in one message: the background triages the whole page
    // for each (threads depend on neighbours), so 2,000 comments read in 5 ms slices would
    // otherwise cost it hundreds of passes. The first message goes at once: the view's items.
    setTimeout(
      () => {
        this.sendQueued = false;
        void this.flush();
      },
      this.reset ? 0 : SEND_EVERY_MS,
    );
  }

  private async flush(): Promise<void> {
    // One message at a time, in order: the background's page follows the overlay's.
    while (this.sending) await this.sending;
    if (this.pending.size === 0 || this.signal.aborted) return;
    // After any capture under way: the background answers it first.
    this.sending = this.quiet()
      .then(() => this.sendBatch())
      .finally(() => (this.sending = undefined));
    await this.sending;
    if (this.pending.size > 0) this.queueSend();
  }

  private async sendBatch(): Promise<void> {
    if (this.order.all.some((el) => !el.isConnected)) this.order.filter((el) => el.isConnected || this.forget(el));
    const items = [...this.pending].slice(0, TRIAGE_BATCH).map(([key, reading]) => ({ key, reading }));
    for (const { key } of items) this.pending.delete(key);
    const order = this.order.all.slice(0, TRIAGE_MAX_ITEMS).flatMap((el) => {
      const known = this.keys.get(el);
      return known?.identity ? [known.key] : [];
    });
    const reset = this.reset;
    this.reset = false;
    let answer;
    try {
      answer = await send('triage', { session: this.session, reset, platform: this.adapter.id, pageUrl: location.href, at: new Date().toISOString(), items, order });
    } catch {
      // No background (an updated extension): the toolbars work without triage.
      return;
    }
    if (!answer.ok) {
      if (answer.reason === 'resend') this.resendAll();
      return;
    }
    for (const state of answer.results) {
      this.states.set(state.key, state);
      const item = this.byKey.get(state.key);
      if (item) for (const listener of this.listeners) listener(item, state);
    }
  }

  private forget(el: Element): false {
    const known = this.keys.get(el);
    if (known) {
      this.byKey.delete(known.key);
      this.states.delete(known.key);
      this.pending.delete(known.key);
    }
    this.keys.delete(el);
    return false;
  }

  /** The background lost this page: everything read so far goes again, as a new session. */
  private resendAll(): void {
    this.session = crypto.randomUUID();
    this.reset = true;
    for (const el of this.order.all) {
      const known = this.keys.get(el);
      if (!known?.identity) continue;
      const reading = el.isConnected ? safeRead(this.adapter, el) : null;
      if (reading) this.pending.set(known.key, reading);
    }
    this.queueSend();
  }

  private onMessage(message: unknown): Promise<boolean> | undefined {
    const request = receive(['triage-focus', 'triage-resend'], message);
    if (!request) return undefined;
    if (request.type === 'triage-resend') {
      this.resendAll();
      return undefined;
    }
    const item = this.byKey.get(request.key);
    return Promise.resolve(!!item?.isConnected && this.focus(item));
  }
}
