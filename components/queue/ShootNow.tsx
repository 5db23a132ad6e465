import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import type { MessageKey, Translate } from '../../lib/i18n';
import { tabShowing } from '../../lib/capture/tab-showing';
import { send, type ResponseOf } from '../../lib/protocol';
import type { CaptureRecord } from '../../lib/records/schema';
import { ButtonWithReason } from './WhyDisabled';

/** Whether a tab shows the record's page now, followed as tabs open, navigate and close. */
function useOpenTab(record: CaptureRecord): boolean | undefined {
  const [open, setOpen] = useState<boolean>();
  useEffect(() => {
    let live = true;
    const check = () => void tabShowing(record).then((tab) => live && setOpen(tab !== undefined), () => live && setOpen(false));
    check();
    browser.tabs.onUpdated.addListener(check);
    browser.tabs.onRemoved.addListener(check);
    return () => {
      live = false;
      browser.tabs.onUpdated.removeListener(check);
      browser.tabs.onRemoved.removeListener(check);
    };
  }, [record]);
  return open;
}

/**
 * "Ta skärmbild nu" (issue 18 point 2): a record stored without a screenshot, whose page is open
 * in a tab, gets one as a new version captured there (lib/background/shoot-record.ts). A missed
 * screenshot is no longer lost for good; the record itself is never changed.
 */
export function ShootNow({ record, t }: { record: CaptureRecord; t: Translate }) {
  const open = useOpenTab(record);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<ResponseOf<'shoot-record'>>();
  const whyId = useId();
  const run = async () => {
    setBusy(true);
    setAnswer(undefined);
    try {
      setAnswer(await send('shoot-record', { recordId: record.id }));
    } catch (error) {
      setAnswer({ ok: false, error: 'failed', detail: String((error as Error)?.message ?? error) });
    } finally {
      setBusy(false);
    }
  };
  const why = busy ? t('shoot.busy') : open === false ? t('shoot.noTab') : undefined;
  return (
    <div className="shoot-now" data-shoot-result={answer ? (answer.ok ? 'ok' : answer.error) : undefined}>
      <p className="muted">{t('shoot.help')}</p>
      <ButtonWithReason id={whyId} why={why} type="button" aria-busy={busy} onClick={() => void run()}>
        {t('shoot.button')}
      </ButtonWithReason>
      <p role="status" className={answer ? (answer.ok && answer.screenshot ? 'tone-ok' : 'tone-error') : ''}>
        {answer?.ok ? (answer.screenshot ? t('shoot.done') : t('shoot.doneNoShot')) : answer ? t(`shoot.error.${answer.error}` as MessageKey, { detail: answer.detail ?? '' }) : ''}{' '}
        {answer?.ok ? <a href={`#/record/${answer.recordId}`}>{t('shoot.showNew')}</a> : null}
      </p>
    </div>
  );
}
