import { browser } from 'wxt/browser';
import { toolbarTranslator, type ToolbarKey } from '../i18n/toolbar';
import type { PlatformId } from '../platforms';
import { receive } from '../protocol';
import { readLanguage } from '../settings/language';
import { captureSelection, selectedText } from './selection';
import { showToast } from './toast';

/**
 * The keyboard shortcut (Alt+Shift+K by default; a browser command, so it also grants
 * activeTab for the screenshot): captures the selected text if there is one, else the item
 * under keyboard focus, else the item under the pointer. Items are found through their
 * toolbar hosts, so only what the overlay decorated can be captured this way, and the toolbar
 * is asked directly (`captureFor`), never through a DOM event a page script could dispatch too.
 * The command arrives as a runtime message, which pages cannot send. Only the user's own
 * pointer says where the pointer is.
 */
export function listenForShortcut(platform: () => PlatformId, hostTag: string, captureFor: (host: Element) => boolean, signal: AbortSignal): void {
  let pointer: { x: number; y: number } | undefined;
  const onPointer = (e: PointerEvent) => {
    // Not byUser: a page's own synthetic pointer events are common and no attempt on us.
    if (e.isTrusted) pointer = { x: e.clientX, y: e.clientY };
  };
  addEventListener('pointermove', onPointer, { passive: true, signal });

  const hostFor = (node: Element | null): Element | undefined => {
    for (let el = node; el; el = el.parentElement) {
      // Our own toolbar, or an item that carries one (in its room, lib/overlay/rooms.ts).
      if (el.localName === hostTag) return el;
      const own = el.querySelector(`:scope > * > ${hostTag}, :scope > * > * > ${hostTag}`);
      if (own) return own;
    }
    return undefined;
  };

  const onMessage = (message: unknown) => {
    if (!receive(['command-capture'], message)) return undefined;
    void (async () => {
      const t = toolbarTranslator(await readLanguage());
      const text = selectedText();
      if (text) {
        const result = await captureSelection(platform(), text);
        const ok = result.ok;
        const key: ToolbarKey = ok ? (result.screenshot.status === 'ok' ? 'shortcut.selectionSaved' : 'shortcut.selectionSavedNoShot') : 'shortcut.failed';
        showToast(t(key), ok ? (result.screenshot.status === 'ok' ? 'ok' : 'warn') : 'error');
        return;
      }
      const active = document.activeElement;
      const focused = active && active !== document.body ? hostFor(active) : undefined;
      const under = pointer ? hostFor(document.elementFromPoint(pointer.x, pointer.y)) : undefined;
      const host = focused ?? under;
      if (!host || !captureFor(host)) showToast(t('shortcut.nothing'), 'warn');
    })();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
}
