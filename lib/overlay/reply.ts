/**
 * Inserting a reply into the site's reply box for an item, then checking that it landed.
 * Where the box is comes from the adapter (Adapter.reply: pure lookups); how to type into it
 * depends on the editor, per DOM-NOTES.md "Reply boxes, tried against the real editors":
 * - Lexical (Facebook): focus, let a frame pass, then execCommand('insertText') for one line or
 *   a synthetic paste for several (insertText drops newlines; paste makes them paragraphs);
 * - React-controlled textarea (Instagram, Studio): the native value setter and an input event;
 * - plain contenteditable watched by the page (YouTube): focus and execCommand('insertText').
 * The editor's text and the send button are then read back; when the text did not land, it
 * goes to the clipboard and the caller tells the user to paste. Nothing is ever sent: the send
 * button is only read, and no key that could send (Enter) is ever pressed.
 */
import { adapterFor, type Adapter } from '../platforms';

export type ReplyMethod =
  | 'lexical-insert-text'
  | 'lexical-paste'
  | 'lexical-lines'
  | 'textarea-setter'
  | 'contenteditable-insert-text'
  | 'clipboard';

export interface ReplyResult {
  ok: boolean;
  method: ReplyMethod;
  /** Why it went to the clipboard: no way to reply here, no box found, or the text did not land. */
  reason?: 'unsupported' | 'no-box' | 'not-landed';
}

type Ways = NonNullable<Adapter['reply']>;
type BoxKind = 'lexical' | 'textarea' | 'contenteditable';

/** How long the site may take to open a box after our click on Reply. */
const OPEN_TIMEOUT_MS = 2000;
/** How long the editor may take to show the text and enable its send button. */
const VERIFY_TIMEOUT_MS = 600;

export async function insertReply(item: Element, text: string, adapter = adapterFor(new URL(location.href))): Promise<ReplyResult> {
  const ways = adapter?.reply;
  if (!ways) return toClipboard(text, 'unsupported');
  const box = await openBox(item, ways);
  const kind = box ? kindOf(box) : null;
  if (!box || !kind) return toClipboard(text, 'no-box');

  const before = textOf(box);
  const tries = strategies(kind, text);
  for (const attempt of tries) {
    await attempt.run(box as HTMLElement, text);
    if (await landed(box, before, text, ways)) return { ok: true, method: attempt.method };
    // A try that changed nothing can be followed by the next; one that left text behind is
    // not repeated over it (the text would be doubled).
    if (normalise(textOf(box)) !== normalise(before)) break;
  }
  selectLeftovers(box, before);
  return toClipboard(text, 'not-landed');
}

/**
 * The item's reply box, opened by clicking its Reply button when needed. After the click the
 * adapter's lookup decides; failing that, a box the site focused that was not there before
 * (Facebook's permalink pages, where the thread has no wrapper of its own).
 */
async function openBox(item: Element, ways: Ways): Promise<Element | null> {
  const open = ways.clickFirst ? null : ways.box(item);
  if (open) return open;
  const button = ways.button(item);
  if (!(button instanceof HTMLElement)) return ways.box(item);
  const existing = new Set(editablesIn(document));
  button.click();
  // One frame first even when the box is already there (Instagram's Reply prefills "@user ").
  await frame();
  return waitFor(() => ways.box(item) ?? newFocusedBox(existing), OPEN_TIMEOUT_MS);
}

function editablesIn(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll('textarea, [contenteditable="true"], [contenteditable=""]'));
}

function newFocusedBox(existing: Set<Element>): Element | null {
  const active = document.activeElement;
  if (!active || existing.has(active)) return null;
  return kindOf(active) ? active : null;
}

function kindOf(box: Element): BoxKind | null {
  if (box instanceof HTMLTextAreaElement) return box.disabled || box.readOnly ? null : 'textarea';
  if (!(box instanceof HTMLElement) || !box.isContentEditable) return null;
  return box.getAttribute('data-lexical-editor') === 'true' ? 'lexical' : 'contenteditable';
}

interface Strategy {
  method: ReplyMethod;
  run(box: HTMLElement, text: string): Promise<void>;
}

function strategies(kind: BoxKind, text: string): Strategy[] {
  const multiline = /\r?\n/.test(text);
  if (kind === 'textarea') return [{ method: 'textarea-setter', run: setTextareaValue }];
  if (kind === 'contenteditable') return [{ method: 'contenteditable-insert-text', run: typeWithBreaks }];
  if (!multiline) return [{ method: 'lexical-insert-text', run: typeInto }];
  return [
    { method: 'lexical-paste', run: pasteInto },
    { method: 'lexical-lines', run: typeLines },
  ];
}

/**
 * React keeps the textarea's value in its own state and a value tracker on the node: set the
 * value with the prototype's native setter (which the tracker does not see) and send an input
 * event, so React's onChange reads the new value. Inserted at the caret when the user (or the
 * site's Reply, with "@user ") left one in the box; else after what is there.
 */
