import type { ToolbarTranslate } from '../i18n/toolbar';
import type { Adapter, ItemReading } from '../platforms';
import type { RemovalMenu } from '../platforms/types';
import { send, type CaptureRequest } from '../protocol';
import type { SiteRemoval } from '../records/site-removals';
import type { CaptureClient } from './capture-client';
import { itemTest, safeRead } from './decorated';
import { sendCapture } from './send-capture';
import { showToast } from './toast';
import { byUser } from './trust';

/** One item whose menu button was pressed: its reading and the shot the background is taking. */
interface Pending {
  recordId: string;
  button: Element;
  /** Null when the item could not be read: a removal then says plainly that nothing was saved. */
  reading: ItemReading | null;
  pageUrl: string;
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** What an entry of the site's menu does, by its label (sv or en), or null for any other entry. */
export function entryAction(entry: Element, labels: RemovalMenu['labels']): SiteRemoval | null {
  const names = [norm(entry.getAttribute('aria-label')), norm(entry.textContent)];
  for (const action of ['deleted', 'hidden'] as const) {
    if (labels[action].some((label) => names.includes(norm(label)))) return action;
  }
  return null;
}

/** The item a menu button belongs to: the nearest ancestor the adapter calls an item. */
export function itemOfButton(button: Element, adapter: Adapter): Element | null {
  const isItem = itemTest(adapter);
  for (let el = button.parentElement; el; el = el.parentElement) {
    try {
      if (isItem(el)) return el;
    } catch {
      return null;
    }
  }
  return null;
}

/** The first element on the event's path (through open shadow roots) that matches `selector`. */
function onPath(e: Event, selector: string): Element | null {
  for (const node of e.composedPath()) {
    if (node instanceof Element && node.matches(selector)) return node;
  }
  return null;
}

/**
 * Issue 24, capture on removal: when the administrator presses an item's own menu button on the
 * site, the item is read and its screenshot taken at once (the background keeps it); when they
 * then choose the site's Delete or Hide, the capture is committed with what was done. Any other
 * choice, Escape or a click elsewhere drops it. Listens in the capture phase, passively: the
 * site's own action is never held back, and only the user's own events count (./trust.ts).
 */
export class RemovalWatch {
  private pending: Pending | undefined;
  private enabled = true;
  private toldUntied = false;

  constructor(
    private readonly adapter: Adapter,
    /** The adapter's own `removal`, passed apart so the adapter itself is used, never a copy of it. */
    private readonly removal: RemovalMenu,
    private readonly client: CaptureClient,
    private readonly translate: () => ToolbarTranslate,
    signal: AbortSignal,
  ) {
    const options = { capture: true, passive: true, signal };
    document.addEventListener('pointerdown', (e) => this.onPointerDown(e), options);
    document.addEventListener('click', (e) => this.onClick(e), options);
    document.addEventListener('keydown', (e) => this.onKeyDown(e), options);
    signal.addEventListener('abort', () => this.discard(), { once: true });
  }

  setEnabled(on: boolean): void {
    this.enabled = on;
    if (!on) this.discard();
  }

  private onPointerDown(e: PointerEvent): void {
    if (e.button !== 0 || !this.enabled) return;
    const button = onPath(e, this.removal.button);
    if (button && byUser(e)) this.arm(button);
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (!this.enabled) return;
    if (e.key === 'Escape') {
      if (byUser(e)) this.discard();
      return;
    }
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const button = onPath(e, this.removal.button);
    if (button) {
      if (byUser(e)) this.arm(button);
      return;
    }
    // A menu entry chosen from the keyboard.
    this.onChoice(e);
  }

  private onClick(e: MouseEvent): void {
    // The press that opened the menu; onChoice checks the rest, the user's own click among them.
    if (!this.pending || e.composedPath().includes(this.pending.button)) return;
    this.onChoice(e);
  }

  /** A click or key inside or outside the site's menu while an item waits. */
  private onChoice(e: Event): void {
    const pending = this.pending;
    if (!pending || !byUser(e)) return;
    const { menu, entry, labels } = this.removal;
    const chosen = onPath(e, entry);
    if (chosen && onPath(e, menu)) {
      const action = entryAction(chosen, labels);
      if (action) void this.commit(pending, action);
      else this.discard();
      return;
    }
    // Inside the menu but on no entry (its padding, a heading): the menu is still open.
    if (!onPath(e, menu)) this.discard();
  }

  private arm(button: Element): void {
    if (this.pending?.button === button) return;
    this.discard();
    const item = itemOfButton(button, this.adapter);
    if (!item) {
      // Said once per page: a menu we cannot tie to a comment would otherwise repeat it at every press.
      if (!this.toldUntied) showToast(this.translate()('removal.untied'), 'warn');
      this.toldUntied = true;
      return;
    }
    const recordId = crypto.randomUUID();
    const reading = safeRead(this.adapter, item);
    this.pending = { recordId, button, reading, pageUrl: location.href };
    if (!reading) return;
    this.client.hold(recordId, item, this.removal.menu);
    void send('removal-arm', { recordId }).catch(() => undefined);
  }

  private discard(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    if (!pending.reading) return;
    this.client.release(pending.recordId);
    void send('removal-discard', { recordId: pending.recordId }).catch(() => undefined);
  }

  private async commit(pending: Pending, action: SiteRemoval): Promise<void> {
    this.pending = undefined;
    const t = this.translate();
    if (!pending.reading) {
      showToast(t('removal.notSaved', { why: t('removal.why.unreadable') }), 'error');
      return;
    }
    const request: CaptureRequest = { type: 'capture', recordId: pending.recordId, platform: this.adapter.id, pageUrl: pending.pageUrl, reading: pending.reading, removal: action };
    let result;
    try {
      result = await sendCapture(request);
    } finally {
      this.client.release(pending.recordId);
    }
    const what = t(`removal.action.${action}`);
    if (result.ok) {
      showToast(t(result.screenshot.status === 'ok' ? 'removal.saved' : 'removal.savedNoShot', { action: what }), result.screenshot.status === 'ok' ? 'ok' : 'warn');
    } else {
      const detail = 'detail' in result ? (result.detail ?? result.error) : result.error;
      showToast(t('removal.notSaved', { why: t('removal.why.failed', { detail }) }), 'error');
    }
  }
}
