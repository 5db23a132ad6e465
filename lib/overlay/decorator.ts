import type { Adapter, ItemReading } from '../platforms';
import { identityOf, itemTest, safeFind, safeRead, steadily, type Decorated, type DecoratorHooks } from './decorated';
import { ViewLook } from './in-view';
import { AfterLayout } from './after-layout';
import { ParseWatcher } from './parse-watcher';
import { ContentWatch } from './content-watch';
import { PageChanges } from './page-changes';
import { Rooms } from './rooms';
import { Watchlist } from './watchlist';

export { HOST_TAG, SLOT_TAG } from './rooms';
export { ARRIVALS_TAKEN_AT_MOST } from './arrival-bound';

/**
 * A batch of at most this many items that a page script adds (infinite scroll brings 20–100)
 * gets its toolbars in the frame that first lays it out, in view or not; what the parser brings
 * (a page arriving as HTML) is decorated as it comes into view. The browser walks the
 * whole page in any frame that adds elements to it (~20 ms on 2,000 comments, with or without
 * us); toolbars drawn later, as each comes into view, made it walk again at nearly every frame
 * of the scroll (bench: +282 to +420 ms per 100 comments). A bigger batch is decorated as it
 * comes into view.
 */
export const ARRIVALS_DECORATED_AT_ONCE = 200;

/**
 * Finds the adapter's items as the page changes (observe, never poll). Each gets its room before the browser
 * first lays it out, and its toolbar lazily, in view (DESIGN.md decision 6; ./parse-watcher.ts, ./rooms.ts):
 * nothing moves when toolbars appear. Everything it attaches is removed when `signal` aborts.
 */
export class Decorator {
  private readonly seen = new WeakSet<Element>();
  private readonly decorated = new Map<Element, Decorated>();
  /** Items waiting to come into view; pruned when the page removes them (feeds recycle nodes). */
  private readonly watching: Watchlist;
  private readonly rooms: Rooms;
  /** Follows the parser while the page is parsed (./parse-watcher.ts). */
  private readonly parse: ParseWatcher;
  private snapshot: Decorated[] = [];
  private readonly listeners = new Set<() => void>();
  private nextId = 1;
  private scanQueued = false;
  private readonly mo: MutationObserver;
  private parsing = false;
  private scanned = false;
  private readonly content: ContentWatch;
  private readonly isItem: (el: Element) => boolean;
  /** Items given their room in this flush, in document order. */
  private placedNow: Element[] = [];
  /** Whether some of them came from the parser (or the first look at a page already parsed): those are decorated lazily. */
  private placedByParser = false;
  private readonly look = new ViewLook();
  private readonly afterLayout = new AfterLayout(() => this.doc.documentElement);

  constructor(
    private readonly adapter: Adapter,
    private readonly doc: Document,
    signal: AbortSignal,
    private readonly hooks: DecoratorHooks = {},
  ) {
    this.isItem = itemTest(adapter);
    this.rooms = new Rooms(doc, (item) => adapter.frameOf?.(item) ?? item, adapter.roomAfter === true);
    this.watching = new Watchlist((items) => this.onVisible(items), { observing: doc.readyState !== 'loading', doc });
    this.mo = new MutationObserver((records) => this.onMutations(records));
    this.parse = new ParseWatcher(doc, {
      subtree: (el) => this.fromParser(el, false),
      // Its children were looked at as they arrived; only the element itself is new.
      element: (el) => this.fromParser(el, true),
      changed: () => this.queueScan(),
      // An item still being parsed gets its room once the part it follows is complete (Rooms):
      // only where that part is a frame of its own. Elsewhere asking each growing element at
      // each look whether it is an item cost Instagram 4 ms of its load.
      growing: adapter.frameOf ? (el) => this.isItem(el) && this.rooms.reserveBesideComplete(el, (e) => this.parse.mayGrow(e)) : undefined,
    });
    this.content = new ContentWatch((el) => this.decorated.has(el), () => this.queueScan());
    signal.addEventListener('abort', () => this.destroy(), { once: true });
    if (doc.readyState === 'loading') {
      this.parsing = true;
      doc.addEventListener('readystatechange', () => this.parsed(), { signal, once: true });
    } else {
      this.mo.observe(doc, { childList: true, subtree: true });
    }
    this.scan();
    this.decorateInView();
  }

