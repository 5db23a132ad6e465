import { onlyOwn } from './rooms';

const NONE: Element[] = [];

/**
 * Watches the decorated items' own content, to notice recycled nodes (DOM-NOTES: Studio): a
 * feed that puts another comment into the same node. The items whose content changed are
 * collected and handed over at the decorator's next frame (`take`), to be read again.
 */
export class ContentWatch {
  private readonly mo: MutationObserver;
  private readonly changed = new Set<Element>();

  constructor(
    /** Whether the element is a decorated item. */
    private readonly isDecorated: (el: Element) => boolean,
    /** Something changed: the decorator looks at its next frame. */
    private readonly onChange: () => void,
  ) {
    this.mo = new MutationObserver((records) => this.onRecords(records));
  }

  watch(item: Element): void {
    this.mo.observe(item, { childList: true, subtree: true, characterData: true });
  }

  /** The items whose content changed since the last call (at every frame of ours: mostly none). */
  take(): Element[] {
    if (this.changed.size === 0) return NONE;
    const items = [...this.changed];
    this.changed.clear();
    return items;
  }

  /** Our own changes are all that happened since the records were delivered: dropped unread. */
  forgetRecords(): void {
    this.mo.takeRecords();
  }

  disconnect(): void {
    this.mo.disconnect();
    this.changed.clear();
  }

  private onRecords(records: MutationRecord[]): void {
    for (const record of records) {
      // Our own rooms and toolbars arriving inside an item (a reply's, on Facebook) change nothing.
      if (record.type === 'childList' && onlyOwn(record)) continue;
      const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      for (let el = target; el; el = el.parentElement) {
        if (this.isDecorated(el)) {
          this.changed.add(el);
          break;
        }
      }
    }
    if (this.changed.size > 0) this.onChange();
  }
}
