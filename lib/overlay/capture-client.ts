import { browser } from 'wxt/browser';
import { receive, type CaptureRequest, type CaptureResponse, type PrepareShotResponse } from '../protocol';
import type { Adapter } from '../platforms';
import { sendCapture } from './send-capture';

interface ShotTarget {
  frame: Element;
  host: HTMLElement;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * The overlay's side of a capture: sends the reading to the background, and answers the
 * background's "where is it?" right before the screenshot is taken.
 */
export class CaptureClient {
  private readonly targets = new Map<string, ShotTarget>();

  constructor(
    private readonly adapter: Adapter,
    signal: AbortSignal,
  ) {
    const listener = (message: unknown) => this.onMessage(message);
    browser.runtime.onMessage.addListener(listener);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
  }

  /**
   * Captures one item. Resolves with the background's answer, after the record was committed.
   * `classification` is the guide category the user confirmed in the overlay, if any.
   */
  async capture(item: Element, host: HTMLElement, classification?: CaptureRequest['classification']): Promise<CaptureResponse | { ok: false; error: 'unreadable' | 'no-answer' }> {
    let reading;
    try {
      reading = this.adapter.read(item);
    } catch {
      reading = null;
    }
    if (!reading) return { ok: false, error: 'unreadable' };
    const recordId = crypto.randomUUID();
    const target = { frame: this.adapter.frameOf?.(item) ?? item, host };
    this.targets.set(recordId, target);
    // Measured now, while the page's layout is clean; the background asks again if it had to wait.
    const shot = await this.prepare(target);
    const request: CaptureRequest = { type: 'capture', recordId, platform: this.adapter.id, pageUrl: location.href, reading, shot, ...(classification ? { classification } : {}) };
    try {
      return await sendCapture(request);
    } finally {
      this.targets.delete(recordId);
    }
  }

  private onMessage(message: unknown): Promise<PrepareShotResponse | null> | undefined {
    const request = receive(['prepare-shot', 'shot-done'], message);
    if (!request) return undefined;
    const target = this.targets.get(request.recordId);
    if (request.type === 'shot-done') {
      if (target) target.host.style.visibility = '';
      return undefined;
    }
    return target ? this.prepare(target) : Promise.resolve(null);
  }

  private async prepare(target: ShotTarget): Promise<PrepareShotResponse> {
    let rect = target.frame.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > innerHeight || rect.left < 0 || rect.right > innerWidth) {
      target.frame.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
      await nextFrame();
      rect = target.frame.getBoundingClientRect();
    }
    if (overlaps(rect, target.host.getBoundingClientRect())) {
      // Our toolbar would be in the picture: hide it (no layout shift) until the shot is taken.
      target.host.style.visibility = 'hidden';
      setTimeout(() => (target.host.style.visibility = ''), 3000);
      await nextFrame();
      await nextFrame();
    }
    return { rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height }, viewport: { width: innerWidth, height: innerHeight } };
  }
}