  /** The page is parsed: from now on page scripts change it, and they add whole subtrees. */
  private parsed(): void {
    this.parsing = false;
    this.watching.observeAll();
    this.parse.stop();
    // One registration on the document instead of one per complete subtree (see watchComplete).
    const pending = this.mo.takeRecords();
    this.mo.disconnect();
    this.mo.observe(this.doc, { childList: true, subtree: true });
    this.onMutations(pending);
    // Now, not at the next frame: the page's own handlers of this event come after ours, and one
    // that scrolls (a restored position, a jump to a comment) must find the last items' rooms
    // there (Firefox ran such a handler's timer before our frame: the end moved 427 px down).
    steadily(this.adapter, () => this.flush());
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): Decorated[] => this.snapshot;

  private readonly changes = new PageChanges();

  private onMutations(records: MutationRecord[]): void {
    if (this.changes.collect(records)) this.queueScan();
  }

  /**
   * Before the next frame is laid out: what a page script or the parser added in this task is
   * given its room before the browser first places it.
   */
  private queueScan(): void {
    if (this.scanQueued) return;
    this.scanQueued = true;
    requestAnimationFrame(() => {
      this.scanQueued = false;
      steadily(this.adapter, () => this.flush());
    });
  }

  /** Looks only at what was added since the last frame: pages hold thousands of items (issue 3). */
  private flush(): void {
    if (!this.scanned) this.scan();
    this.place(this.parse.step());
    const roots = this.changes.takeRoots();
    this.changes.bound.begin();
    let left = roots.size;
    for (const root of roots) {
      if (this.changes.bound.spent(left--)) break;
      if (!root.isConnected) continue;
      // One that came with its parent is looked at with it.
      const parent = root.parentElement;
      if (parent && roots.has(parent)) continue;
      this.rooms.dropCopies(root);
      this.lookIn(root);
      this.lookAround(root);
    }
    this.changes.bound.end();
    if (this.changes.takePruneDue()) this.prune();
    this.recheckIdentities(this.content.take());
    this.decorateInView();
    this.forgetOwnRecords();
  }

  /**
   * Our own rooms and toolbars are all that changed since the page's last records were
   * delivered (we run in a frame callback or an observer's): their records are dropped unread,
   * which spares the observers a wrapper for every node (2,000 rooms on a page).
   */
  private forgetOwnRecords(): void {
    this.mo.takeRecords();
    this.content.forgetRecords();
  }

  /** A complete subtree: its items, and itself if it is one. */
  private lookIn(root: Element): void {
    const found = safeFind(this.adapter, root);
    // A selector query does not list the root itself; adapters that find items from inside
    // (Instagram, from each time link) do, so asking them again would only repeat the climb.
    if (this.adapter.itemSelector && this.isItem(root)) found.push(root);
    this.place(found);
  }

  /**
   * A subtree a page script added: content arriving inside an item (a lazily rendered body)
   * may make it an item, or readable, only now. (While the page is parsed, an element on the
   * parser's path is looked at itself once complete instead.)
   */
  private lookAround(root: Element): void {
    const selector = this.adapter.itemSelector;
    if (selector) {
      const around = root.parentElement?.closest(selector);
      if (!around) return;
      if (!this.seen.has(around)) {
        if (this.isItem(around)) this.place([around]);
      } else if (!this.decorated.has(around)) this.watching.add(around);
      return;
    }
    // Items found from inside (Instagram: from each comment's time link) bring their time link
    // with them, so findItems(root) found them; a known, not yet readable one may be readable now.
    for (let el = root.parentElement; el; el = el.parentElement) {
      if (!this.seen.has(el)) continue;
      if (!this.decorated.has(el)) this.watching.add(el);
      break;
    }
  }

  /** What the parser completed: a subtree, or (`itself`) an element on its path. */
  private fromParser(el: Element, itself: boolean): void {
    this.placedByParser = true;
    if (!itself) this.lookIn(el);
    else if (this.isItem(el)) this.place([el]);
    // After its rooms: their records would only be dropped unread.
    this.watchComplete(el);
  }

  /** New items get their room now and a toolbar when they come into view; growing ones wait. */
  private place(items: Element[]): void {
    for (const item of items) {
      if (this.seen.has(item)) continue;
      if (!this.changes.bound.take()) continue;
      if (this.parse.mayGrow(item)) {
        this.parse.defer(item);
        continue;
      }
      this.seen.add(item);
      this.rooms.reserve(item);
      this.placedNow.push(item);
    }
  }

