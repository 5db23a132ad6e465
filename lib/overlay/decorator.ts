import type { Adapter, ItemReading } from '../platforms';

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

/**
 * Finds the adapter's items as the page changes (observe, never poll) and gives each one a
 * toolbar host lazily, when it comes into view (DESIGN.md decision 6: pages hold thousands of
 * comments). Everything it attaches is removed when `signal` aborts.
 */
export class Decorator {
  private readonly seen = new WeakSet<Element>();
  private readonly decorated = new Map<Element, Decorated>();
  /** Items waiting to come into view; pruned when the page removes them (feeds recycle nodes). */
  private readonly watching = new Set<Element>();
  private snapshot: Decorated[] = [];
  private readonly listeners = new Set<() => void>();
  private nextId = 1;
  private scanQueued = false;
  private readonly io: IntersectionObserver;
  private readonly mo: MutationObserver;
  /** Watches the decorated items' own content, to notice recycled nodes (DOM-NOTES: Studio). */
  private readonly contentMo: MutationObserver;
  private readonly changedItems = new Set<Element>();

  constructor(
    private readonly adapter: Adapter,
    private readonly doc: Document,
    signal: AbortSignal,
    /** Told of each item decorated, and of a recycled node that now shows another comment (lib/overlay/activity-report.ts). */
    private readonly onDecorated?: (item: Element, reading: ItemReading) => void,
  ) {
    this.io = new IntersectionObserver((entries) => this.onVisible(entries), { rootMargin: '200px 0px' });
    this.mo = new MutationObserver((records) => this.onMutations(records));
    this.mo.observe(doc.documentElement, { childList: true, subtree: true });
    this.contentMo = new MutationObserver((records) => this.onContent(records));
    signal.addEventListener('abort', () => this.destroy(), { once: true });
    this.scan();
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
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        if (el.localName === HOST_TAG || el.localName === 'kommentarsvakt-root') continue;
        this.pendingRoots.add(el);
      }
      if (record.removedNodes.length > 0) this.pruneDue = true;
    }
    if (this.pendingRoots.size > 0 || this.pruneDue) this.queueScan();
  }

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
    const roots = [...this.pendingRoots];
    this.pendingRoots.clear();
    if (!this.adapter.itemSelector) {
      // Items found from inside (Instagram: from each comment's time link): look only inside
      // what was added. A rescan of the whole page per batch cost ~105 ms per 100 appended
      // comments on 2,000 (bench); an item always brings its own time link with it.
      for (const root of roots) {
        if (!root.isConnected) continue;
        this.consider(this.safeFind(root));
        // Content that arrives inside a known, not yet readable item may make it readable now.
        for (let el = root.parentElement; el; el = el.parentElement) {
          if (!this.seen.has(el)) continue;
          if (!this.decorated.has(el)) this.watch(el);
          break;
        }
      }
    } else {
      for (const root of roots) {
        if (!root.isConnected) continue;
        this.consider(this.safeFind(root));
        if (root.matches(this.adapter.itemSelector)) this.consider([root]);
        // Content that arrives inside a known item (a lazily rendered body) may make it readable now.
        const around = root.parentElement?.closest(this.adapter.itemSelector);
        if (around && this.seen.has(around) && !this.decorated.has(around)) this.watch(around);
      }
    }
    if (this.pruneDue) this.prune();
    if (this.changedItems.size > 0) this.recheckIdentities();
  }

  private safeFind(root: ParentNode): Element[] {
    try {
      return this.adapter.findItems(root);
    } catch {
      // A site redesign must never turn into errors on the page (issue 3): decorate nothing.
      return [];
    }
  }

  private consider(items: Element[]): void {
    for (const item of items) {
      if (this.seen.has(item)) continue;
      this.seen.add(item);
      this.watch(item);
    }
  }

  private watch(item: Element): void {
    this.watching.add(item);
    this.io.observe(item);
  }

  private scan(): void {
    this.consider(this.safeFind(this.doc));
  }

  private prune(): void {
    this.pruneDue = false;
    for (const item of this.watching) {
      if (!item.isConnected) {
        this.io.unobserve(item);
        this.watching.delete(item);
        this.seen.delete(item);
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
  }

  private onContent(records: MutationRecord[]): void {
    for (const record of records) {
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
    // An item the adapter cannot read gets no button at all, never a broken one (issue 2).
    if (!reading) return false;
    const host = this.doc.createElement(HOST_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const frame = this.adapter.frameOf?.(item) ?? item;
    // After the item's own box, so our toolbar is not in the item's screenshot.
    if (frame !== item) frame.after(host);
    else item.append(host);
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
    this.contentMo.disconnect();
    this.watching.clear();
    for (const entry of this.decorated.values()) entry.host.remove();
    this.decorated.clear();
    this.publish();
    this.listeners.clear();
  }
}
