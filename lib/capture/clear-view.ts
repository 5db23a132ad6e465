import type { ScreenshotDoubt } from '../records/schema';
import type { ScreenshotDoubtReason } from '../records/screenshot-reasons';
import { clearBand, contains, intersect, samplePoints, scrollToFit, type Box } from './clear-band';
import type { HiddenStyles } from './hidden-styles';

/**
 * The page side of an item's screenshot (run in the content script): brings the item fully into
 * view clear of the site's fixed and sticky bars (a top bar, a writing box pinned to the bottom),
 * hiding those bars for the shot when the item cannot fit between them, and checks with the
 * browser's own hit testing that what lies over the item's area is the item.
 */

/** A dialog is where the user works: never hidden for a shot; if one covers the item, the record says so. */
const DIALOG = '[role="dialog"], [role="alertdialog"], dialog[open], [aria-modal="true"]';
const TEXTBOX = 'textarea, input, [contenteditable=""], [contenteditable="true"], [role="textbox"]';
/** Samples across the item at each edge of its scrolling area, and over its area after the shot. */
const EDGE_SAMPLES = 5;
const GRID = 6;

interface Bar {
  el: HTMLElement;
  box: Box;
  dialog: boolean;
}

export interface ScrollPort {
  /** The scrolling element, or null for the window. */
  el: Element | null;
  box: Box;
}

const boxOf = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function viewportBox(doc: Document): Box {
  const root = doc.documentElement;
  return { left: 0, top: 0, right: root.clientWidth || innerWidth, bottom: root.clientHeight || innerHeight };
}

/** The item's nearest ancestor that scrolls it (a dialog's list), else the window. */
export function scrollPortOf(frame: Element): ScrollPort {
  const doc = frame.ownerDocument;
  const view = viewportBox(doc);
  for (let el = frame.parentElement; el && el !== doc.body && el !== doc.documentElement; el = el.parentElement) {
    if (el.scrollHeight <= el.clientHeight + 1) continue;
    const overflow = getComputedStyle(el).overflowY;
    if (overflow !== 'auto' && overflow !== 'scroll' && overflow !== 'overlay') continue;
    const r = el.getBoundingClientRect();
    const top = r.top + el.clientTop;
    const left = r.left + el.clientLeft;
    const box = intersect({ left, top, right: left + el.clientWidth, bottom: top + el.clientHeight }, view);
    if (box) return { el, box };
  }
  return { el: null, box: view };
}

function isPinned(el: Element): boolean {
  const position = getComputedStyle(el).position;
  return position === 'fixed' || position === 'sticky';
}

/**
 * The outermost fixed or sticky element around `el` that does not hold the item (a dialog that
 * holds the item's list is its frame, not something over it); null when there is none.
 */
function pinnedAround(el: Element, frame: Element): HTMLElement | null {
  let found: HTMLElement | null = null;
  for (let e: Element | null = el; e && e !== e.ownerDocument.body && e !== e.ownerDocument.documentElement; e = e.parentElement) {
    if (e.contains(frame)) break;
    if (e instanceof HTMLElement && isPinned(e)) found = e;
  }
  return found;
}

/** The site's bars met along one edge of the scrolling area, above the page's content there. */
function barsAlong(y: number, xs: number[], frame: Element, isOwn: (el: Element) => boolean, into: Map<Element, Bar>): void {
  const doc = frame.ownerDocument;
  for (const x of xs) {
    for (const hit of doc.elementsFromPoint(x, y)) {
      if (isOwn(hit)) continue;
      const bar = pinnedAround(hit, frame);
      // The first element that is no bar is the page's content there: nothing below it lies over the item.
      if (!bar) break;
      if (!into.has(bar)) into.set(bar, { el: bar, box: boxOf(bar.getBoundingClientRect()), dialog: bar.matches(DIALOG) || bar.querySelector(DIALOG) !== null || bar.closest(DIALOG) !== null });
    }
  }
}

function edges(frame: Element, port: ScrollPort, item: Box, isOwn: (el: Element) => boolean): { top: Bar[]; bottom: Bar[] } {
  const left = Math.max(item.left, port.box.left) + 1;
  const right = Math.min(item.right, port.box.right) - 1;
  const xs = right > left ? Array.from({ length: EDGE_SAMPLES }, (_, i) => left + ((right - left) * i) / (EDGE_SAMPLES - 1)) : [(port.box.left + port.box.right) / 2];
  const top = new Map<Element, Bar>();
  const bottom = new Map<Element, Bar>();
  barsAlong(port.box.top + 1, xs, frame, isOwn, top);
  barsAlong(port.box.bottom - 2, xs, frame, isOwn, bottom);
  return { top: [...top.values()], bottom: [...bottom.values()] };
}

/** Scrolls the item's area; false when it could not move (the page ends there). */
function scrollBy(port: ScrollPort, dy: number): boolean {
  const el = port.el;
  const before = el ? el.scrollTop : scrollY;
  if (el) el.scrollBy({ top: dy, behavior: 'instant' });
  else window.scrollBy({ top: dy, behavior: 'instant' });
  return Math.abs((el ? el.scrollTop : scrollY) - before) >= 0.5;
}

export interface ClearViewResult {
  /** Whether the page was scrolled or changed, so a new frame must be drawn before the shot. */
  changed: boolean;
  /**
   * True when the item was found as it stood, in full view with nothing over it (liesClear), and
   * nothing was changed: checkUncovered would say so too, of the page as it still is.
   */
  clear?: boolean;
}

