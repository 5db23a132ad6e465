import { RESERVED_STYLE } from './toolbar-styles';

export const HOST_TAG = 'kommentarsvakt-toolbar';
/** The room kept for an item's toolbar until it comes into view: an empty element of the toolbar's height. */
export const SLOT_TAG = 'kommentarsvakt-slot';
/** Our elements in the page: never items, never looked into. */
export const OWN_TAGS = new Set([HOST_TAG, SLOT_TAG, 'kommentarsvakt-root']);
/** What an item carries of ours (the guide panel's root lives elsewhere, once per page). */
const OWN_SELECTOR = `${HOST_TAG}, ${SLOT_TAG}`;
export const isOwn = (node: Node): boolean => node.nodeType === 1 && OWN_TAGS.has((node as Element).localName);

/** Whether a childList record is about our own elements only (a reply's room inside its comment). */
export function onlyOwn(record: MutationRecord): boolean {
  for (const node of record.addedNodes) if (!isOwn(node)) return false;
  for (const node of record.removedNodes) if (!isOwn(node)) return false;
  return true;
}

/**
 * Each item's place in the page for its toolbar: an empty room of the toolbar's height, placed
 * beside the item before the browser first lays it out, and later the toolbar's host, which
 * takes the room at exactly that height so nothing on the page moves (issue 3: a toolbar that
 * moved the items below it made the browser re-walk the whole page of 2,000 comments).
 */
export class Rooms {
  /** The rooms and hosts made here (a page's copies of them are not). */
  private readonly own = new WeakSet<Element>();
  private readonly rooms = new Map<Element, HTMLElement>();
  /** Cloned for each item: cheaper than making each and setting its style (2,000 on a page). */
  private readonly template: HTMLElement;

  constructor(
    private readonly doc: Document,
    /** The element whose box is the item's screenshot (Adapter.frameOf). */
    private readonly frameOf: (item: Element) => Element,
  ) {
    this.template = doc.createElement(SLOT_TAG);
    this.template.setAttribute('style', RESERVED_STYLE);
  }

  /** Keeps room for the item's toolbar. */
  reserve(item: Element): void {
    const room = this.template.cloneNode() as HTMLElement;
    this.own.add(room);
    if (this.put(item, room)) this.rooms.set(item, room);
  }

  /** The item's toolbar host, in its room (or placed now if the room is gone); null if it cannot be placed. */
  host(item: Element): HTMLElement | null {
    const room = this.rooms.get(item);
    this.rooms.delete(item);
    const host = this.doc.createElement(HOST_TAG);
    this.own.add(host);
    host.setAttribute('style', RESERVED_STYLE);
    if (room?.isConnected) room.replaceWith(host);
    else if (!this.put(item, host)) return null;
    return host;
  }

  /** Gives the item's room back (an unreadable item, or one the page removed). */
  release(item: Element): void {
    this.rooms.get(item)?.remove();
    this.rooms.delete(item);
  }

  /**
   * A page script that copies an item's element (a list that clones its rows) copies our room
   * or toolbar with it: a copy is not ours to keep, and the item gets its own.
   */
  dropCopies(root: Element): void {
    for (const el of root.querySelectorAll(OWN_SELECTOR)) if (!this.own.has(el)) el.remove();
  }

  clear(): void {
    for (const room of this.rooms.values()) room.remove();
    this.rooms.clear();
  }

  /** Beside the item's own box, so our toolbar is not in the item's screenshot. */
  private put(item: Element, el: Element): boolean {
    try {
      const frame = this.frameOf(item);
      if (frame !== item) frame.after(el);
      else item.append(el);
      return true;
    } catch {
      return false;
    }
  }
}
