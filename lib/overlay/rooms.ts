import { GROWN_STYLE, RESERVED_STYLE } from './toolbar-styles';

export const HOST_TAG = 'kommentarsvakt-toolbar';
/** The room kept for an item's toolbar until it comes into view: an empty element of the toolbar's height. */
export const SLOT_TAG = 'kommentarsvakt-slot';
/** The guide panel's React root and the shortcut's message (components/overlay, ./toast.ts). */
export const PANEL_TAG = 'kommentarsvakt-root';
export const TOAST_TAG = 'kommentarsvakt-toast';
/** Our elements in the page: never items, never looked into. */
export const OWN_TAGS = new Set([HOST_TAG, SLOT_TAG, PANEL_TAG, TOAST_TAG]);
/**
 * Ours that draw something (a room is empty space): hidden in every screenshot, item and full
 * page, so the picture shows the page as the public sees it (issue 18).
 */
export const DRAWN_TAGS = [HOST_TAG, PANEL_TAG, TOAST_TAG] as const;
export const isOwn = (node: Node): boolean => node.nodeType === 1 && OWN_TAGS.has((node as Element).localName);

/** Whether a childList record is about our own elements only (a reply's room inside its comment). */
export function onlyOwn(record: MutationRecord): boolean {
  for (const node of record.addedNodes) if (!isOwn(node)) return false;
  for (const node of record.removedNodes) if (!isOwn(node)) return false;
  return true;
}

/**
 * Each item's place in the page for its toolbar: an empty room of the toolbar's height, placed
 * beside the item before the browser first lays it out, and later the toolbar's host, drawn
 * inside the room, which keeps its height, so nothing on the page moves (issue 3: a toolbar that
 * moved the items below it made the browser re-walk the whole page of 2,000 comments). The room
 * stays: it is where the browser's relayout stops (RESERVED_STYLE).
 */
export class Rooms {
  /** The rooms and hosts made here (a page's copies of them are not). */
  private readonly own = new WeakSet<Element>();
  /** Rooms still empty, by item. */
  private readonly rooms = new Map<Element, HTMLElement>();
  /** Cloned for each item: cheaper than making each and setting its style (2,000 on a page). */
  private readonly template: HTMLElement;

  constructor(
    private readonly doc: Document,
    /** The element whose box is the item's screenshot (Adapter.frameOf). */
    private readonly frameOf: (item: Element) => Element,
    /** Adapter.roomAfter: rooms follow the item instead of ending it. */
    private readonly after = false,
  ) {
    this.template = doc.createElement(SLOT_TAG);
    this.template.setAttribute('style', RESERVED_STYLE);
  }

  /** Keeps room for the item's toolbar (once: an item may have had its room while still growing). */
  reserve(item: Element): void {
    if (this.rooms.has(item)) return;
    const room = this.newRoom();
    if (this.put(item, room)) this.rooms.set(item, room);
  }

  /**
   * An item still being parsed gets its room now if the room goes after a part of it that is
   * complete (a Facebook comment's own frame, before its replies): otherwise a frame drawn while
   * the parser pauses inside the item shows what follows the frame, and the room, placed once
   * the whole item is complete, would move it.
   */
  reserveBesideComplete(item: Element, mayGrow: (el: Element) => boolean): void {
    if (this.rooms.has(item)) return;
    const frame = this.frameOf(item);
    if (frame !== item && !mayGrow(frame)) this.reserve(item);
  }

  /** The item's toolbar host, in its room (or in one placed now if the room is gone); null if it cannot be placed. */
  host(item: Element): HTMLElement | null {
    let room = this.rooms.get(item);
    this.rooms.delete(item);
    if (!room?.isConnected) {
      room = this.newRoom();
      if (!this.put(item, room)) return null;
    }
    const host = this.doc.createElement(HOST_TAG);
    this.own.add(host);
    room.append(host);
    return host;
  }

  /** Gives the item's empty room back (an unreadable item, or one the page removed). */
  release(item: Element): void {
    this.rooms.get(item)?.remove();
    this.rooms.delete(item);
  }

  /** Takes a toolbar out of the page, with its room. */
  remove(host: Element): void {
    const room = host.parentElement;
    if (room && this.own.has(room)) room.remove();
    else host.remove();
  }

  /**
   * A page script that copies an item's element (a list that clones its rows) copies our room
   * or toolbar with it: a copy is not ours to keep, and the item gets its own.
   */
  dropCopies(root: Element): void {
    // By tag, not a selector query: asked of every subtree a page script adds (issue 3: ~1 ms
    // for one batch of infinite scroll), which almost never holds any.
    for (const tag of [HOST_TAG, SLOT_TAG]) {
      const found = root.getElementsByTagName(tag);
      if (found.length > 0) for (const el of [...found]) if (!this.own.has(el)) el.remove();
    }
  }

  clear(): void {
    this.rooms.forEach((room) => room.remove());
    this.rooms.clear();
  }

  private newRoom(): HTMLElement {
    const room = this.template.cloneNode() as HTMLElement;
    this.own.add(room);
    return room;
  }

  /** Beside the item's own box, so our toolbar is not in the item's screenshot. */
  private put(item: Element, el: Element): boolean {
    try {
      const frame = this.frameOf(item);
      if (frame !== item || this.after) frame.after(el);
      else item.append(el);
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * Lets a toolbar's room grow with it: from the user's first action on it on (a status line, the
 * guide panel), the toolbar may need more than its one row (GROWN_STYLE).
 */
export function letGrow(host: Element): void {
  const room = host.parentElement;
  if (room?.localName === SLOT_TAG) room.setAttribute('style', GROWN_STYLE);
}