/**
 * Brings the item into its scrolling area's clear band: scrolls the least distance that puts it
 * between the bars at the top and bottom edges (they are looked for again after each scroll: a
 * sticky bar sticks only once the page has moved). When it cannot fit there, or the page cannot
 * scroll that far, the bars are hidden for the shot (`hidden`; dialogs never) and the item is
 * brought into the scrolling area as a whole, or its top part when it is taller than that.
 */
export async function bringIntoClearView(frame: Element, hidden: HiddenStyles, isOwn: (el: Element) => boolean): Promise<ClearViewResult> {
  // The usual case, an item clicked where it lies in full view: its area's hit tests say it is
  // clear, and the bars need not be looked for at the edges (hit tests through the whole stack:
  // ~8 ms on a page of 2,000 comments, bench).
  if (liesClear(frame)) return { changed: false, clear: true };
  let changed = false;
  let item = boxOf(frame.getBoundingClientRect());
  if (!contains(scrollPortOf(frame).box, item) || !contains(viewportBox(frame.ownerDocument), item)) {
    frame.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
    changed = true;
    await nextFrame();
  }
  for (let round = 0; round < 3; round++) {
    item = boxOf(frame.getBoundingClientRect());
    const port = scrollPortOf(frame);
    const bars = edges(frame, port, item, isOwn);
    const band = clearBand(port.box, bars.top.map((b) => b.box), bars.bottom.map((b) => b.box));
    const dy = scrollToFit(item, band);
    if (dy === 0) return { changed };
    if (dy !== null && scrollBy(port, dy)) {
      changed = true;
      await nextFrame();
      continue;
    }
    // Taller than the clear band, or the page ends before it: the bars go for the shot.
    for (const bar of [...bars.top, ...bars.bottom]) if (!bar.dialog && hidden.hide(bar.el)) changed = true;
    const fit = scrollToFit(item, port.box);
    // Taller than the whole area: its top part, which holds the author and the start of the text.
    const rest = fit ?? item.top - port.box.top;
    if (rest !== 0 && scrollBy(port, rest)) changed = true;
    return { changed };
  }
  return { changed };
}

/** How the page names an element that lay over the item: tag, role and label, for the record. */
function describe(el: Element): string {
  const role = el.getAttribute('role');
  const label = (el.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `${el.localName}${role ? `[role=${role}]` : ''}${label ? ` "${label}"` : ''}`;
}

function classify(hit: Element, frame: Element): { reason: ScreenshotDoubtReason; by: Element } {
  const dialog = hit.closest(DIALOG);
  if (dialog && !dialog.contains(frame)) return { reason: 'dialog', by: dialog };
  const bar = pinnedAround(hit, frame);
  if (bar) return { reason: bar.matches(TEXTBOX) || bar.querySelector(TEXTBOX) ? 'composer' : 'header', by: bar };
  return { reason: 'overlay', by: hit };
}

/** The item's box, and the part of it inside its scrolling area and the viewport (null: none). */
function areaOf(frame: Element): { item: Box; visible: Box | null } {
  const item = boxOf(frame.getBoundingClientRect());
  return { item, visible: intersect(item, intersect(scrollPortOf(frame).box, viewportBox(frame.ownerDocument)) ?? { left: 0, top: 0, right: 0, bottom: 0 }) };
}

/** The item, a part of it, or (where the item lets clicks through) one of its ancestors: clean. */
const isItem = (hit: Element | null, frame: Element): boolean => !hit || frame.contains(hit) || hit.contains(frame);

/**
 * Whether the item lies wholly in view with nothing over it: checkUncovered's question, at its
 * points, stopping at the first that finds something else.
 */
export function liesClear(frame: Element): boolean {
  const { item, visible } = areaOf(frame);
  if (!visible || !contains(visible, item)) return false;
  const root = frame.getRootNode() as Document | ShadowRoot;
  return samplePoints(visible, GRID, GRID).every(({ x, y }) => isItem(root.elementFromPoint(x, y), frame));
}

/**
 * Asks the browser, at points spread over the item's area, what lies on top there: the item or
 * something inside it is clean; anything else (a header, a dialog, a writing box) is a doubt,
 * with how much of the area it covered. Also says when part of the item lay outside the view.
 */
export function checkUncovered(frame: Element): ScreenshotDoubt | null {
  const root = frame.getRootNode() as Document | ShadowRoot;
  const { item, visible } = areaOf(frame);
  const reasons = new Set<ScreenshotDoubtReason>();
  const by = new Set<string>();
  if (!visible) return { reasons: ['cut-off'], coveredPercent: 100 };
  if (!contains(visible, item)) reasons.add('cut-off');
  const points = samplePoints(visible, GRID, GRID);
  let covered = 0;
  for (const { x, y } of points) {
    const hit = root.elementFromPoint(x, y);
    if (!hit || isItem(hit, frame)) continue;
    covered++;
    const found = classify(hit, frame);
    reasons.add(found.reason);
    by.add(describe(found.by));
  }
  if (reasons.size === 0) return null;
  const doubt: ScreenshotDoubt = { reasons: [...reasons] };
  if (covered > 0) doubt.coveredPercent = Math.max(1, Math.round((covered / points.length) * 100));
  if (by.size > 0) doubt.detail = [...by].join('; ').slice(0, 2000);
  return doubt;
}
