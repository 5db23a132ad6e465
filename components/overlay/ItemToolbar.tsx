import { useState } from 'react';
import type { Translate } from '../../lib/i18n';
import type { CaptureClient } from '../../lib/overlay/capture-client';
import type { Adapter } from '../../lib/platforms';
import { toolbarCss } from './styles';
import { describeCaptureResult, type CaptureStatus } from './describe-capture';

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

  const onCapture = async () => {
    if (status.tone === 'busy') return;
    setStatus({ tone: 'busy', message: t('overlay.saving') });
    setStatus(describeCaptureResult(await client.capture(item, host), t));
  };

  return (
    <>
      <style>{toolbarCss}</style>
      <div className="kv-toolbar" role="group" aria-label={t('overlay.toolbarLabel')}>
        <button type="button" aria-label={label} aria-busy={status.tone === 'busy'} onClick={() => void onCapture()}>
          {t('overlay.capture')}
        </button>
        <span className="kv-status" role="status" data-tone={status.tone}>
          {status.message}
        </span>
      </div>
    </>
  );
}
