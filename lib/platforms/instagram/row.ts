/**
 * Instagram comments have no element that says "this is a comment": rows are nested divs with
 * obfuscated classes. A row is found from its timestamp link, and whether it is a reply from its
 * permalink or, failing that, from nesting (a reply sits deeper than the comment it answers).
 */
// The lists are live bindings (a newer site pack replaces them): read at each use, never copied.
import { avatarList as AVATAR, commentTimeList as TIME, origin, postBoundaryList as BOUNDARY, reservedPaths } from './selectors';

/** A row is a few levels above its time link (7 in the 2025 markup); never climb far. */
const MAX_ROW_UP = 12;
/** From a reply to the thread that holds its parent: a few more levels. */
const MAX_KIND_UP = 24;

const NAME = '[A-Za-z0-9._]{1,30}';
const PROFILE_PATH = new RegExp(`^/(${NAME})/?$`);
/** A root-relative `/{user}/` as the page writes it: read without parsing a URL. */
const PLAIN_PROFILE_HREF = new RegExp(`^/(${NAME})/?(?:[?#]|$)`);

/**
 * The name in a profile path, as written or as a browser resolves it. Every avatar and name link
 * on a post page is a plain `/{user}/`: parsing each as a URL was 11 ms of Instagram's load
 * (2,000 comments, profile.mjs). A name of dots only is a path segment (`/../`) that URL parsing
 * resolves away, so it takes the long way.
 */
function pathName(href: string): string | undefined {
  // The same as written on the page, and as read back from a reading's authorUrl (origin + path).
  const path = href.startsWith(`${origin}/`) ? href.slice(origin.length) : href;
  const plain = PLAIN_PROFILE_HREF.exec(path)?.[1];
  if (plain && !/^\.+$/.test(plain)) return plain;
  try {
    const url = new URL(href, origin);
    if (url.hostname !== 'www.instagram.com' && url.hostname !== 'instagram.com') return undefined;
    return PROFILE_PATH.exec(url.pathname)?.[1];
  } catch {
    return undefined;
  }
}

/** The user name if `href` is a profile link (`/{user}/`), else undefined. */
export function profileName(href: string | null): string | undefined {
  const name = href ? pathName(href) : undefined;
  return name && !reservedPaths.has(name.toLowerCase()) ? name : undefined;
}

function isAvatar(img: Element): boolean {
  return profileName(img.closest('a')?.getAttribute('href') ?? null) !== undefined;
}

/**
 * Answers about the markup kept while the page stands still (see `steady`), else null. Finding
 * 100 arriving rows asks each neighbouring row ~16 times whether it holds a comment time, and
 * reading each row climbs again: a selector query each time was 12 of the 42 ms our script
 * spent on such an arrival (issue 3, profile.mjs).
 */
interface Kept {
  /** Each root's comment times, in document order (see `timesUnder`). */
  regions: Map<Node, Element[]>;
  /** Each time found under a root, with what its row's climb needs to know there. */
  noted: Map<Element, Neighbours>;
  /** The first comment time inside an element, from a query. */
  first: Map<Element, Element | null>;
  row: Map<Element, Element | null>;
  avatar: Map<Element, boolean>;
}
let kept: Kept | null = null;

/**
 * A comment time's neighbours under its root, in document order: the times before and after it,
 * and the avatars between them. An element of the root holds another comment iff it holds one
 * of the two times (it is a stretch of the document), and an avatar that matters iff it holds
 * one of the two avatars (any other lies beyond a time, and the climb stops there first).
 */
interface Neighbours {
  root: ParentNode;
  timeBefore: Element | undefined;
  timeAfter: Element | undefined;
  avatarBefore: Element | undefined;
  avatarAfter: Element | undefined;
}

/**
 * Runs `work`, during which the page does not change (a frame or observer callback of ours: the
 * page's scripts cannot run in it), with the answers about rows kept for its length. Only for
 * that length: a row may gain or lose neighbours by the next frame.
 */
export function steady(work: () => void): void {
  if (kept) return work();
  kept = { regions: new Map(), noted: new Map(), first: new Map(), row: new Map(), avatar: new Map() };
  try {
    work();
  } finally {
    kept = null;
  }
}

function remembered<T>(map: Map<Element, T> | undefined, el: Element, answer: (el: Element) => T): T {
  if (!map) return answer(el);
  if (map.has(el)) return map.get(el) as T;
  const value = answer(el);
  map.set(el, value);
  return value;
}

/**
 * The comment times under `root`, in document order. Outside `steady`, one query of the whole
 * selector, as always. While steady (the overlay's callbacks in Chromium), one query of the
 * root's time elements and avatars, each time matched (every alternative of commentTime ends in
 * a time element: a test holds them to it), noting each time's neighbours for its row's climb:
 * in Chromium a query led by the tag costs ~1 µs per arriving comment block, one of the whole
 * selector ~25 µs.
 */
export function timesUnder(root: ParentNode): Element[] {
  if (!kept) return commentTimes(root);
  const known = kept.regions.get(root as Node);
  if (known) return known;
  const times: Element[] = [];
  const { noted } = kept;
  let last: Neighbours | undefined; // the neighbours of the last time so far
  let avatar: Element | undefined; // the last avatar since that time
  const found = root.querySelectorAll(`time, ${AVATAR}`);
  // By index: a list's iterator cost 3 ms more on 2,000 comments, from a content script's world.
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    if (el.localName === 'time') {
      if (!el.matches(TIME)) continue;
      if (last) last.timeAfter = el;
      last = { root, timeBefore: times[times.length - 1], timeAfter: undefined, avatarBefore: avatar, avatarAfter: undefined };
      noted.set(el, last);
      times.push(el);
      avatar = undefined;
    } else if (isAvatar(el)) {
      if (last && !last.avatarAfter) last.avatarAfter = el;
      avatar = el;
    }
  }
  kept.regions.set(root as Node, times);
  return times;
}

