import type { ItemReading } from './reading';

/** What the adapters know how to read, and what they return. Contract: DESIGN.md in the planning folder (README). */

export const PLATFORMS = ['facebook', 'business-suite', 'instagram', 'youtube', 'youtube-studio', 'manual'] as const;
export type PlatformId = (typeof PLATFORMS)[number];

// The reading's type is derived from its schema (./reading.ts): one source for adapters and messages.
export type { ItemKind, ItemReading, ParentReading } from './reading';

export interface Adapter {
  id: PlatformId;
  /** Items in document order. */
  findItems(root: ParentNode): Element[];
  read(el: Element): ItemReading | null;
  /** The element whose box is the item's screenshot (defaults to the item itself). */
  frameOf?(el: Element): Element;
  /**
   * The toolbar's room goes right after the item instead of at its end: an item that is a flex
   * row (Instagram's) would take a room at its end as one more column, beside the comment, and
   * a room added there after the row was drawn moves the row's own columns by its gap.
   */
  roomAfter?: boolean;
  /**
   * A selector every item matches (items may be a subset), so the overlay can tell whether a
   * node added to the page is itself an item, or lies inside one, without rescanning the page.
   * Adapters whose items have no such selector (Instagram's rows) find them from inside.
   */
  itemSelector?: string;
  /**
   * Whether `el` is itself an item, as findItems would list it (a Facebook article that is a
   * comment, not the post). The overlay asks it of a node that arrives whole, and of an
   * element it saw while the page was still being parsed once that element is complete.
   */
  isItem?(el: Element): boolean;
  /**
   * Runs `work`, a callback of the overlay's in which the page does not change, letting the
   * adapter keep its answers about the markup for that long (Instagram's rows: issue 3).
   */
  steady?(work: () => void): void;
  /**
   * The channel(s) or account(s) the page belongs to, as absolute URLs read from the page's own
   * markup (a watch page's video owner, an Instagram post's author, the channel Studio is
   * showing), for the channel register's "last activity seen" (issue 6): a page's address alone
   * does not say whose it is there. Empty when the page does not show it (yet). `pageUrl` is the
   * page's address (default: `doc.URL`). Omitted where the address says it (Facebook).
   */
  ownerUrls?(doc: Document, pageUrl?: string): string[];
  /**
   * Issue 24: the item's own menu on the site ("…", "⋮") and its Delete / Hide entries, as
   * data, for capture on removal. Without it, manual capture before removing stays the way.
   */
  removal?: RemovalMenu;
  /**
   * Where to reply to an item: pure lookups; lib/overlay/reply.ts clicks, types and checks.
   * Without it, a reply goes to the clipboard for the user to paste.
   */
  reply?: {
    /** The item's open reply box, or null while it is closed. */
    box(item: Element): Element | null;
    /** The item's own Reply button, which opens (or addresses) the box. */
    button(item: Element): Element | null;
    /** The box's send button, read to check that the site saw the text; never clicked. */
    send?(box: Element): Element | null;
    /** Click Reply even when a box is open: one shared box that Reply addresses (Instagram). */
    clickFirst?: boolean;
  };
}

/** Issue 24: a site's comment menu, as selectors and labels (sv + en), for capture on removal. */
export interface RemovalMenu {
  /** The item's own menu button, inside the item. */
  button: string;
  /** An open menu (anywhere on the page: sites draw menus at the end of the body). */
  menu: string;
  /** One entry of an open menu. */
  entry: string;
  /**
   * Entry labels per action, compared with the entry's text or aria-label, trimmed and without
   * regard to case: the whole label, or its start (Facebook's "Dölj kommentar").
   */
  labels: { deleted: readonly string[]; hidden: readonly string[] };
}
