import { browser } from 'wxt/browser';
import { HiddenStyles } from '../capture/hidden-styles';
import { receive, type CaptureResponse, type HideOwnUiResponse, type RequestOf, type ShotDoneResponse } from '../protocol';
import { DRAWN_TAGS } from './rooms';

/** Longer than a screenshot takes (with one wait for the browser's quota), shorter than a user waits. */
const RESTORE_AFTER_MS = 5000;
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The page's part in a screenshot the background takes on its own (the context menu's capture
 * of a selection, issue 18): on 'hide-own-ui' our toolbars, panel and messages are hidden and
 * drawn away before the answer; on 'shot-done' for the same id they are shown again exactly as
 * they were, with whether the tab was left meanwhile. Put back by itself if no 'shot-done' comes.
 */
export function listenForOwnUiShots(signal: AbortSignal): void {
  const shots = new Map<string, { hidden: HiddenStyles; left: boolean; timer: ReturnType<typeof setTimeout> }>();
  const end = (id: string) => {
    const shot = shots.get(id);
    if (!shot) return undefined;
    shots.delete(id);
    clearTimeout(shot.timer);
    shot.hidden.restore();
    return shot;
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') shots.forEach((shot) => (shot.left = true));
  };
  const onMessage = (message: unknown): Promise<HideOwnUiResponse | ShotDoneResponse> | undefined => {
    const request = receive(['hide-own-ui', 'shot-done'], message);
    if (!request) return undefined;
    if (request.type === 'shot-done') {
      // Another capture's (an item's, a shortcut selection's): its own listener answers.
      const shot = end(request.recordId);
      return shot ? Promise.resolve({ doubt: shot.left ? { reasons: ['tab-changed'] } : null }) : undefined;
    }
    return (async () => {
      end(request.recordId);
      const hidden = new HiddenStyles();
      for (const tag of DRAWN_TAGS) for (const el of document.getElementsByTagName(tag)) if (el instanceof HTMLElement) hidden.hide(el);
      shots.set(request.recordId, { hidden, left: document.visibilityState === 'hidden', timer: setTimeout(() => end(request.recordId), RESTORE_AFTER_MS) });
      // Drawn without them before the background shoots the window.
      if (hidden.size > 0) {
        await nextFrame();
        await nextFrame();
      }
      return { hidden: hidden.size };
    })();
  };
  document.addEventListener('visibilitychange', onVisibility, { signal });
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener(
    'abort',
    () => {
      browser.runtime.onMessage.removeListener(onMessage);
      shots.forEach((_shot, id) => end(id));
    },
    { once: true },
  );
}

/**
 * The queue's "Ta skärmbild nu" (issue 18), passed on by the background: the stored item is
 * captured again through its toolbar, as its next version. Answered with null when no toolbar
 * on this page shows it (scrolled away and unloaded, or removed from the site).
 */
export function listenForStoredCapture(
  capture: (item: Omit<RequestOf<'capture-stored'>, 'type'>) => Promise<CaptureResponse | { ok: false; error: 'unreadable' | 'no-answer' } | null>,
  signal: AbortSignal,
): void {
  const onMessage = (message: unknown): Promise<CaptureResponse | null> | undefined => {
    const request = receive(['capture-stored'], message);
    if (!request) return undefined;
    const { type: _type, ...item } = request;
    return capture(item).then((answer): CaptureResponse | null => {
      if (!answer) return null;
      // The overlay's own failures travel as 'unknown', with what happened.
      if (!answer.ok && (answer.error === 'unreadable' || answer.error === 'no-answer')) return { ok: false, error: 'unknown', detail: answer.error };
      return answer as CaptureResponse;
    });
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
}
