/** Where to reply to a Studio comment: pure lookups, no typing (insertion lives elsewhere). */
import { ownMatch } from '../own';
import { commentbox as commentboxSelector, commentboxButtons, itemList, replyBox, replyButton, threadList } from './selectors';

/** The comment's own Reply button. */
export function findReplyButton(el: Element): Element | null {
  return ownMatch(el, replyButton, itemList);
}

/**
 * The open reply box: the comment's own, else one open in its thread outside every comment
 * (YouTube threads are flat: a reply to a reply goes to the same thread).
 */
export function findReplyBox(el: Element): Element | null {
  const own = ownMatch(el, replyBox, itemList);
  if (own) return own;
  const owner = el.closest(threadList);
  if (!owner) return null;
  for (const selector of replyBox) {
    for (const box of owner.querySelectorAll(selector)) if (!box.closest(itemList)) return box;
  }
  return null;
}

/**
 * The box's send button (read, never clicked). It had no `#submit-button` in 2026 (DOM-NOTES):
 * the last button in the ytcp-commentbox (Cancel comes before Reply).
 */
export function findSendButton(box: Element): Element | null {
  const commentbox = box.closest(commentboxSelector.join(', '));
  if (!commentbox) return null;
  return Array.from(commentbox.querySelectorAll(commentboxButtons.join(', '))).at(-1) ?? null;
}
