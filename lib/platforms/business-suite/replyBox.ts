/**
 * The inbox's reply box: a pure lookup. The overlay does not run on Business Suite (no adapter
 * reads its rows), so nothing types into it yet; this is what can be found there honestly.
 */
import { replyBox } from './selectors';

/** The first reply box on the page, by the most specific selector that finds one. */
export function findReplyBox(root: ParentNode): Element | null {
  for (const selector of replyBox) {
    const box = root.querySelector(selector);
    if (box) return box;
  }
  return null;
}
