import type { ToolbarKey, ToolbarTranslate } from '../i18n/toolbar';
import type { CaptureResponse } from '../protocol';

export interface CaptureStatus {
  tone: 'idle' | 'busy' | 'ok' | 'warn' | 'error';
  message: string;
}

/** What the user is told after a capture, in plain words. "Saved" only after the commit. */
export function describeCaptureResult(result: CaptureResponse | { ok: false; error: 'unreadable' | 'no-answer' }, t: ToolbarTranslate): CaptureStatus {
  if (result.ok) {
    if (result.screenshot.status === 'ok') return { tone: 'ok', message: t('overlay.saved') };
    const reason = t(`screenshotMissing.${result.screenshot.reason}` as ToolbarKey, { detail: result.screenshot.detail ?? '' });
    return { tone: 'warn', message: t('overlay.savedNoScreenshot', { reason }) };
  }
  if (result.error === 'unreadable') return { tone: 'error', message: t('overlay.unreadable') };
  const reason = t(`error.${result.error}` as ToolbarKey, { detail: 'detail' in result ? (result.detail ?? '') : '' });
  return { tone: 'error', message: t('overlay.failed', { reason }) };
}
