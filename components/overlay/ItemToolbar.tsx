import { useId, useState } from 'react';
import type { Translate } from '../../lib/i18n';
import type { CaptureClient } from '../../lib/overlay/capture-client';
import type { Adapter } from '../../lib/platforms';
import { toolbarCss } from './styles';
import { describeCaptureResult, type CaptureStatus } from './describe-capture';
import { GuidePanel } from './GuidePanel';
import { GuideToggle } from './GuideToggle';
import { useItemGuide } from './useItemGuide';

interface Props {
  adapter: Adapter;
  client: CaptureClient;
  item: Element;
  host: HTMLElement;
  t: Translate;
}

function readSafely(adapter: Adapter, item: Element) {
  try {
    return adapter.read(item);
  } catch {
    return null;
  }
}

/** The toolbar beside one item. Its text comes from the page: React renders it as text only. */
export function ItemToolbar({ adapter, client, item, host, t }: Props) {
  const [status, setStatus] = useState<CaptureStatus>({ tone: 'idle', message: '' });
  const reading = readSafely(adapter, item);
  const kind = t(`kind.${reading?.kind ?? 'comment'}`);
  const label = reading?.author ? t('overlay.captureLabel', { kind, author: reading.author }) : t('overlay.captureLabelNoAuthor', { kind });
  // The guide (issue 4): a disclosure, so a page of 2,000 comments renders 2,000 buttons, not panels.
  const guide = useItemGuide(reading?.text, reading?.publishedAt);
  const panelId = useId();

  const onCapture = async () => {
    if (status.tone === 'busy') return;
    setStatus({ tone: 'busy', message: t('overlay.saving') });
    setStatus(describeCaptureResult(await client.capture(item, host, guide.classification()), t));
  };

  return (
    <>
      <style>{toolbarCss}</style>
      <div className="kv-toolbar" role="group" aria-label={t('overlay.toolbarLabel')}>
        <button type="button" aria-label={label} aria-busy={status.tone === 'busy'} onClick={() => void onCapture()}>
          {t('overlay.capture')}
        </button>
        {reading ? <GuideToggle guide={guide} panelId={panelId} kind={kind} author={reading.author} t={t} /> : null}
        <span className="kv-status" role="status" data-tone={status.tone}>
          {status.message}
        </span>
      </div>
      {guide.open && reading ? <GuidePanel id={panelId} guide={guide} reading={reading} item={item} t={t} /> : null}
    </>
  );
}
