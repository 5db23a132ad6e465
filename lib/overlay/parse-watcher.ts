import { mayStillGrow, parseFrontier } from './parse-frontier';
import { OWN_TAGS } from './rooms';

/** What the decorator does with what the parser has finished. */
export interface ParseHooks {
  /** A complete subtree, seen for the first time. */
  subtree(el: Element): void;
  /** An element on the parser's path that is now complete; its children were each given to `subtree` or watched themselves. */
  element(el: Element): void;
  /** The parser added children on its path: look again before the next frame. */
  changed(): void;
  /** An element on the parser's path that is still growing, at each look (a few: the path's depth). */
  growing?(el: Element): void;
}

/**
 * Follows the HTML parser while it builds the page (the content script starts at
 * document_start), so that items are looked at once complete and before their first layout.
 * Only the elements on the parser's path are watched, for children, and their new children are
 * read from the last one seen (element siblings, no mutation records): a subtree observer of
 * the document while 60,000 nodes are parsed one by one cost the page ~500 ms in records and
 * their garbage (bench, issue 3). Items found while still growing wait here until complete.
 */
export class ParseWatcher {
  /** Elements on the parser's path, each with its last child already looked at. */
  private readonly growing = new Map<Element, Element | null>();
  private readonly growingItems = new Set<Element>();
  private frontier: Element | null;
  /** A trigger only: the children are read from the growing elements themselves (advance()). */
  private readonly mo: MutationObserver;

  constructor(
    private readonly doc: Document,
    private readonly hooks: ParseHooks,
  ) {
    this.frontier = parseFrontier(doc);
    this.mo = new MutationObserver(() => hooks.changed());
    // The document node too: at document_start it may have no root element yet.
    if (doc.readyState === 'loading') this.mo.observe(doc, { childList: true });
  }

  /** Whether `el` may still receive children from the parser (as of the last look). */
  mayGrow(el: Element): boolean {
    return mayStillGrow(el, this.frontier);
  }

  /** The first look at `root`: complete subtrees whole, the parser's path element by element. */
  start(root: Element): void {
    this.frontier = parseFrontier(this.doc);
    this.scan(root);
  }

  /** Waits for an item that may still grow. */
  defer(item: Element): void {
    this.growingItems.add(item);
  }

  /** Looks again: new children on the path, elements now complete, and the deferred items complete now (returned). */
  step(): Element[] {
    this.frontier = parseFrontier(this.doc);
    // Map.forEach also visits entries that advance() adds meanwhile.
    this.growing.forEach((_value, el) => {
      if (!el.isConnected) {
        this.growing.delete(el);
        return;
      }
      this.advance(el);
      if (this.mayGrow(el)) {
        this.hooks.growing?.(el);
        return;
      }
      this.growing.delete(el);
      this.hooks.element(el);
    });
    const complete: Element[] = [];
    for (const item of this.growingItems) {
      if (item.isConnected && this.mayGrow(item)) continue;
      this.growingItems.delete(item);
      if (item.isConnected) complete.push(item);
    }
    return complete;
  }

  /** Parsing is over: no more children to wait for (a last step() completes what was growing). */
  stop(): void {
    this.mo.disconnect();
  }

  clear(): void {
    this.mo.disconnect();
    this.growing.clear();
    this.growingItems.clear();
  }

  private scan(el: Element): void {
    if (!this.mayGrow(el)) {
      this.hooks.subtree(el);
      return;
    }
    if (this.growing.has(el)) return;
    this.growing.set(el, null);
    this.mo.observe(el, { childList: true });
    this.advance(el);
  }

  /** The children a growing element received since the last look. */
  private advance(el: Element): void {
    let last = this.growing.get(el) ?? null;
    for (let child = last ? last.nextElementSibling : el.firstElementChild; child; child = child.nextElementSibling) {
      if (OWN_TAGS.has(child.localName)) continue;
      this.scan(child);
      last = child;
    }
    this.growing.set(el, last);
  }
}
