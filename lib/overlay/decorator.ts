import type { Adapter, ItemReading } from '../platforms';
import { mayStillGrow, parseFrontier } from './parse-frontier';
import { RESERVED_STYLE } from './toolbar-styles';

/** One item that has a toolbar: the page's element, and our host beside it. */
export interface Decorated {
  id: number;
  item: Element;
  host: HTMLElement;
  shadow: ShadowRoot;
  /** What the adapter read when the item was decorated, or re-read after recycling (null: unreadable now). */
  reading: ItemReading | null;
  /** Changes when the node now shows another comment (Studio and Facebook recycle nodes). */
  version: number;
  identity: string;
}

/** Who said what: a recycled node that shows another comment gets a fresh toolbar. */
function identityOf(reading: ItemReading | null): string {
  return reading ? (reading.itemId ?? `${reading.author}\n${reading.text}`) : '';
}

export const HOST_TAG = 'kommentarsvakt-toolbar';
/** The room kept for an item's toolbar until it comes into view: an empty element of the toolbar's height. */
export const SLOT_TAG = 'kommentarsvakt-slot';
/** How far beyond the view an item is decorated ahead of scrolling. */
const VIEW_MARGIN_PX = 200;
const OWN_TAGS = new Set([HOST_TAG, SLOT_TAG, 'kommentarsvakt-root']);
/** What an item carries of ours (the guide panel's root lives elsewhere, once per page). */
const OWN_SELECTOR = `${HOST_TAG}, ${SLOT_TAG}`;
const isOwn = (node: Node): boolean => node.nodeType === 1 && OWN_TAGS.has((node as Element).localName);

/**
 * Finds the adapter's items as the page changes (observe, never poll). Each item gets its room
 * at once, before the browser first lays it out (an empty slot of the toolbar's height), and
 * its toolbar lazily, when it comes into view (DESIGN.md decision 6: pages hold thousands of
 * comments). The content script starts before the page is parsed, so on a page that arrives
 * as HTML the rooms are laid out with the comments, and nothing moves when toolbars appear
 * (./parse-frontier.ts). Everything it attaches is removed when `signal` aborts.
 */
export class Decorator {
  private readonly seen = new WeakSet<Element>();
  /** The rooms and toolbar hosts this decorator made (copies of them are not). */
  private readonly own = new WeakSet<Element>();
  private readonly decorated = new Map<Element, Decorated>();
  /** Items waiting to come into view; pruned when the page removes them (feeds recycle nodes). */
  private readonly watching = new Set<Element>();
  /** The reserved room of each item that has no toolbar yet. */
  private readonly slots = new Map<Element, HTMLElement>();
  /**
   * Elements on the parser's path, each with its last child already looked at: new children
   * are read from there on (element siblings, no mutation records), and the element itself
   * once it is complete.
   */
  private readonly growing = new Map<Element, Element | null>();
  /** Items found while still growing: given their room once complete. */
  private readonly growingItems = new Set<Element>();
  private snapshot: Decorated[] = [];
  private readonly listeners = new Set<() => void>();
  private nextId = 1;
  private scanQueued = false;
  private readonly io: IntersectionObserver;
  private readonly mo: MutationObserver;
  /** While the page is parsed: the parser's path, for children (see the constructor). */
  private readonly parseMo: MutationObserver;
  private parsing = false;
  private scanned = false;
  /** Watches the decorated items' own content, to notice recycled nodes (DOM-NOTES: Studio). */
  private readonly contentMo: MutationObserver;
  private readonly changedItems = new Set<Element>();
  private readonly isItem: (el: Element) => boolean;
  /** Items given their room in this flush, in document order. */
  private placedNow: Element[] = [];
  /** Cloned for each item: cheaper than making each and setting its style (2,000 on a page). */
  private readonly slotTemplate: HTMLElement;

