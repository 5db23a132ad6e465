/**
 * Where to reply to an Instagram comment: pure lookups, no typing (insertion lives elsewhere).
 * Instagram has one comment box per post; "Reply" on a comment prefills it with "@user ".
 */
// The lists are live bindings (a newer site pack replaces them): read at each use, never copied.
import { commentBoxList as BOX, replyLabel, rowButtonList as BUTTON } from './selectors';

/** The post's comment box: the nearest one above the comment (a feed holds several posts). */
export function findReplyBox(item: Element): Element | null {
  for (let up = item.parentElement; up; up = up.parentElement) {
    const box = up.querySelector(BOX);
    if (box) return box;
  }
  return null;
}

/**
 * The row's Reply button. Its label is a hint (Swedish or English UI); without a known label,
 * the first text-only button without digits ("12 likes" has them, the like heart is an icon).
 */
export function findReplyButton(item: Element): Element | null {
  const buttons = [...item.querySelectorAll(BUTTON)].filter((b) => !b.querySelector('svg'));
  const labelled = buttons.find((b) => replyLabel.test((b.textContent ?? '').trim()));
  return labelled ?? buttons.find((b) => !/\d/.test(b.textContent ?? '') && (b.textContent ?? '').trim()) ?? null;
}

/** The box's "Publicera"/"Post" button (read, never clicked): the form's last text button. */
export function findSendButton(box: Element): Element | null {
  const form = box.closest('form');
  if (!form) return null;
  const buttons = [...form.querySelectorAll(BUTTON)].filter((b) => !b.querySelector('svg') && (b.textContent ?? '').trim());
  return buttons.at(-1) ?? null;
}
