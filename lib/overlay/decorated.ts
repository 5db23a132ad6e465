/** What the decorator keeps for each item that has a toolbar. */
import type { ItemReading } from '../platforms';

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
