import type { Adapter } from '../platforms';

/** One item that has a toolbar: the page's element, and our host beside it. */
export interface Decorated {
  id: number;
  item: Element;
  host: HTMLElement;
  shadow: ShadowRoot;
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
  private snapshot: Decorated[] = [];
  private readonly listeners = new Set<() => void>();
  private nextId = 1;
  private scanQueued = false;
  private readonly io: IntersectionObserver;
  private readonly mo: MutationObserver;

  constructor(
    private readonly adapter: Adapter,
    private readonly doc: Document,
    signal: AbortSignal,
  ) {
    this.io = new IntersectionObserver((entries) => this.onVisible(entries), { rootMargin: '200px 0px' });
    this.mo = new MutationObserver((records) => this.onMutations(records));
    this.mo.observe(doc.documentElement, { childList: true, subtree: true });
    signal.addEventListener('abort', () => this.destroy(), { once: true });
    this.scan();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): Decorated[] => this.snapshot;

  /** The decorated entry for an element inside an item (for the keyboard shortcut, later). */
  entryFor(node: Element): Decorated | undefined {
    for (const entry of this.snapshot) if (entry.item.contains(node)) return entry;
    return undefined;
  }

  private onMutations(records: MutationRecord[]): void {
    let relevant = false;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && (node as Element).localName !== HOST_TAG) relevant = true;
      }
      if (record.removedNodes.length > 0) relevant = true;
    }
    if (relevant) this.queueScan();
  }

  private queueScan(): void {
    if (this.scanQueued) return;
    this.scanQueued = true;
    requestAnimationFrame(() => {
      this.scanQueued = false;
      this.scan();
    });
  }

  private scan(): void {
    let items: Element[];
    try {
      items = this.adapter.findItems(this.doc);
    } catch {
      // A site redesign must never turn into errors on the page (issue 3): decorate nothing.
      items = [];
    }
    for (const item of items) {
      if (this.seen.has(item)) continue;
      this.seen.add(item);
      this.io.observe(item);
    }
    let changed = false;
    for (const [item, entry] of this.decorated) {
      if (!item.isConnected || !entry.host.isConnected) {
        entry.host.remove();
        this.decorated.delete(item);
        this.seen.delete(item);
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
      if (this.decorate(entry.target)) changed = true;
    }
    if (changed) this.publish();
  }

  private decorate(item: Element): boolean {
    if (this.decorated.has(item)) return false;
    let readable: boolean;
    try {
      readable = this.adapter.read(item) !== null;
    } catch {
      readable = false;
    }
    // An item the adapter cannot read gets no button at all, never a broken one (issue 2).
    if (!readable) return false;
    const host = this.doc.createElement(HOST_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const frame = this.adapter.frameOf?.(item) ?? item;
    // After the item's own box, so our toolbar is not in the item's screenshot.
    if (frame !== item) frame.after(host);
    else item.append(host);
    this.decorated.set(item, { id: this.nextId++, item, host, shadow });
    return true;
  }

  private publish(): void {
    this.snapshot = [...this.decorated.values()];
    for (const listener of this.listeners) listener();
  }

  private destroy(): void {
    this.io.disconnect();
    this.mo.disconnect();
    for (const entry of this.decorated.values()) entry.host.remove();
    this.decorated.clear();
    this.publish();
    this.listeners.clear();
  }
}
