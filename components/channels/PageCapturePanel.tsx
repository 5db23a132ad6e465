import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Translate } from '../../lib/i18n';
import { receiveBroadcast, send, type PageCaptureProgress, type PageCaptureResponse } from '../../lib/protocol';
import { resolveTargetTab, useTargetTab } from './useTargetTab';

/** Firefox has no pageCapture (MHTML): the panel says so before and after a capture. */
const FIREFOX = import.meta.env.BROWSER === 'firefox';

type Job = { id: string; phase: PageCaptureProgress['phase']; done: number; total: number; cancelling: boolean };
type Result = { ok: true; recordId: string; text: string; truncated: boolean } | { ok: false; code: string; text: string; detail?: string };

/**
 * Starts a full-page screenshot of the target tab in the background, shows its progress from
 * the background's progress messages, and lets the user cancel. The answer comes only once the
 * capture is stored (or has failed and stored nothing).
 */
export function PageCapturePanel({ t, headingLevel = 2 }: { t: Translate; headingLevel?: 2 | 3 }) {
  const target = useTargetTab();
  const [job, setJob] = useState<Job | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const jobId = useRef<string | null>(null);

  useEffect(() => {
    const onMessage = (message: unknown) => {
      const progress = receiveBroadcast(['page-capture-progress'], message);
      if (!progress || progress.jobId !== jobId.current) return;
      const { phase, done, total } = progress;
      setJob((j) => (j ? { ...j, phase, done, total } : j));
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  const start = async () => {
    setResult(null);
    const tab = await resolveTargetTab().catch(() => null);
    if (!tab) {
      setResult({ ok: false, code: 'no-tab', text: t('channels.capture.noTab') });
      return;
    }
    const id = crypto.randomUUID();
    jobId.current = id;
    setJob({ id, phase: 'preparing', done: 0, total: 0, cancelling: false });
    const res: PageCaptureResponse = await send('page-capture-start', { jobId: id, tabId: tab.id }).catch((e: unknown) => ({ ok: false, error: 'capture-failed', detail: String(e) }));
    jobId.current = null;
    setJob(null);
    if (res.ok) {
      const text = t('channels.capture.done', { width: res.width, height: res.height, slices: res.slices, seconds: (res.ms / 1000).toLocaleString(document.documentElement.lang || 'sv', { minimumFractionDigits: 1, maximumFractionDigits: 1 }), mhtml: res.mhtml ? t('channels.capture.doneMhtml') : '' }) + (!res.mhtml && FIREFOX ? t('firefox.noMhtml') : '');
      setResult({ ok: true, recordId: res.recordId, text, truncated: res.truncated });
      // A new screenshot may end a reminder: the badge is recomputed now, not at the next alarm.
      void send('channels-check', { at: new Date().toISOString() }).catch(() => undefined);
    } else {
      setResult({ ok: false, code: res.error, text: t(`channels.capture.error.${res.error}`), ...(res.detail ? { detail: res.detail } : {}) });
    }
  };

  const cancel = () => {
    if (!job) return;
    setJob({ ...job, cancelling: true });
    void send('page-capture-cancel', { jobId: job.id }).catch(() => undefined);
  };

  const phaseText = !job
    ? ''
    : job.cancelling
      ? t('channels.capture.cancelling')
      : job.phase === 'capturing'
        ? t('channels.capture.capturing', { done: job.done, total: job.total })
        : t(`channels.capture.${job.phase}`);
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="card page-capture" aria-labelledby="page-capture-heading">
      <Heading id="page-capture-heading">{t('channels.capture.heading')}</Heading>
      {FIREFOX ? <p className="muted">{t('firefox.captureNote')}</p> : null}
      <p className="muted" id="page-capture-target">
        {target === null ? t('channels.capture.noTab') : t('channels.capture.target', { title: target?.title ?? t('channels.capture.targetUnknown') })}
      </p>
      {job ? (
        <div className="row">
          <progress aria-label={t('channels.capture.progressLabel')} max={Math.max(1, job.total)} value={job.total > 0 ? job.done : undefined} />
          <button type="button" onClick={cancel} disabled={job.cancelling}>
            {t('channels.capture.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => void start()} aria-describedby="page-capture-target">
          {t('channels.capture.start')}
        </button>
      )}
      <p role="status" data-phase={job?.phase ?? ''}>
        {phaseText}
      </p>
      {result?.ok ? (
        <p role="status" data-capture-result="ok" data-record-id={result.recordId}>
          {result.text} {result.truncated ? t('channels.capture.truncated') : ''}{' '}
          <a href={`${browser.runtime.getURL('/queue.html')}#/record/${result.recordId}`} target="_blank" rel="noopener">
            {t('channels.capture.show')}
          </a>
        </p>
      ) : result ? (
        <p role="alert" data-capture-result="error" data-error={result.code}>
          {result.text}
          {/* The browser's own words, for whoever supports the user; untrusted, shown as text. */}
          {result.detail ? <span className="muted"> ({result.detail})</span> : null}
        </p>
      ) : null}
    </section>
  );
}
