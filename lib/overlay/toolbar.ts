import type { ToolbarTranslate } from '../i18n/toolbar';
import type { Adapter } from '../platforms';
import type { CaptureClient } from './capture-client';
import type { Decorated } from './decorator';
import { describeCaptureResult, type CaptureStatus } from './describe-capture';
import { loadGuidePanel, loadedPanel, type PanelTarget } from './panel-api';
import { letGrow } from './rooms';
import { CAPTURE_EVENT } from './shortcut-event';
import { toolbarCss } from './toolbar-styles';

/**
 * The toolbar beside one item: "Fånga", "Riktlinjer" (a disclosure whose panel is loaded on
 * first use) and a status line, in the item's own shadow root. Plain DOM, not React: a page of
 * 2,000 comments decorates hundreds of these, and issue 3 gives 100 comments 16 ms. Its text
 * comes from the page and is only ever set as text.
 */
export class ItemToolbar {
  private readonly capture: HTMLButtonElement;
  private readonly toggle: HTMLButtonElement | null;
  private readonly status: HTMLSpanElement;
  private readonly bar: HTMLDivElement;
  private readonly slot: HTMLDivElement;
  private readonly controller = new AbortController();
  private busy = false;
  private answers = 0;
  private statusState: CaptureStatus = { tone: 'idle', message: '' };
  readonly key: string;

  constructor(
    private readonly entry: Decorated,
    private readonly adapter: Adapter,
    private readonly client: CaptureClient,
    private t: ToolbarTranslate,
  ) {
    this.key = `${entry.id}:${entry.version}`;
    const doc = entry.host.ownerDocument;
    const style = doc.createElement('style');
    style.textContent = toolbarCss;
    this.bar = doc.createElement('div');
    this.bar.className = 'kv-toolbar';
    this.bar.setAttribute('role', 'group');
    this.capture = doc.createElement('button');
    this.capture.type = 'button';
    this.status = doc.createElement('span');
    this.status.className = 'kv-status';
    this.status.setAttribute('role', 'status');
    this.bar.append(this.capture);
    // An item that is unreadable now (a recycled node mid-change) offers no guide: nothing to judge.
    this.toggle = entry.reading ? doc.createElement('button') : null;
    if (this.toggle) {
      this.toggle.type = 'button';
      this.toggle.setAttribute('aria-expanded', 'false');
      this.bar.append(this.toggle);
    }
    this.bar.append(this.status);
    this.slot = doc.createElement('div');
    entry.shadow.replaceChildren(style, this.bar, this.slot);
    this.label();
    this.showStatus();

    const { signal } = this.controller;
    // A mouse click on "Fånga" leaves keyboard focus where it was: moving it would restyle the
    // page just before its screenshot, which then waits for a new frame (bench). Keyboard users
    // reach and press the button as usual.
    this.capture.addEventListener('mousedown', (e) => e.preventDefault(), { signal });
    this.capture.addEventListener('click', () => void this.onCapture(), { signal });
    this.toggle?.addEventListener('click', () => void this.onToggle(), { signal });
    // Fetched on intent (pointer over, or focus on, a guide button) so the first open is quick;
    // a failure here is reported by the click, not now.
    const prefetch = () => void loadGuidePanel().catch(() => undefined);
    this.toggle?.addEventListener('pointerenter', prefetch, { signal, once: true });
    this.toggle?.addEventListener('focus', prefetch, { signal, once: true });
    // The keyboard shortcut asks the toolbar of the item in focus or under the pointer.
    entry.host.addEventListener(CAPTURE_EVENT, () => void this.onCapture(), { signal });
  }

  setTranslate(t: ToolbarTranslate): void {
    this.t = t;
    this.label();
    if (this.statusState.tone === 'busy') this.statusState = { tone: 'busy', message: t('overlay.saving') };
  }

  destroy(): void {
    this.controller.abort();
    loadedPanel()?.forget(this.key);
  }