/**
 * The comment times under `root` in document order, from its time elements, each matched: every
 * alternative of commentTime ends in a time element. A query of the whole selector
 * (`a[href*="/c/"] > time[datetime]`) took Chromium about three times as long as one by the tag
 * and a match of each (the times of each of 1,200 comment blocks: 9–10 against 2.4–3.5 ms).
 */
function commentTimes(root: ParentNode): Element[] {
  const times = root.querySelectorAll('time');
  const out: Element[] = [];
  for (let i = 0; i < times.length; i++) if (times[i]!.matches(TIME)) out.push(times[i]!);
  return out;
}

/**
 * The first comment time inside `el`: its first time element, nearly always one. Not
 * getElementsByTagName: its live list is kept on each element asked (50,000 flooded comment
 * blocks each asked about their near siblings: our script 30 → 162 ms).
 */
function firstIn(el: Element): Element | null {
  const time = el.querySelector('time');
  if (!time) return null;
  return time.matches(TIME) ? time : el.querySelector(TIME);
}

/** The first comment time inside `el`, or null. */
function firstTime(el: Element): Element | null {
  if (!kept) return firstIn(el);
  const times = kept.regions.get(el);
  if (times) return times[0] ?? null;
  return remembered(kept.first, el, firstIn);
}

function findsAvatar(el: Element): boolean {
  // The first image link is nearly always the avatar: asking for it stops there, where a list of
  // all of them walks the whole element (a sibling may be a thread of 50 replies).
  const first = el.querySelector(AVATAR);
  if (!first) return false;
  if (isAvatar(first)) return true;
  const all = el.querySelectorAll(AVATAR);
  for (let i = 1; i < all.length; i++) if (isAvatar(all[i]!)) return true;
  return false;
}

const hasAvatar = (el: Element): boolean => remembered(kept?.avatar, el, findsAvatar);

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
 * comment, and stop at the first ancestor that holds the avatar (the row's left column). Under a
 * root noted while steady, the time's neighbours there answer; elsewhere only near siblings are
 * looked at. Either way the cost does not grow with the number of comments.
 */
export const rowOf = (time: Element): Element | null => remembered(kept?.row, time, climb);

function climb(time: Element): Element | null {
  const link = time.parentElement;
  if (!link) return null;
  const noted = kept?.noted.get(time);
  const fast = noted && climbToAvatar(link, noted);
  if (fast) return fast;
  let row: Element = link;
  let up = link.parentElement;
  // Whether `up` holds an avatar: `row` held none (or the climb would have stopped), so only
  // row's siblings are looked at, not up's whole subtree again at every level (bench: on 2,000
  // comments that repeated walk cost 56 ms of the page's load).
  let rowHasAvatar = noted ? holdsEither(link, noted.avatarBefore, noted.avatarAfter) : hasAvatar(link);
  // Under the time's root its neighbours answer both questions; from the root up, row's near
  // siblings (the root's neighbours are not the page's: it may be one column of a row).
  let under = noted;
  for (let i = 0; up && i < MAX_ROW_UP && !up.matches(BOUNDARY); i++, up = up.parentElement) {
    if (row === under?.root) under = undefined;
    if (under ? holdsEither(up, under.timeBefore, under.timeAfter) : nearSiblingHoldsTime(row)) break;
    const upHasAvatar = rowHasAvatar || (under ? holdsEither(up, under.avatarBefore, under.avatarAfter) : siblingHasAvatar(row, up));
    row = up;
    if (upHasAvatar) break;
    rowHasAvatar = false;
  }
  return row;
}

/**
 * The climb's answer where the time's neighbours make it plain, else undefined (the climb then
 * asks level by level). Most rows hold the avatar noted before their time: the row is the lowest
 * ancestor that holds it, if nothing up to there holds a neighbouring time, the avatar noted
 * after it, or a post boundary (each test holds for every level below once it holds for the
 * top one). It lies under the root, as that avatar does. Each level asks one question instead
 * of four or five (2,000 rows, ~7 levels each).
 */
function climbToAvatar(link: Element, noted: Neighbours): Element | undefined {
  const { avatarBefore, avatarAfter } = noted;
  if (!avatarBefore || link.contains(avatarBefore) || (avatarAfter && link.contains(avatarAfter))) return undefined;
  let below = link;
  let up = link.parentElement;
  for (let i = 0; up && i < MAX_ROW_UP; i++, below = up, up = up.parentElement) {
    if (!up.contains(avatarBefore)) continue;
    if (below !== link && avatarAfter && below.contains(avatarAfter)) return undefined;
    if (holdsEither(up, noted.timeBefore, noted.timeAfter)) return undefined;
    const boundary = link.parentElement!.closest(BOUNDARY);
    return boundary && up.contains(boundary) ? undefined : up;
  }
  return undefined;
}

function holdsEither(el: Element, a: Element | undefined, b: Element | undefined): boolean {
  return (a !== undefined && el.contains(a)) || (b !== undefined && el.contains(b));
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