  constructor(
    private readonly adapter: Adapter,
    private readonly doc: Document,
    signal: AbortSignal,
    /** Told of each item decorated, and of a recycled node that now shows another comment (lib/overlay/activity-report.ts). */
    private readonly onDecorated?: (item: Element, reading: ItemReading) => void,
  ) {
    const selector = adapter.itemSelector;
    this.isItem = adapter.isItem ?? (selector ? (el) => el.matches(selector) : () => false);
    this.slotTemplate = doc.createElement(SLOT_TAG);
    this.slotTemplate.setAttribute('style', RESERVED_STYLE);
    this.io = new IntersectionObserver((entries) => this.onVisible(entries), { rootMargin: `${VIEW_MARGIN_PX}px 0px` });
    this.mo = new MutationObserver((records) => this.onMutations(records));
    // A trigger only: the children are read from the growing elements themselves (advance()).
    this.parseMo = new MutationObserver(() => this.queueScan());
    this.contentMo = new MutationObserver((records) => this.onContent(records));
    signal.addEventListener('abort', () => this.destroy(), { once: true });
    if (doc.readyState === 'loading') {
      this.parsing = true;
      // While the parser builds the page, only the elements on its path are watched, for
      // children (bench: a subtree observer of the document while 60,000 nodes are parsed one
      // by one cost the page ~500 ms, in records and their garbage). The document node too,
      // since at document_start it may have no root element yet.
      this.parseMo.observe(doc, { childList: true });
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
    for (const item of this.watching) this.io.observe(item);
    this.parseMo.disconnect();
    // One registration on the document instead of one per complete subtree (see scanGrowing).
    const pending = this.mo.takeRecords();
    this.mo.disconnect();
    this.mo.observe(this.doc, { childList: true, subtree: true });
    this.onMutations(pending);
    this.queueScan();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): Decorated[] => this.snapshot;

  private pendingRoots = new Set<Element>();
  private pruneDue = false;

  private onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1 || isOwn(node)) continue;
        this.pendingRoots.add(node as Element);
      }
      if (!this.pruneDue && record.removedNodes.length > 0) for (const node of record.removedNodes) if (!isOwn(node)) this.pruneDue = true;
    }
    if (this.pendingRoots.size > 0 || this.pruneDue) this.queueScan();
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
      this.flush();
    });
  }

  /** Looks only at what was added since the last frame: pages hold thousands of items (issue 3). */
  private flush(): void {
    if (!this.scanned) this.scan();
    const frontier = parseFrontier(this.doc);
    // Map iteration also visits entries that advance() adds meanwhile.
    for (const el of this.growing.keys()) {
      if (!el.isConnected) {
        this.growing.delete(el);
        continue;
      }
      this.advance(el, frontier);
      if (mayStillGrow(el, frontier)) continue;
      this.growing.delete(el);
      // Its children were looked at as they arrived; only the element itself is new.
      if (this.isItemSafe(el)) this.place([el], frontier);
      this.watchComplete(el);
    }
    for (const item of this.growingItems) {
      if (!item.isConnected) this.growingItems.delete(item);
      else if (!mayStillGrow(item, frontier)) {
        this.growingItems.delete(item);
        this.place([item], frontier);
      }
    }
    const roots = this.pendingRoots;
    this.pendingRoots = new Set();
    for (const root of roots) {
      if (!root.isConnected) continue;
      // One that came with its parent is looked at with it.
      const parent = root.parentElement;
      if (parent && roots.has(parent)) continue;
      this.dropCopies(root);
      this.lookIn(root, null);
      this.lookAround(root);
    }
    if (this.pruneDue) this.prune();
    if (this.changedItems.size > 0) this.recheckIdentities();
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
    this.contentMo.takeRecords();
  }

  /** The children a growing element received since the last look. */
  private advance(el: Element, frontier: Element | null): void {
    let last = this.growing.get(el) ?? null;
    for (let child = last ? last.nextElementSibling : el.firstElementChild; child; child = child.nextElementSibling) {
      if (OWN_TAGS.has(child.localName)) continue;
      this.scanGrowing(child, frontier);
      last = child;
    }
    this.growing.set(el, last);
  }

  /**
   * A page script that copies an item's element (a list that clones its rows) copies our room
   * or toolbar with it: a copy is not ours to keep, and the item gets its own.
   */
  private dropCopies(root: Element): void {
    for (const el of root.querySelectorAll(OWN_SELECTOR)) if (!this.own.has(el)) el.remove();
  }

  /** A complete subtree: its items, and itself if it is one. */
  private lookIn(root: Element, frontier: Element | null): void {
    const found = this.safeFind(root);
    // A selector query does not list the root itself; adapters that find items from inside
    // (Instagram, from each time link) do, so asking them again would only repeat the climb.
    if (this.adapter.itemSelector && this.isItemSafe(root)) found.push(root);
    this.place(found, frontier);
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
        if (this.isItemSafe(around)) this.place([around], null);
      } else if (!this.decorated.has(around)) this.watch(around);
      return;
    }
    // Items found from inside (Instagram: from each comment's time link) bring their time link
    // with them, so findItems(root) found them; a known, not yet readable one may be readable now.
    for (let el = root.parentElement; el; el = el.parentElement) {
      if (!this.seen.has(el)) continue;
      if (!this.decorated.has(el)) this.watch(el);
      break;
    }
  }

  private safeFind(root: ParentNode): Element[] {
    try {
      return this.adapter.findItems(root);
    } catch {
      // A site redesign must never turn into errors on the page (issue 3): decorate nothing.
      return [];
    }
  }

  private isItemSafe(el: Element): boolean {
    try {
      return this.isItem(el);
    } catch {
      return false;
    }
  }

  /** New items get their room now and a toolbar when they come into view; growing ones wait. */
  private place(items: Element[], frontier: Element | null): void {
    for (const item of items) {
      if (this.seen.has(item)) continue;
      if (mayStillGrow(item, frontier)) {
        this.growingItems.add(item);
        continue;
      }
      this.seen.add(item);
      const slot = this.slotTemplate.cloneNode() as HTMLElement;
      this.own.add(slot);
      if (this.put(item, slot)) this.slots.set(item, slot);
      this.watch(item);
      this.placedNow.push(item);
    }
  }

  /**
   * The items just given their room that are in view (or within the observer's margin) get
   * their toolbar in this same frame: the browser lays the page out once, with them. Waiting
   * for the observer would cost a whole extra frame on a page of thousands of comments
   * (bench: 25–30 ms of PrePaint and compositing for a few toolbars). All rooms are placed
   * before any box is read, so the page is laid out once here, where it would be anyway; items
   * come in document order, so the first one below the view ends the look and the observer
   * decorates the rest as they come.
   */
  private decorateInView(): void {
    const items = this.placedNow;
    this.placedNow = [];
    const view = this.doc.defaultView;
    if (items.length === 0 || !view) return;
    const top = -VIEW_MARGIN_PX;
    const bottom = view.innerHeight + VIEW_MARGIN_PX;
    const inView: Element[] = [];
    for (const item of items) {
      if (!item.isConnected) continue;
      const box = item.getBoundingClientRect();
      if (box.top > bottom) break;
      if (box.bottom >= top) inView.push(item);
    }
    let changed = false;
    for (const item of inView) {
      this.io.unobserve(item);
      this.watching.delete(item);
      if (this.decorate(item)) changed = true;
    }
    if (changed) this.publish();
  }

  /** Beside the item's own box, so our toolbar is not in the item's screenshot. */
  private put(item: Element, el: Element): boolean {
    try {
      const frame = this.adapter.frameOf?.(item) ?? item;
      if (frame !== item) frame.after(el);
      else item.append(el);
      return true;
    } catch {
      return false;
    }
  }

  private watch(item: Element): void {
    this.watching.add(item);
    // While the page is parsed, the browser would work out every watched item's visibility at
    // every frame: items are watched from the end of parsing (their rooms are already there).
    if (!this.parsing) this.io.observe(item);
  }

  /** The first look, once the document has its root element (at document_start it may not yet). */
  private scan(): void {
    const root = this.doc.documentElement;
    if (!root || this.scanned) return;
    this.scanned = true;
    this.scanGrowing(root, parseFrontier(this.doc));
  }

  /** Complete subtrees whole; an element on the parser's path is watched for children, and its present ones looked at. */
  private scanGrowing(el: Element, frontier: Element | null): void {
    if (!mayStillGrow(el, frontier)) {
      this.lookIn(el, frontier);
      this.watchComplete(el);
      return;
    }
    if (this.growing.has(el)) return;
    this.growing.set(el, null);
    this.parseMo.observe(el, { childList: true });
    this.advance(el, frontier);
  }

  /**
   * While the page is parsed, what the parser has finished is watched for page scripts'
   * changes, subtree by subtree: the parser never adds to it again, so this costs it nothing
   * (a subtree observer of the whole document would record each of its 60,000 insertions).
   */
  private watchComplete(el: Element): void {
    if (this.parsing) this.mo.observe(el, { childList: true, subtree: true });
  }

  private dropSlot(item: Element): void {
    this.slots.get(item)?.remove();
    this.slots.delete(item);
  }

  private prune(): void {
    this.pruneDue = false;
    for (const item of this.watching) {
      if (!item.isConnected) {
        this.io.unobserve(item);
        this.watching.delete(item);
        this.seen.delete(item);
        this.dropSlot(item);
      }
    }
    let changed = false;
    for (const [item, entry] of this.decorated) {
      if (!item.isConnected || !entry.host.isConnected) {
        entry.host.remove();
        this.decorated.delete(item);
        this.seen.delete(item);
        this.io.unobserve(item);
        changed = true;
      }
    }
    if (changed) this.publish();
  }

  private onVisible(entries: IntersectionObserverEntry[]): void {
    let changed = false;
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      this.io.unobserve(entry.target);
      this.watching.delete(entry.target);
      if (this.decorate(entry.target)) changed = true;
    }
    if (changed) this.publish();
    this.forgetOwnRecords();
  }

  private onContent(records: MutationRecord[]): void {
    for (const record of records) {
      // Our own rooms and toolbars arriving inside an item (a reply's, on Facebook) change nothing.
      if (record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every(isOwn)) continue;
      const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      for (let el = target; el; el = el.parentElement) {
        if (this.decorated.has(el)) {
          this.changedItems.add(el);
          break;
        }
      }
    }
    if (this.changedItems.size > 0) this.queueScan();
  }

  /** Re-reads items whose content changed; a different comment in the same node gets a new toolbar. */
  private recheckIdentities(): void {
    let changed = false;
    for (const item of this.changedItems) {
      const entry = this.decorated.get(item);
      if (!entry) continue;
      const reading = this.safeRead(item);
      const identity = identityOf(reading);
      if (identity !== entry.identity) {
        this.decorated.set(item, { ...entry, reading, identity, version: entry.version + 1 });
        if (reading) this.notify(item, reading);
        changed = true;
      }
    }
    this.changedItems.clear();
    if (changed) this.publish();
  }

  private safeRead(item: Element) {
    try {
      return this.adapter.read(item);
    } catch {
      return null;
    }
  }

  private decorate(item: Element): boolean {
    if (this.decorated.has(item)) return false;
    const reading = this.safeRead(item);
    const slot = this.slots.get(item);
    this.slots.delete(item);
    // An item the adapter cannot read gets no button at all, never a broken one (issue 2); its
    // room goes too. Content arriving in it later has it looked at again (lookIn).
    if (!reading) {
      slot?.remove();
      return false;
    }
    const host = this.doc.createElement(HOST_TAG);
    this.own.add(host);
    host.setAttribute('style', RESERVED_STYLE);
    const shadow = host.attachShadow({ mode: 'open' });
    // Into the room kept for it: the same height, so nothing on the page moves.
    if (slot?.isConnected) slot.replaceWith(host);
    else if (!this.put(item, host)) return false;
    this.decorated.set(item, { id: this.nextId++, item, host, shadow, reading, version: 0, identity: identityOf(reading) });
    this.contentMo.observe(item, { childList: true, subtree: true, characterData: true });
    this.notify(item, reading);
    return true;
  }

  private notify(item: Element, reading: ItemReading): void {
    try {
      this.onDecorated?.(item, reading);
    } catch {
      // A listener's failure must not cost the page its toolbars.
    }
  }

  private publish(): void {
    this.snapshot = [...this.decorated.values()];
    for (const listener of this.listeners) listener();
  }

  private destroy(): void {
    this.io.disconnect();
    this.mo.disconnect();
    this.parseMo.disconnect();
    this.contentMo.disconnect();
    this.watching.clear();
    this.growing.clear();
    this.growingItems.clear();
    for (const slot of this.slots.values()) slot.remove();
    this.slots.clear();
    for (const entry of this.decorated.values()) entry.host.remove();
    this.decorated.clear();
    this.publish();
    this.listeners.clear();
  }
}