  private label(): void {
    const { t } = this;
    const reading = this.entry.reading;
    const kind = t(`kind.${reading?.kind ?? 'comment'}`);
    this.bar.setAttribute('aria-label', t('overlay.toolbarLabel'));
    this.capture.textContent = t('overlay.capture');
    this.capture.setAttribute('aria-label', reading?.author ? t('overlay.captureLabel', { kind, author: reading.author }) : t('overlay.captureLabelNoAuthor', { kind }));
    if (this.toggle) {
      this.toggle.textContent = t('guide.toggle');
      this.toggle.setAttribute('aria-label', reading?.author ? t('guide.toggleLabel', { kind, author: reading.author }) : t('guide.toggleLabelNoAuthor', { kind }));
    }
  }

  private showStatus(): void {
    this.status.dataset.tone = this.statusState.tone;
    // The same message twice is still a new answer (tests and screen readers wait for it).
    this.status.dataset.answers = String(this.answers);
    this.status.textContent = this.statusState.message;
    this.capture.setAttribute('aria-busy', String(this.statusState.tone === 'busy'));
  }

  private setStatus(status: CaptureStatus): void {
    // A status line may wrap to a second row: the room grows with it.
    if (status.message) letGrow(this.entry.host);
    this.statusState = status;
    this.showStatus();
  }

  private async onCapture(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    // "Sparar…" only if saving takes a while: changing the page at the click would make the
    // browser paint a new frame before the screenshot (bench: 20–30 ms on a busy page).
    const slow = setTimeout(() => this.setStatus({ tone: 'busy', message: this.t('overlay.saving') }), 400);
    const result = await this.client.capture(this.entry.item, this.entry.host, loadedPanel()?.classification(this.key));
    clearTimeout(slow);
    this.busy = false;
    if (this.controller.signal.aborted) return;
    this.answers++;
    this.setStatus(describeCaptureResult(result, this.t));
  }

  private async onToggle(): Promise<void> {
    const toggle = this.toggle;
    const reading = this.entry.reading;
    if (!toggle || !reading) return;
    const target: PanelTarget = {
      key: this.key,
      item: this.entry.item,
      reading,
      adapter: this.adapter,
      slot: this.slot,
      panelId: `kv-guide-${this.entry.id}`,
    };
    let open: boolean;
    // The panel opens inside the toolbar: the room grows with it.
    letGrow(this.entry.host);
    try {
      toggle.setAttribute('aria-busy', 'true');
      const panel = await loadGuidePanel();
      if (this.controller.signal.aborted) return;
      open = panel.toggle(target);
    } catch (error) {
      this.setStatus({ tone: 'error', message: this.t('overlay.guideLoadFailed', { detail: error instanceof Error ? error.message : String(error) }) });
      return;
    } finally {
      toggle.removeAttribute('aria-busy');
    }
    toggle.setAttribute('aria-expanded', String(open));
    if (open) toggle.setAttribute('aria-controls', target.panelId);
    else toggle.removeAttribute('aria-controls');
  }
}

/**
 * Keeps one ItemToolbar per decorated item, following the decorator: new items get one, a
 * recycled node (new version) gets a fresh one, removed items lose theirs.
 */
export class Toolbars {
  private readonly views = new Map<number, ItemToolbar>();

  constructor(
    private readonly adapter: Adapter,
    private readonly client: CaptureClient,
    private t: ToolbarTranslate,
  ) {}

  update(entries: readonly Decorated[]): void {
    const live = new Set<number>();
    for (const entry of entries) {
      live.add(entry.id);
      const view = this.views.get(entry.id);
      if (view?.key === `${entry.id}:${entry.version}`) continue;
      view?.destroy();
      this.views.set(entry.id, new ItemToolbar(entry, this.adapter, this.client, this.t));
    }
    for (const [id, view] of this.views) {
      if (live.has(id)) continue;
      view.destroy();
      this.views.delete(id);
    }
  }

  setTranslate(t: ToolbarTranslate): void {
    this.t = t;
    for (const view of this.views.values()) view.setTranslate(t);
  }

  destroy(): void {
    for (const view of this.views.values()) view.destroy();
    this.views.clear();
    loadedPanel()?.dispose();
  }
}
