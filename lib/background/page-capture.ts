import { browser, type Browser } from 'wxt/browser';
import { getDb } from '../records/db';
import { getSettings } from '../settings/store';
import { captureByStitching, type CaptureControl, type FullPageShot } from '../pagecapture/chromium';
import { captureTabApi, captureWholeRect } from '../pagecapture/firefox';
import { broadcast, type PageCaptureProgress, type PageCaptureResponse, type RequestOf } from '../protocol';
import { PageCaptureFailure } from '../pagecapture/failure';
import { saveMhtml } from '../pagecapture/mhtml';
import { commitPageShot, pageShotRecord } from '../pagecapture/store';

/**
 * Jobs running in this worker. Only the cancel flag lives here, for the few seconds a capture
 * takes: the worker stays alive while it awaits the browser's APIs, and a capture that was
 * cut short stores nothing, so no state that matters is lost if the worker is stopped.
 */
const jobs = new Map<string, { cancelled: boolean }>();

function report(progress: Omit<PageCaptureProgress, 'type'>): void {
  // No page may be listening (the side panel was closed): that is not an error.
  broadcast('page-capture-progress', progress);
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

/** The background's part of a full-page screenshot: start one (answered when it has ended). */
export function startPageCapture(request: RequestOf<'page-capture-start'>, sender: Browser.runtime.MessageSender): Promise<PageCaptureResponse> {
  // One at a time: two stitching captures would scroll the same tab against each other.
  if (jobs.size > 0) return Promise.resolve({ ok: false, error: 'busy' });
  return run(request.jobId, request.tabId, sender.tab?.id);
}

/** Cancel a running one: answers whether there was one of that id. */
export function cancelPageCapture(request: RequestOf<'page-capture-cancel'>): Promise<{ ok: boolean }> {
  const job = jobs.get(request.jobId);
  if (job) job.cancelled = true;
  return Promise.resolve({ ok: job !== undefined });
}
