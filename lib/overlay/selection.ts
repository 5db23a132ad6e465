import { browser } from 'wxt/browser';
import { receive, type CaptureResponse } from '../protocol';
import type { PlatformId } from '../platforms';
import { HiddenStyles } from '../capture/hidden-styles';
import { DRAWN_TAGS } from './rooms';
import { sendCapture } from './send-capture';

/** The page's current text selection, with newlines as the page shows them; '' when none. */
export function selectedText(): string {
  return window.getSelection()?.toString().trim() ?? '';
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The manual fallback (issue 3): captures the selected text with the page's URL and a
 * screenshot of the visible area, for pages no adapter reads (a redesign, Business Suite).
 * Our own toolbars and panel are hidden for the shot (issue 18) and shown again when the
 * background says it is taken, or when the capture is answered, whichever comes first.
 */
export async function captureSelection(platform: PlatformId, text: string): Promise<CaptureResponse | { ok: false; error: 'no-answer' }> {
  const recordId = crypto.randomUUID();
  const hidden = new HiddenStyles();
  let left = document.visibilityState === 'hidden';
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') left = true;
  };
  const onMessage = (message: unknown) => {
    const request = receive(['shot-done'], message);
    if (request?.recordId !== recordId) return undefined;
    hidden.restore();
    return Promise.resolve({ doubt: left ? { reasons: ['tab-changed'] } : null });
  };
  document.addEventListener('visibilitychange', onVisibility);
  browser.runtime.onMessage.addListener(onMessage);
  try {
    for (const tag of DRAWN_TAGS) for (const el of document.getElementsByTagName(tag)) if (el instanceof HTMLElement) hidden.hide(el);
    if (hidden.size > 0) {
      await nextFrame();
      await nextFrame();
    }
    return await sendCapture({
      type: 'capture',
      recordId,
      platform,
      pageUrl: location.href,
      reading: { kind: 'selection', author: '', text, byOwner: false, unreadable: ['author'] },
      shot: { rect: { x: 0, y: 0, width: innerWidth, height: innerHeight }, viewport: { width: innerWidth, height: innerHeight } },
    });
  } finally {
    hidden.restore();
    document.removeEventListener('visibilitychange', onVisibility);
    browser.runtime.onMessage.removeListener(onMessage);
  }
}
