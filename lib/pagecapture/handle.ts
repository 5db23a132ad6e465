import { browser, type Browser } from 'wxt/browser';
import { getDb } from '../records/db';
import { getSettings } from '../settings/store';
import { captureByStitching, type CaptureControl, type FullPageShot } from './chromium';
import { captureTabApi, captureWholeRect } from './firefox';
import { PageCaptureCancelSchema, PageCaptureFailure, PageCaptureStartSchema, type PageCaptureProgress, type PageCaptureResponse } from './messages';
import { saveMhtml } from './mhtml';
import { commitPageShot, pageShotRecord } from './store';

/**
 * Jobs running in this worker. Only the cancel flag lives here, for the few seconds a capture
 * takes: the worker stays alive while it awaits the browser's APIs, and a capture that was
 * cut short stores nothing, so no state that matters is lost if the worker is stopped.
 */
const jobs = new Map<string, { cancelled: boolean }>();

function report(progress: Omit<PageCaptureProgress, 'type'>): void {
  // No page may be listening (the side panel was closed): that is not an error.
  void browser.runtime.sendMessage({ type: 'page-capture-progress', ...progress }).catch(() => undefined);
}

async function run(jobId: string, tabId: number, returnTo: number | undefined): Promise<PageCaptureResponse> {
  const job = { cancelled: false };
  jobs.set(jobId, job);
  const started = performance.now();
  const control: CaptureControl = {
    checkCancelled: () => {
      if (job.cancelled) throw new PageCaptureFailure('cancelled');
    },
    progress: (phase, done, total) => report({ jobId, phase, done, total }),
  };
  try {
    const captureTab = captureTabApi();
    const shot: FullPageShot = captureTab ? await captureWholeRect(tabId, captureTab, control) : await captureByStitching(tabId, control);
    const mhtml = await saveMhtml(tabId);
    control.checkCancelled();
    control.progress('saving', shot.slices, shot.slices);
    const record = await pageShotRecord({ recordId: jobId, shot, method: captureTab ? 'capture-tab' : 'scroll-stitch', mhtml, profile: (await getSettings()).profile, capturedAt: new Date() });
    // The last moment a cancel counts: after this the capture is stored.
    control.checkCancelled();
    await commitPageShot(getDb(), record, shot.png, mhtml);
    return { ok: true, recordId: record.id, width: shot.width, height: shot.height, slices: shot.slices, truncated: shot.truncated, ms: Math.round(performance.now() - started), mhtml: record.page?.mhtml !== undefined };
  } catch (error) {
    let failure = error instanceof PageCaptureFailure ? error : new PageCaptureFailure('capture-failed', String((error as Error)?.message ?? error).slice(0, 300));
    // A tab that is being closed fails in many ways (not visible, no frame, capture refused):
    // if it is gone now, that is what the user needs to hear.
    if (failure.code !== 'cancelled' && failure.code !== 'tab-closed' && !(await browser.tabs.get(tabId).then(() => true, () => false))) {
      failure = new PageCaptureFailure('tab-closed', failure.message);
    }
    return { ok: false, error: failure.code, ...(failure.message !== failure.code ? { detail: failure.message } : {}) };
  } finally {
    jobs.delete(jobId);
    // Back to the page the capture was started from, when it was a tab (the queue's tools).
    if (returnTo !== undefined && returnTo !== tabId) void browser.tabs.update(returnTo, { active: true }).catch(() => undefined);
  }
}

/** The background's part: answers page-capture messages, and nothing else (undefined). */
export function handlePageCaptureMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<PageCaptureResponse | { ok: boolean }> | undefined {
  const type = (message as { type?: unknown })?.type;
  if (type === 'page-capture-cancel') {
    const parsed = PageCaptureCancelSchema.safeParse(message);
    const job = parsed.success ? jobs.get(parsed.data.jobId) : undefined;
    if (job) job.cancelled = true;
    return Promise.resolve({ ok: job !== undefined });
  }
  if (type !== 'page-capture-start') return undefined;
  const parsed = PageCaptureStartSchema.safeParse(message);
  if (!parsed.success) return Promise.resolve({ ok: false, error: 'invalid-message' });
  // One at a time: two stitching captures would scroll the same tab against each other.
  if (jobs.size > 0) return Promise.resolve({ ok: false, error: 'busy' });
  return run(parsed.data.jobId, parsed.data.tabId, sender.tab?.id);
}
