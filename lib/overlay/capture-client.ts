import { browser } from 'wxt/browser';
import { intersect, type Box } from '../capture/clear-band';
import { bringIntoClearView, checkUncovered } from '../capture/clear-view';
import { mergeDoubts } from '../capture/doubt';
import { HiddenStyles } from '../capture/hidden-styles';
import { receive, type CaptureRequest, type CaptureResponse, type PrepareShotResponse, type ShotDoneResponse } from '../protocol';
import type { ScreenshotDoubt } from '../records/schema';
import type { ScreenshotDoubtReason } from '../records/screenshot-reasons';
import type { Adapter } from '../platforms';
import { DRAWN_TAGS, isOwn } from './rooms';
import { sendCapture } from './send-capture';

/** One item's screenshot in progress: what was hidden for it, and what the page did meanwhile. */
interface ShotSession {
  frame: Element;
  /** Our own toolbars and panels over the item, and the site's bars when they had to go. */
  hidden: HiddenStyles;
  url: string;
  /** The box the background crops to, as last reported. */
  rect?: DOMRect;
  /** What lay over the item right before the shot. */
  before: ScreenshotDoubt | null;
  /** Whether the tab was in the background at some moment (another tab may be in the picture). */
  left: boolean;
  /** Puts everything back if the background never says the shot is done. */
  timer?: ReturnType<typeof setTimeout>;
  stopWatching: () => void;
  /** Issue 24: a removal's shot: the site's open menus (this selector) are hidden for it, and nothing is scrolled. */
  menus?: string;
  /** Hides menus the site opens while the shot is being taken. */
  menuWatch?: MutationObserver;
}

/** Longer than a screenshot takes (including one wait for the browser's quota), shorter than a user waits. */
const RESTORE_AFTER_MS = 5000;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const boxOf = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

/** Hides our toolbars, panel and messages where they lie over `box`; true when one was hidden. */
function hideOwnOver(doc: Document, box: Box, hidden: HiddenStyles): boolean {
  let any = false;
  for (const tag of DRAWN_TAGS) {
    for (const el of doc.getElementsByTagName(tag)) {
      if (el instanceof HTMLElement && !hidden.has(el) && intersect(box, boxOf(el.getBoundingClientRect())) && hidden.hide(el)) any = true;
    }
  }
  return any;
}

/** Hides the site's open menus for a removal's shot (issue 24); true when one was hidden. */
function hideMenus(doc: Document, selector: string, hidden: HiddenStyles): boolean {
  let any = false;
  for (const el of doc.querySelectorAll(selector)) if (el instanceof HTMLElement && hidden.hide(el)) any = true;
  return any;
}

/**
 * The overlay's side of a capture: sends the reading to the background, and around the
 * background's screenshot brings the item into clear view, hides what of ours lies over it,
 * checks before and after that nothing of the site lay over it, and puts everything back.
 */
export class CaptureClient {
  private readonly sessions = new Map<string, ShotSession>();
  private quiet: { promise: Promise<void>; resolve: () => void } | undefined;

  constructor(
    private readonly adapter: Adapter,
    signal: AbortSignal,
  ) {
    const listener = (message: unknown) => this.onMessage(message);
    browser.runtime.onMessage.addListener(listener);
    signal.addEventListener(
      'abort',
      () => {
        browser.runtime.onMessage.removeListener(listener);
        this.sessions.forEach((_session, id) => this.end(id));
      },
      { once: true },
    );
  }

  /**
   * Captures one item. Resolves with the background's answer, after the record was committed.
   * `classification` is the guide category the user confirmed in the overlay, if any;
   * `ifCaptured` whether an item already stored is only reported ('ask') or stored as its next version.
   */
  async capture(
    item: Element,
    classification?: CaptureRequest['classification'],
    ifCaptured: NonNullable<CaptureRequest['ifCaptured']> = 'ask',
  ): Promise<CaptureResponse | { ok: false; error: 'unreadable' | 'no-answer' }> {
    let reading;
    try {
      reading = this.adapter.read(item);
    } catch {
      reading = null;
    }
    if (!reading) return { ok: false, error: 'unreadable' };
    const recordId = crypto.randomUUID();
    // Another capture still waiting for its shot owns the view: this one is placed when its turn comes.
    const first = this.sessions.size === 0;
    const session = this.start(recordId, this.adapter.frameOf?.(item) ?? item);
    try {
      // Placed and measured now, while the page's layout is clean; the background asks again if it had to wait.
      const shot = first ? await this.prepare(session) : undefined;
      const request: CaptureRequest = { type: 'capture', recordId, platform: this.adapter.id, pageUrl: location.href, reading, ifCaptured, ...(shot ? { shot } : {}), ...(classification ? { classification } : {}) };
      return await sendCapture(request);
    } finally {
      this.end(recordId);
    }
  }

  /**
   * Issue 24: keeps `item` ready for the screenshot the background takes when its turn comes
   * ('removal-arm'), with the site's menus (`menus`) hidden for the shot and the page left where
   * the user has it. Reads nothing: the reading is the caller's. Ended by release().
   */
  hold(recordId: string, item: Element, menus: string): void {
    this.start(recordId, this.adapter.frameOf?.(item) ?? item).menus = menus;
  }

