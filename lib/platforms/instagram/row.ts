/**
 * Instagram comments have no element that says "this is a comment": rows are nested divs with
 * obfuscated classes. A row is found from its timestamp link, and whether it is a reply from its
 * permalink or, failing that, from nesting (a reply sits deeper than the comment it answers).
 */
import { avatar, commentTime, origin, postBoundary, reservedPaths } from './selectors';

const TIME = commentTime.join(', ');
const AVATAR = avatar.join(', ');
const BOUNDARY = postBoundary.join(', ');
/** A row is a few levels above its time link (7 in the 2025 markup); never climb far. */
const MAX_ROW_UP = 12;
/** From a reply to the thread that holds its parent: a few more levels. */
const MAX_KIND_UP = 24;

export const timeSelector = TIME;

/** The user name if `href` is a profile link (`/{user}/`), else undefined. */
export function profileName(href: string | null): string | undefined {
  if (!href) return undefined;
  let path: string;
  try {
    const url = new URL(href, origin);
    if (url.hostname !== 'www.instagram.com' && url.hostname !== 'instagram.com') return undefined;
    path = url.pathname;
  } catch {
    return undefined;
  }
  const m = /^\/([A-Za-z0-9._]{1,30})\/?$/.exec(path);
  const name = m?.[1];
  return name && !reservedPaths.has(name.toLowerCase()) ? name : undefined;
}

function isAvatar(img: Element): boolean {
  return profileName(img.closest('a')?.getAttribute('href') ?? null) !== undefined;
}

function hasAvatar(el: Element): boolean {
  for (const img of el.querySelectorAll(AVATAR)) if (isAvatar(img)) return true;
  return false;
}

/** Whether a child of `up` other than `row` is, or holds, an avatar: what `up` adds to `row`. */
function siblingHasAvatar(row: Element, up: Element): boolean {
  for (let s = up.firstElementChild; s; s = s.nextElementSibling) {
    if (s === row) continue;
    if ((s.matches(AVATAR) && isAvatar(s)) || hasAvatar(s)) return true;
  }
  return false;
}

/** Siblings looked at on each side: enough to pass a "View replies" button, never a whole list. */
const NEAR = 8;

/** The first comment time inside `el`, or null. */
const firstTime = (el: Element): Element | null => el.querySelector(TIME);

/** Whether a near sibling of `el` holds a comment time, i.e. whether el's parent holds another comment. */
function nearSiblingHoldsTime(el: Element): boolean {
  let before = el.previousElementSibling;
  let after = el.nextElementSibling;
  for (let i = 0; i < NEAR && (before || after); i++) {
    if (before && firstTime(before)) return true;
    if (after && firstTime(after)) return true;
    before = before?.previousElementSibling ?? null;
    after = after?.nextElementSibling ?? null;
  }
  return false;
}

/**
 * The comment row that a `time` belongs to: climb from its link while the parent holds no other
 * comment, and stop at the first ancestor that holds the avatar (the row's left column). Only
 * near siblings are looked at, so the cost does not grow with the number of comments.
 */
export function rowOf(time: Element): Element | null {
  const link = time.parentElement;
  if (!link) return null;
  let row: Element = link;
  let up = link.parentElement;
  // Whether `up` holds an avatar: `row` held none (or the climb would have stopped), so only
  // row's siblings are looked at, not up's whole subtree again at every level (bench: on 2,000
  // comments that repeated walk cost 56 ms of the page's load).
  let rowHasAvatar = hasAvatar(link);
  for (let i = 0; up && i < MAX_ROW_UP && !up.matches(BOUNDARY); i++, up = up.parentElement) {
    if (nearSiblingHoldsTime(row)) break;
    const upHasAvatar = rowHasAvatar || siblingHasAvatar(row, up);
    row = up;
    if (upHasAvatar) break;
    rowHasAvatar = false;
  }
  return row;
}

/** The row's own time element, or null if `el` is not a comment row. */
export function ownTime(el: Element): Element | null {
  const time = firstTime(el);
  return time && rowOf(time) === el ? time : null;
}

function depthBelow(el: Element, ancestor: Element): number {
  let d = 0;
  for (let n: Element | null = el; n && n !== ancestor; n = n.parentElement) d++;
  return d;
}

/**
 * A reply if its permalink says so (`/c/{parent}/r/{id}/`), or if, climbing towards the post,
 * the nearest earlier sibling branch that holds a comment holds it less deep than this one: that
 * is the comment it answers. Earlier sibling comments and sibling replies sit at equal depth and
 * say nothing, so the climb goes on.
 */
export function isReply(time: Element, path: string): boolean {
  if (/\/c\/[^/]+\/r\/[^/]+/.test(path)) return true;
  let x: Element = time;
  let depth = 0; // depth of `time` below x
  for (let i = 0; i < MAX_KIND_UP; i++) {
    const parent = x.parentElement;
    if (!parent || parent.matches(BOUNDARY)) break;
    depth++;
    let sib = x.previousElementSibling;
    for (let n = 0; sib && n < NEAR; n++, sib = sib.previousElementSibling) {
      const other = firstTime(sib);
      if (!other) continue;
      if (depthBelow(other, parent) < depth) return true;
      break; // an equal: a sibling comment or reply; look higher
    }
    x = parent;
  }
  return false;
}
