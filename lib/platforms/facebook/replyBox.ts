/**
 * Where to reply to a Facebook comment: pure lookups, no typing (lib/overlay/reply.ts clicks,
 * types and checks). Facebook threads are two levels deep: a reply to a reply goes to the top
 * comment's thread, and "Svara"/"Reply" opens one composer at the end of that thread.
 * Messenger boxes and the post's own composer are editable too, so a box counts only when it
 * lies in the item's thread (DOM-NOTES.md "Facebook").
 */
import { ownMatch } from '../own';
import { isComment } from './read';
import { article, commentLink, replyBox } from './selectors';

/** Containers that hold more than one thread, or the post itself: a thread never reaches them. */
const BEYOND_THREAD = '[role="article"], [role="dialog"], [role="feed"], [role="main"], [role="list"], ul, ol, body';
/** Button labels in the UI languages we know: a hint first, the structure decides otherwise. */
const replyLabel = /^(svara|reply)$/i;

/** The comment whose thread the item belongs to: itself, or the comment it replies to. */
function topComment(item: Element): Element {
  let top = item;
  for (let up = top.parentElement?.closest(article); up && isComment(up); up = up.parentElement?.closest(article)) top = up;
  return top;
}

/**
 * The item's thread: the largest wrapper around the top comment that holds no other comment
 * (replies nested in it are its own). On a permalink page, where replies are siblings, this is
 * the comment alone, and a newly opened box is found by the caller as the focused one.
 */
function threadOf(top: Element): Element {
  let scope = top;
  for (let up = top.parentElement; up && !up.matches(BEYOND_THREAD); up = up.parentElement) {
    const foreign = Array.from(up.querySelectorAll(article)).some((a) => a !== top && !top.contains(a) && isComment(a));
    if (foreign) break;
    scope = up;
  }
  return scope;
}

/** The open reply box in the item's thread, or null while it is closed. */
export function findReplyBox(item: Element): Element | null {
  const thread = threadOf(topComment(item));
  for (const selector of replyBox) {
    const box = thread.querySelector(selector);
    if (box) return box;
  }
  return null;
}

const textButton = (b: Element) => !b.querySelector('svg, img') && /^\D+$/.test((b.textContent ?? '').trim());

/**
 * The item's own Reply button (not a nested reply's). By label where it is "Svara"/"Reply";
 * else in the item's action row (the one with its own comment link), the second text button:
 * Facebook's row is Like, Reply, then the time (and Share or Edit on some comments).
 */
export function findReplyButton(item: Element): Element | null {
  const labelled = ownMatch(item, ['[role="button"]', 'button'], article, (b) => replyLabel.test((b.textContent ?? '').trim()) || replyLabel.test(b.getAttribute('aria-label') ?? ''));
  if (labelled) return labelled;
  const link = ownMatch(item, [commentLink], article);
  const row = link?.closest('ul, [role="list"]') ?? link?.parentElement?.parentElement;
  if (!row) return null;
  const buttons = Array.from(row.querySelectorAll('[role="button"], button')).filter(textButton);
  return buttons[1] ?? null;
}

/** The composer's send button (read, never clicked): in the box's form, not inside the box. */
export function findSendButton(box: Element): Element | null {
  const form = box.closest('form') ?? box.parentElement;
  if (!form) return null;
  const buttons = Array.from(form.querySelectorAll('[role="button"], button')).filter((b) => !box.contains(b));
  return buttons.find((b) => b.hasAttribute('aria-disabled') || b.hasAttribute('disabled')) ?? null;
}
