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

/**
 * Whether an element is one of the adapter's items: its own test, else its item selector. Never
 * throws (a site redesign must not turn into errors on the page).
 */
export function itemTest(adapter: Adapter): (el: Element) => boolean {
  const selector = adapter.itemSelector;
  const test = adapter.isItem ?? (selector ? (el: Element) => el.matches(selector) : () => false);
  return (el) => {
    try {
      return test(el);
    } catch {
      return false;
    }
  };
}

export function safeFind(adapter: Adapter, root: ParentNode): Element[] {
  try {
    return adapter.findItems(root);
  } catch {
    // A site redesign must never turn into errors on the page (issue 3): decorate nothing.
    return [];
  }
}

/**
 * Runs `work` as the adapter's steady work (Adapter.steady): our frame, observer and idle
 * callbacks, in which no page script runs, so the page stands still and the adapter may keep its
 * answers about the markup for their length.
 */
export function steadily(adapter: Adapter, work: () => void): void {
  if (adapter.steady) adapter.steady(work);
  else work();
}

export function safeRead(adapter: Adapter, item: Element): ItemReading | null {
  try {
    return adapter.read(item);
  } catch {
    return null;
  }
}
