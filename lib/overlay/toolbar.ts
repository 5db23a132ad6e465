import type { ToolbarTranslate } from '../i18n/toolbar';
import type { Adapter } from '../platforms';
import { AlreadyCapturedChoice } from './already-captured';
import type { CaptureClient } from './capture-client';
import type { Decorated } from './decorated';
import { describeCaptureResult, type CaptureStatus } from './describe-capture';
import { loadGuidePanel, loadedPanel, type PanelTarget } from './panel-api';
import { letGrow } from './rooms';
import { toolbarCss } from './toolbar-styles';
import { byUser } from './trust';
import type { TriageState } from '../protocol';
import { stateText } from '../triage/words';

/**
 * What every toolbar's shadow root holds, made once per document and language and cloned, its
 * buttons' text already in place: one clone costs a fraction of making and labelling the
 * elements one by one (issue 3: infinite scroll brings 100 comments, all decorated in the frame
 * that first lays them out). The guide panel's slot is not in it: made on first use, an empty
 * element would still be one more box to lay out for every comment.
 */
const templates = new WeakMap<Document, { t: ToolbarTranslate; fragment: DocumentFragment }>();
function toolbarTemplate(doc: Document, t: ToolbarTranslate): DocumentFragment {
  const made = templates.get(doc);
  if (made?.t === t) return made.fragment;
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, text = '') => {
    const el = doc.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.textContent = text;
    return el;
  };
  const bar = make('div', { class: 'kv-toolbar', role: 'group', 'aria-label': t('overlay.toolbarLabel') });
  bar.append(
    make('button', { type: 'button', 'aria-busy': 'false' }, t('overlay.capture')),
    make('button', { type: 'button', 'aria-expanded': 'false' }, t('guide.toggle')),
    // Triage's state (issue 20), in words; empty until the background answered.
    make('span', { class: 'kv-triage', 'data-needs': 'none' }),
    make('span', { class: 'kv-status', role: 'status', 'data-tone': 'idle', 'data-answers': '0' }),
  );
  const fragment = doc.createDocumentFragment();
  fragment.append(bar);
  templates.set(doc, { t, fragment });
  return fragment;
}

/**
 * The toolbars' style sheet, one per document, adopted by every shadow root: a `<style>` in
 * each had the browser look up and match its text again for every toolbar (issue 3, YouTube,
 * 168 toolbars: 5 ms). Firefox does not apply a sheet a content script constructs to the page's
 * shadow roots (bugzilla 1770592), so there each toolbar keeps its own `<style>`.
 */
const ADOPT_SHEETS = import.meta.env.BROWSER !== 'firefox';
const sheets = new WeakMap<Document, CSSStyleSheet>();
function addStyles(doc: Document, shadow: ShadowRoot): void {
  if (ADOPT_SHEETS) {
    let sheet = sheets.get(doc);
    if (!sheet) {
      sheet = new (doc.defaultView ?? window).CSSStyleSheet();
      sheet.replaceSync(toolbarCss);
      sheets.set(doc, sheet);
    }
    shadow.adoptedStyleSheets = [sheet];
    return;
  }
  const style = doc.createElement('style');
  style.textContent = toolbarCss;
  shadow.prepend(style);
}

/**
 * The guide panel is fetched on intent (the pointer over, or Tab onto, any guide button), so
 * the first open is quick: one listener pair per document, not two listeners per toolbar, gone
 * after the first intent or with the toolbars. A failure here is reported by the click. Only
 * the user's own pointer and keys count: a script's focus() is a trusted focus event, so the
 * Tab key's release on the button is what says a person came there.
 */
