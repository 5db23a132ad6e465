/** Where to reply to a Studio comment: pure lookups, no typing (insertion lives elsewhere). */
import { ownMatch } from '../own';
import { commentbox as commentboxSelector, commentboxButtons, item, replyBox, replyButton, thread } from './selectors';

/** Read at each use: a newer site pack may change the selectors after load. */
const ITEM = () => item.join(', ');
/** Read at each use: a newer site pack may change the selectors after load. */
const THREAD = () => thread.join(', ');

/** The comment's own Reply button. */
export function findReplyButton(el: Element): Element | null {
  return ownMatch(el, replyButton, ITEM());
}

/**
 * The open reply box: the comment's own, else one open in its thread outside every comment
 * (YouTube threads are flat: a reply to a reply goes to the same thread).
 */
export function findReplyBox(el: Element): Element | null {
  const own = ownMatch(el, replyBox, ITEM());
  if (own) return own;
  const owner = el.closest(THREAD());
  if (!owner) return null;
  for (const selector of replyBox) {
    for (const box of owner.querySelectorAll(selector)) if (!box.closest(ITEM())) return box;
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
