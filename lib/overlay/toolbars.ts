import type { ToolbarTranslate } from '../i18n/toolbar';
import type { Adapter } from '../platforms';
import type { TriageState } from '../protocol';
import type { CaptureClient } from './capture-client';
import type { Decorated } from './decorated';
import { loadedPanel } from './panel-api';
import { ItemToolbar, prefetchGuideOnIntent } from './toolbar';

/**
 * Keeps one ItemToolbar per decorated item, following the decorator: new items get one, a
 * recycled node (new version) gets a fresh one, removed items lose theirs.
 */
export class Toolbars {
  private readonly views = new Map<number, ItemToolbar>();
  /** Each toolbar by its host, for the page-wide listeners (handleEvent). */
  private readonly byHost = new WeakMap<EventTarget, ItemToolbar>();
  private readonly byItem = new WeakMap<Element, ItemToolbar>();
  /** Triage's state of an item, known before its toolbar was made (set by mount). */
  triageOf: (item: Element) => TriageState | undefined = () => undefined;
  private readonly controller = new AbortController();
  private listening = false;

  constructor(
    private readonly adapter: Adapter,
    private readonly client: CaptureClient,
    private t: ToolbarTranslate,
  ) {}

  update(entries: readonly Decorated[]): void {
    const live = new Set<number>();
    if (!this.listening && entries.length > 0) {
      this.listening = true;
      this.listen(entries[0]!.host.ownerDocument);
    }
    for (const entry of entries) {
      live.add(entry.id);
      const view = this.views.get(entry.id);
      if (view?.key === `${entry.id}:${entry.version}`) continue;
      view?.destroy();
      const fresh = new ItemToolbar(entry, this.adapter, this.client, this.t);
      this.views.set(entry.id, fresh);
      this.byHost.set(entry.host, fresh);
      this.byItem.set(entry.item, fresh);
      const state = this.triageOf(entry.item);
      if (state) fresh.setTriage(state);
    }
    for (const [id, view] of this.views) {
      if (live.has(id)) continue;
      view.destroy();
      this.views.delete(id);
    }
  }

  /** "Ta skärmbild nu": captures the stored item again where a toolbar shows it; null when none does. */
  captureStored(item: { itemId?: string; author: string; text: string }): Promise<Awaited<ReturnType<CaptureClient['capture']>> | null> {
    let found: ItemToolbar | undefined;
    this.views.forEach((view) => {
      if (!found && view.shows(item)) found = view;
    });
    return found ? found.captureVersion() : Promise.resolve(null);
  }

  /**
   * The keyboard shortcut's way to an item's toolbar: a direct call, never a DOM event, which a
   * page script could dispatch as well. False if `host` is not one of our live toolbars (the
   * page can make elements with our tag name too).
   */
  captureFor(host: Element): boolean {
    const view = this.byHost.get(host);
    if (!view || this.views.get(view.id) !== view) return false;
    view.captureNow();
    return true;
  }

  /**
   * One set of listeners for every toolbar on the page, in the capture phase of the window (so a
   * page script that stops clicks on their way down cannot hide ours), instead of three on each
   * of hundreds of toolbars (issue 3: 100 appended comments get theirs in one frame). A
   * toolbar's click reaches it through the event's path: the button, its shadow root, the host.
   */
  private listen(doc: Document): void {
    const target = doc.defaultView ?? doc;
    const options = { capture: true, signal: this.controller.signal };
    for (const type of ['mousedown', 'click']) target.addEventListener(type, this, options);
    prefetchGuideOnIntent(doc, this.controller.signal);
  }

  handleEvent(e: Event): void {
    const path = e.composedPath();
    const button = path[0];
    if (!(button instanceof Element) || button.localName !== 'button') return;
    // button, bar, shadow root, host (a panel's own buttons are deeper, and not the toolbar's).
    const view = path[3] && this.byHost.get(path[3]);
    view?.handleEvent(e, button);
  }

  /** Triage's answer for an item; one without a toolbar yet gets it when decorated (triageOf). */
  setTriage(item: Element, state: TriageState): void {
    const view = this.byItem.get(item);
    if (view && this.views.get(view.id) === view) view.setTriage(state);
  }

  /** Focuses the item's toolbar; false when it has none. */
  focusItem(item: Element): boolean {
    const view = this.byItem.get(item);
    if (!view || this.views.get(view.id) !== view) return false;
    view.focus();
    return true;
  }

  setTranslate(t: ToolbarTranslate): void {
    this.t = t;
    this.views.forEach((view) => view.setTranslate(t));
  }

  destroy(): void {
    this.controller.abort();
    this.views.forEach((view) => view.destroy());
    this.views.clear();
    loadedPanel()?.dispose();
  }
}
