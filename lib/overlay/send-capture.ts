import { send, type CaptureRequest, type CaptureResponse } from '../protocol';

/**
 * Sends one capture to the background and returns its answer (given after the commit). One
 * retry with the same record id: a stopped service worker may drop the first message, and the
 * background recognises the id, so nothing is stored twice.
 */
export async function sendCapture(request: CaptureRequest): Promise<CaptureResponse | { ok: false; error: 'no-answer' }> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return await send('capture', attempt === 0 ? request : { ...request, retry: true });
    } catch {
      // no answer, or not a valid one: fall through to the retry
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { ok: false, error: 'no-answer' };
}