export function prefetchGuideOnIntent(doc: Document, signal: AbortSignal): void {
  const controller = new AbortController();
  signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
  const onIntent = (e: Event) => {
    if (e.type === 'keyup' && (e as KeyboardEvent).key !== 'Tab') return;
    const target = e.composedPath()[0];
    if (!(target instanceof Element) || target.localName !== 'button' || !target.hasAttribute('aria-expanded') || !target.parentElement?.classList.contains('kv-toolbar')) return;
    if (!byUser(e)) return;
    controller.abort();
    void loadGuidePanel().catch(() => undefined);
  };
  doc.addEventListener('pointerover', onIntent, { capture: true, passive: true, signal: controller.signal });
  doc.addEventListener('keyup', onIntent, { capture: true, passive: true, signal: controller.signal });
}

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
  private readonly triage: HTMLSpanElement;
  private triageState: TriageState | undefined;
  private readonly bar: HTMLDivElement;
  /** Where the guide panel is rendered: made when it is first opened. */
  private slot: HTMLDivElement | null = null;
  /** "Spara ny version" / "Öppna posten", offered while the item is known to be stored already. */
  private choice: AlreadyCapturedChoice | null = null;
  private destroyed = false;
  private busy = false;
  private answers = 0;
  private statusState: CaptureStatus = { tone: 'idle', message: '' };
  readonly key: string;
  readonly id: number;

  constructor(
    private readonly entry: Decorated,
    private readonly adapter: Adapter,
    private readonly client: CaptureClient,
    private t: ToolbarTranslate,
  ) {
    this.key = `${entry.id}:${entry.version}`;
    this.id = entry.id;
    const doc = entry.host.ownerDocument;
    const content = toolbarTemplate(doc, t).cloneNode(true) as DocumentFragment;
    this.bar = content.firstElementChild as HTMLDivElement;
    this.capture = this.bar.children[0] as HTMLButtonElement;
    const toggle = this.bar.children[1] as HTMLButtonElement;
    this.triage = this.bar.children[2] as HTMLSpanElement;
    this.status = this.bar.children[3] as HTMLSpanElement;
    // An item that is unreadable now (a recycled node mid-change) offers no guide: nothing to judge.
    this.toggle = entry.reading ? toggle : null;
    if (!this.toggle) toggle.remove();
    // A recycled node's host keeps its shadow root and style sheet: only the toolbar is new.
    if (!entry.shadow.firstChild) addStyles(doc, entry.shadow);
    else for (const old of [...entry.shadow.children]) if (old.localName !== 'style') old.remove();
    entry.shadow.append(content);
    this.labelButtons();
  }

  /**
   * A click in the toolbar, passed on by Toolbars, which listens once for the whole page. Only
   * the user's own (isTrusted): the page's scripts reach into our open shadow roots too.
   */
  handleEvent(e: Event, button: EventTarget): void {
    if (this.destroyed) return;
    const choice = this.choice?.has(button) ? this.choice : null;
    if (button !== this.capture && button !== this.toggle && !choice) return;
    if (!byUser(e)) return;
    if (choice) {
      if (e.type === 'mousedown') e.preventDefault();
      else if (button === choice.saveNew) void this.onCapture('new-version');
      else void this.onOpen(choice);
      return;
    }
    // A mouse click on "Fånga" leaves keyboard focus where it was: moving it would restyle the
    // page just before its screenshot, which then waits for a new frame (bench). Keyboard users
    // reach and press the button as usual.
    if (e.type === 'mousedown') {
      if (button === this.capture) e.preventDefault();
    } else if (button === this.capture) void this.onCapture();
    else void this.onToggle();
  }

  /** The keyboard shortcut asks for this item (a browser command: the user's own key). */
  captureNow(): void {
    if (!this.destroyed) void this.onCapture();
  }

  setTranslate(t: ToolbarTranslate): void {
    this.t = t;
    this.bar.setAttribute('aria-label', t('overlay.toolbarLabel'));
    this.capture.textContent = t('overlay.capture');
    if (this.toggle) this.toggle.textContent = t('guide.toggle');
    this.labelButtons();
    if (this.statusState.tone === 'busy') this.statusState = { tone: 'busy', message: t('overlay.saving') };
    if (this.triageState) this.setTriage(this.triageState);
  }

  /**
   * Triage's state beside the buttons, in words with an accessible name; one line inside the
   * room's fixed height (cut with an ellipsis, the whole text in its name), so nothing moves.
   */
  setTriage(state: TriageState): void {
    this.triageState = state;
    const text = stateText(state, new Date(), this.t);
    const needs = state.overdue ? 'overdue' : state.needs;
    const captured = String(state.captured);
    // Unchanged (most comments need nothing: no words, as drawn): nothing written, so the browser
    // has no style or layout to redo for it (bench: 100 appended comments' states cost a pass of
    // their own, 2.6 ms style and 4–6 ms layout, when every label was written).
    const label = this.triage;
    if (label.dataset.needs === needs && label.dataset.captured === captured && label.textContent === text) return;
    label.dataset.needs = needs;
    label.dataset.captured = captured;
    label.textContent = text;
    if (text) {
      label.setAttribute('role', 'note');
      label.setAttribute('aria-label', this.t('triage.stateLabel', { state: text }));
      label.title = text;
    } else {
      for (const name of ['role', 'aria-label', 'title']) label.removeAttribute(name);
    }
  }

  /** The side panel chose this item: keyboard focus on its first button. */
  focus(): void {
    this.capture.focus();
  }

  destroy(): void {
    this.destroyed = true;
    loadedPanel()?.forget(this.key);
  }

  /** The buttons' names say whose comment they act on (the visible text is in the template). */
  private labelButtons(): void {
    const { t } = this;
    const reading = this.entry.reading;
    const kind = t(`kind.${reading?.kind ?? 'comment'}`);
    this.capture.setAttribute('aria-label', reading?.author ? t('overlay.captureLabel', { kind, author: reading.author }) : t('overlay.captureLabelNoAuthor', { kind }));
    this.toggle?.setAttribute('aria-label', reading?.author ? t('guide.toggleLabel', { kind, author: reading.author }) : t('guide.toggleLabelNoAuthor', { kind }));
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

  /** "Ta skärmbild nu" from the queue: this item again, as its next version; null when busy. */
  captureVersion(): Promise<Awaited<ReturnType<CaptureClient['capture']>> | null> {
    return this.destroyed ? Promise.resolve(null) : this.onCapture('new-version');
  }

  /** Whether this toolbar's item is the stored one: by its id on the platform, else by author and text. */
  shows(item: { itemId?: string; author: string; text: string }): boolean {
    const reading = this.entry.reading;
    if (!reading) return false;
    return item.itemId ? reading.itemId === item.itemId : !reading.itemId && reading.author === item.author && reading.text === item.text;
  }

  private async onCapture(ifCaptured: 'ask' | 'new-version' = 'ask'): Promise<Awaited<ReturnType<CaptureClient['capture']>> | null> {
    if (this.busy) return null;
    this.busy = true;
    this.choice?.remove();
    this.choice = null;
    // "Sparar…" only if saving takes a while: changing the page at the click would make the
    // browser paint a new frame before the screenshot (bench: 20–30 ms on a busy page).
    const slow = setTimeout(() => this.setStatus({ tone: 'busy', message: this.t('overlay.saving') }), 400);
    const result = await this.client.capture(this.entry.item, loadedPanel()?.classification(this.key), ifCaptured);
    clearTimeout(slow);
    this.busy = false;
    if (this.destroyed) return result;
    this.answers++;
    // Already stored (issue 18): nothing was saved; the user chooses a new version or the record.
    if (!result.ok && result.error === 'already-captured' && 'existing' in result && result.existing) {
      const reading = this.entry.reading;
      this.choice = new AlreadyCapturedChoice(this.bar, result.existing, this.t, { kind: this.t(`kind.${reading?.kind ?? 'comment'}`), ...(reading?.author ? { author: reading.author } : {}) });
    }
    this.setStatus(describeCaptureResult(result, this.t));
    if (result.ok && this.triageState) this.setTriage({ ...this.triageState, captured: true });
    return result;
  }

  private async onOpen(choice: AlreadyCapturedChoice): Promise<void> {
    if (await choice.openRecord()) return;
    this.answers++;
    this.setStatus({ tone: 'error', message: this.t('versions.openFailed') });
  }

  private async onToggle(): Promise<void> {
    const toggle = this.toggle;
    const reading = this.entry.reading;
    if (!toggle || !reading) return;
    if (!this.slot) {
      this.slot = this.entry.host.ownerDocument.createElement('div');
      this.entry.shadow.append(this.slot);
    }
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
      if (this.destroyed) return;
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