async function setTextareaValue(box: HTMLElement, text: string): Promise<void> {
  const area = box as HTMLTextAreaElement;
  const focused = document.activeElement === area;
  area.focus();
  const value = area.value;
  const start = focused ? area.selectionStart : value.length;
  const end = focused ? area.selectionEnd : value.length;
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  const next = value.slice(0, start) + text + value.slice(end);
  if (setter) setter.call(area, next);
  else area.value = next;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  area.dispatchEvent(new Event('change', { bubbles: true }));
  area.setSelectionRange(start + text.length, start + text.length);
}

/**
 * Focus, then wait a frame: Lexical takes its selection from the selectionchange that focus
 * causes, and an insertText before that is lost (DOM-NOTES). The caret goes to the end when
 * the box was not focused (YouTube prefills "@handle " for a reply to a reply).
 */
async function focusForTyping(box: HTMLElement): Promise<void> {
  if (document.activeElement !== box && !box.contains(document.activeElement)) {
    box.focus();
    const selection = document.getSelection();
    if (selection && box.textContent) {
      selection.selectAllChildren(box);
      selection.collapseToEnd();
    }
  }
  await frame();
}

async function typeInto(box: HTMLElement, text: string): Promise<void> {
  await focusForTyping(box);
  document.execCommand('insertText', false, text);
}

/**
 * Into a plain contenteditable: insertText per line with a line break (<br>, as Shift+Enter)
 * between. One insertText with "\n" in it makes Chrome wrap later lines in <div>s, which the
 * page reads back with an extra blank line.
 */
async function typeWithBreaks(box: HTMLElement, text: string): Promise<void> {
  await focusForTyping(box);
  text.split(/\r?\n/).forEach((line, i) => {
    if (i > 0) document.execCommand('insertLineBreak');
    if (line) document.execCommand('insertText', false, line);
  });
}

/**
 * Gecko's ClipboardEvent constructor ignores `clipboardData` (the event arrives with an empty
 * DataTransfer) and fills it from its own `dataType` and `data` instead; Chromium ignores those.
 */
type PasteInit = ClipboardEventInit & { dataType: string; data: string };

/** A paste as the browser would send it: Lexical reads the DataTransfer and makes paragraphs. */
async function pasteInto(box: HTMLElement, text: string): Promise<void> {
  await focusForTyping(box);
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const init: PasteInit = { clipboardData: data, dataType: 'text/plain', data: text, bubbles: true, cancelable: true };
  box.dispatchEvent(new ClipboardEvent('paste', init));
}

/**
 * Line by line, with a paragraph break between (not Enter, which sends on Facebook). Stops
 * after the first line when that did not show: no empty paragraphs left in a box that refuses.
 */
async function typeLines(box: HTMLElement, text: string): Promise<void> {
  await focusForTyping(box);
  const before = textOf(box);
  const [first = '', ...rest] = text.split(/\r?\n/);
  document.execCommand('insertText', false, first);
  if (textOf(box) === before) return;
  for (const line of rest) {
    document.execCommand('insertParagraph');
    if (line) document.execCommand('insertText', false, line);
  }
}

/**
 * Whether the text landed: the box shows it (beyond what it showed before) and the site's send
 * button, where the adapter finds one, became enabled. Polls for a few frames: React and
 * Lexical commit their updates asynchronously.
 */
async function landed(box: Element, before: string, text: string, ways: Ways): Promise<boolean> {
  const wanted = normalise(text);
  const check = () => {
    const now = normalise(textOf(box));
    if (now === normalise(before) || !now.includes(wanted)) return false;
    const send = ways.send?.(box);
    return !send || isEnabled(send);
  };
  return (await waitFor(() => check() || null, VERIFY_TIMEOUT_MS)) === true;
}

function isEnabled(button: Element): boolean {
  if (button.hasAttribute('disabled') || button.getAttribute('aria-disabled') === 'true') return false;
  return !(button instanceof HTMLButtonElement && button.disabled);
}

function textOf(box: Element): string {
  if (box instanceof HTMLTextAreaElement) return box.value;
  return box instanceof HTMLElement ? box.innerText : (box.textContent ?? '');
}

/**
 * Lines without blank ones and with whitespace collapsed: editors differ in how they show a
 * newline (Lexical: one paragraph per line, an empty line as <p><br></p>; a textarea: "\n").
 */
export function normalise(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * A try that left part of the text in a box that was empty before: select it, so the user's
 * paste replaces it instead of adding to it.
 */
function selectLeftovers(box: Element, before: string): void {
  if (normalise(before) !== '' || normalise(textOf(box)) === '') return;
  if (box instanceof HTMLTextAreaElement) box.select();
  else document.getSelection()?.selectAllChildren(box);
}

async function toClipboard(text: string, reason: NonNullable<ReplyResult['reason']>): Promise<ReplyResult> {
  // Allowed from a content script during the user's click (transient activation).
  await navigator.clipboard.writeText(text);
  return { ok: false, method: 'clipboard', reason };
}

/** The next frame; a timer stands in where frames are throttled (a background tab). */
function frame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function waitFor<T>(probe: () => T | null, timeoutMs: number): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = probe();
    if (found) return found;
    if (Date.now() > deadline) return null;
    await frame();
  }
}
