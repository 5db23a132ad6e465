import type { CaptureResponse } from '../protocol';
import type { PlatformId } from '../platforms';
import { sendCapture } from './send-capture';

/** The page's current text selection, with newlines as the page shows them; '' when none. */
export function selectedText(): string {
  return window.getSelection()?.toString().trim() ?? '';
}

/**
 * The manual fallback (issue 3): captures the selected text with the page's URL and a
 * screenshot of the visible area, for pages no adapter reads (a redesign, Business Suite).
 */
export async function captureSelection(platform: PlatformId, text: string): Promise<CaptureResponse | { ok: false; error: 'no-answer' }> {
  return sendCapture({
    type: 'capture',
    recordId: crypto.randomUUID(),
    platform,
    pageUrl: location.href,
    reading: { kind: 'selection', author: '', text, unreadable: ['author'] },
    shot: { rect: { x: 0, y: 0, width: innerWidth, height: innerHeight }, viewport: { width: innerWidth, height: innerHeight } },
  });
}
