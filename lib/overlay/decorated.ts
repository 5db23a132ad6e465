/** What the decorator keeps for each item that has a toolbar. */
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
export function identityOf(reading: ItemReading | null): string {
  return reading ? (reading.itemId ?? `${reading.author}\n${reading.text}`) : '';
}

export interface DecoratorHooks {
  /** Told of each item decorated, and of a recycled node that now shows another comment (./activity-report.ts, ./triage-client.ts). */
  decorated?: (item: Element, reading: ItemReading) => void;
  /** Told of items given a room but no toolbar yet (read in idle time for triage, ./triage-client.ts). */
  waiting?: (items: Element[]) => void;
}

/** Whether an element is one of the adapter's items: its own test, else its item selector. */
export function itemTest(adapter: Adapter): (el: Element) => boolean {
  const selector = adapter.itemSelector;
  return adapter.isItem ?? (selector ? (el) => el.matches(selector) : () => false);
}

export function safeFind(adapter: Adapter, root: ParentNode): Element[] {
  try {
    return adapter.findItems(root);
  } catch {
    // A site redesign must never turn into errors on the page (issue 3): decorate nothing.
    return [];
  }
}

export function safeRead(adapter: Adapter, item: Element): ItemReading | null {
  try {
    return adapter.read(item);
  } catch {
    return null;
  }
}