  /**
   * The items just given their room get their toolbar in this same frame: a batch a page script
   * added (infinite scroll) all of it, else those in view (./in-view.ts), looked at once the
   * frame is laid out (./after-layout.ts).
   */
  private decorateInView(): void {
    const items = this.placedNow;
    const byParser = this.placedByParser;
    const overflowed = this.changes.bound.takeOverflowed();
    this.placedNow = [];
    this.placedByParser = false;
    if (items.length === 0) return;
    const view = this.doc.defaultView;
    const whole = !byParser && items.length <= ARRIVALS_DECORATED_AT_ONCE;
    // Beyond the bound, no box is read: the first would lay out everything that came with them.
    if (whole || overflowed || !view) return this.decorateAll(items, whole ? items : [], whole, overflowed);
    const look = () => this.decorateAll(items, this.look.inView(items, view.innerHeight, byParser), false, false);
    this.afterLayout.schedule(() => (steadily(this.adapter, look), this.forgetOwnRecords()));
  }

  private decorateAll(items: Element[], now: readonly Element[], whole: boolean, overflowed: boolean): void {
    let changed = false;
    for (const item of now) if (this.decorate(item)) changed = true;
    if (!whole) {
      this.watching.addAllBut(items, now);
      // A batch beyond the bound (a page script's flood) is not read ahead either, only in view.
      if (!overflowed) this.hooks.waiting?.(items.filter((item) => !this.decorated.has(item)));
    }
    if (changed) this.publish();
  }

  /** The first look, once the document has its root element (at document_start it may not yet). */
  private scan(): void {
    const root = this.doc.documentElement;
    if (!root || this.scanned) return;
    this.scanned = true;
    this.parse.start(root);
  }

  /**
   * While the page is parsed, what the parser has finished is watched for page scripts'
   * changes, subtree by subtree: the parser never adds to it again, so this costs it nothing
   * (a subtree observer of the whole document would record each of its 60,000 insertions).
   */
  private watchComplete(el: Element): void {
    if (this.parsing) this.mo.observe(el, { childList: true, subtree: true });
  }

  private prune(): void {
    for (const item of this.watching.takeDisconnected()) {
      this.seen.delete(item);
      this.rooms.release(item);
    }
    let changed = false;
    for (const [item, entry] of this.decorated) {
      if (!item.isConnected || !entry.host.isConnected) {
        this.rooms.remove(entry.host);
        this.decorated.delete(item);
        this.seen.delete(item);
        changed = true;
      }
    }
    if (changed) this.publish();
  }

  /** Items that came near the view, with their neighbours (./watchlist.ts). */
  private onVisible(items: Element[]): void {
    let changed = false;
    steadily(this.adapter, () => {
      for (const item of items) if (this.decorate(item)) changed = true;
    });
    if (changed) this.publish();
    this.forgetOwnRecords();
  }

  /** Re-reads items whose content changed; a different comment in the same node gets a new toolbar. */
  private recheckIdentities(items: Element[]): void {
    let changed = false;
    for (const item of items) {
      const entry = this.decorated.get(item);
      if (!entry) continue;
      const reading = safeRead(this.adapter, item);
      const identity = identityOf(reading);
      if (identity !== entry.identity) {
        this.decorated.set(item, { ...entry, reading, identity, version: entry.version + 1 });
        if (reading) this.notify(item, reading);
        changed = true;
      }
    }
    if (changed) this.publish();
  }

  private decorate(item: Element): boolean {
    if (this.decorated.has(item)) return false;
    const reading = safeRead(this.adapter, item);
    // An item the adapter cannot read gets no button at all, never a broken one (issue 2); its
    // room goes too. Content arriving in it later has it looked at again (lookAround).
    if (!reading) {
      this.rooms.release(item);
      return false;
    }
    // Into the room kept for it, which keeps its height, so nothing on the page moves.
    const host = this.rooms.host(item);
    if (!host) return false;
    const shadow = host.attachShadow({ mode: 'open' });
    this.decorated.set(item, { id: this.nextId++, item, host, shadow, reading, version: 0, identity: identityOf(reading) });
    this.content.watch(item);
    this.notify(item, reading);
    return true;
  }

  /** An item the side panel chose, decorated now (not when it comes into view); true if it has a toolbar. */
  decorateNow(item: Element): boolean {
    if (this.seen.has(item) && this.decorate(item)) this.publish();
    return this.decorated.has(item);
  }

  private notify(item: Element, reading: ItemReading): void {
    try {
      this.hooks.decorated?.(item, reading);
    } catch {
      // A listener's failure must not cost the page its toolbars.
    }
  }

  private publish(): void {
    this.snapshot = Array.from(this.decorated, ([, entry]) => entry);
    for (const listener of this.listeners) listener();
  }

  private destroy(): void {
    this.afterLayout.destroy();
    this.mo.disconnect();
    this.parse.clear();
    this.content.disconnect();
    this.watching.clear();
    this.rooms.clear();
    this.decorated.forEach((entry) => this.rooms.remove(entry.host));
    this.decorated.clear();
    this.publish();
    this.listeners.clear();
  }
}
