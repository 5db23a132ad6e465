import type { ToolbarKey, ToolbarTranslate } from '../i18n/toolbar';
import { doubtText } from '../capture/doubt';
import type { CaptureResponse } from '../protocol';
import { alreadyCapturedText, versionText } from './already-captured';

export interface CaptureStatus {
  tone: 'idle' | 'busy' | 'ok' | 'warn' | 'error';
  message: string;
}

/** What the user is told after a capture, in plain words. "Saved" only after the commit. */
export function describeCaptureResult(result: CaptureResponse | { ok: false; error: 'unreadable' | 'no-answer' }, t: ToolbarTranslate): CaptureStatus {
  if (result.ok && result.version) {
    // A later version of a stored item (issue 18): its number and what changed, after the usual words.
    const base = describeCaptureResult({ ...result, version: undefined }, t);
    const note = versionText(result.version, t);
    return { tone: base.tone, message: base.tone === 'ok' ? note : `${base.message} ${note}` };
  }
  if (result.ok) {
    if (result.screenshot.status === 'ok') {
      const doubt = result.screenshot.doubt;
      // Never silently: a picture that may not show the item says so, and why.
      if (doubt && doubt.reasons.length > 0) return { tone: 'warn', message: t('overlay.savedDoubt', { mark: t('screenshotDoubt.mark'), reasons: doubtText(doubt, t) }) };
      return { tone: 'ok', message: t('overlay.saved') };
    }
    const reason = t(`screenshotMissing.${result.screenshot.reason}` as ToolbarKey, { detail: result.screenshot.detail ?? '' });
    return { tone: 'warn', message: t('overlay.savedNoScreenshot', { reason }) };
  }
  if (result.error === 'unreadable') return { tone: 'error', message: t('overlay.unreadable') };
  if (result.error === 'already-captured' && 'existing' in result && result.existing) return { tone: 'warn', message: alreadyCapturedText(result.existing, t) };
  const reason = t(`error.${result.error}` as ToolbarKey, { detail: 'detail' in result ? (result.detail ?? '') : '' });
  return { tone: 'error', message: t('overlay.failed', { reason }) };
}