  release(recordId: string): void {
    this.end(recordId);
  }

  private start(recordId: string, frame: Element): ShotSession {
    const doc = frame.ownerDocument;
    const session: ShotSession = { frame, hidden: new HiddenStyles(), url: location.href, before: null, left: doc.visibilityState === 'hidden', stopWatching: () => undefined };
    const onVisibility = () => {
      if (doc.visibilityState === 'hidden') session.left = true;
    };
    doc.addEventListener('visibilitychange', onVisibility);
    session.stopWatching = () => doc.removeEventListener('visibilitychange', onVisibility);
    this.sessions.set(recordId, session);
    return session;
  }

  /**
   * Resolves once no capture is under way (at once when none is). Triage's reading ahead waits
   * for it: its batches kept the background busy while it handled a capture (bench: a click a
   * second after load, 2,000 comments, 173 → 210 ms).
   */
  whenQuiet(): Promise<void> {
    if (this.sessions.size === 0) return Promise.resolve();
    if (!this.quiet) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      this.quiet = { promise, resolve };
    }
    return this.quiet.promise;
  }

  /** Everything hidden for the shot is put back; safe to call twice. */
  private end(recordId: string): void {
    const session = this.sessions.get(recordId);
    if (!session) return;
    this.sessions.delete(recordId);
    if (this.sessions.size === 0 && this.quiet) {
      this.quiet.resolve();
      this.quiet = undefined;
    }
    clearTimeout(session.timer);
    session.stopWatching();
    session.menuWatch?.disconnect();
    session.hidden.restore();
  }

  private onMessage(message: unknown): Promise<PrepareShotResponse | ShotDoneResponse | null> | undefined {
    const request = receive(['prepare-shot', 'shot-done'], message);
    if (!request) return undefined;
    const session = this.sessions.get(request.recordId);
    // Another capture's (a selection's, ./selection.ts): its own listener answers.
    if (!session) return undefined;
    if (request.type === 'shot-done') return Promise.resolve(this.finish(session));
    return this.prepare(session);
  }

  private async prepare(session: ShotSession): Promise<PrepareShotResponse> {
    const { frame, hidden } = session;
    let changed = false;
    /** Found in full view with nothing over it, as the page still stands (bringIntoClearView). */
    let clear = false;
    if (session.menus) {
      // The user is at the item's menu: nothing moves, and the menu is not in the picture.
      changed = hideMenus(frame.ownerDocument, session.menus, hidden);
      session.menuWatch?.disconnect();
      session.menuWatch = new MutationObserver(() => hideMenus(frame.ownerDocument, session.menus!, hidden));
      session.menuWatch.observe(frame.ownerDocument.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden', 'aria-hidden'] });
    } else {
      try {
        ({ changed, clear = false } = await bringIntoClearView(frame, hidden, isOwn));
      } catch {
        // A page that fights the scroll still gets its shot, checked below like any other.
      }
    }
    const rect = frame.getBoundingClientRect();
    if (hideOwnOver(frame.ownerDocument, boxOf(rect), hidden)) changed = true;
    // What changed must be drawn before the window is shot.
    if (changed) {
      await nextFrame();
      await nextFrame();
    }
    session.rect = frame.getBoundingClientRect();
    // Nothing changed since the item was found clear: that was the check, not asked twice.
    session.before = clear && !changed ? null : checkUncovered(frame);
    clearTimeout(session.timer);
    session.timer = setTimeout(() => {
      session.menuWatch?.disconnect();
      session.hidden.restore();
    }, RESTORE_AFTER_MS);
    const r = session.rect;
    return { rect: { x: r.x, y: r.y, width: r.width, height: r.height }, viewport: { width: innerWidth, height: innerHeight }, doubt: session.before };
  }

  /** After the shot: checked again as it stands, then put back (also if the check fails). */
  private finish(session: ShotSession): ShotDoneResponse {
    try {
      const reasons: ScreenshotDoubtReason[] = [];
      const now = session.frame.isConnected ? session.frame.getBoundingClientRect() : undefined;
      const was = session.rect;
      if (!now || (was && (Math.abs(now.x - was.x) > 1 || Math.abs(now.y - was.y) > 1 || Math.abs(now.width - was.width) > 1 || Math.abs(now.height - was.height) > 1))) reasons.push('moved');
      if (location.href !== session.url) reasons.push('page-changed');
      if (session.left || session.frame.ownerDocument.visibilityState === 'hidden') reasons.push('tab-changed');
      const after = now ? checkUncovered(session.frame) : null;
      return { doubt: mergeDoubts(session.before, after, reasons.length ? { reasons } : null) };
    } finally {
      // Put back now; the session itself stays until the capture is answered (a retry may ask again).
      clearTimeout(session.timer);
      session.menuWatch?.disconnect();
      session.hidden.restore();
    }
  }
}
