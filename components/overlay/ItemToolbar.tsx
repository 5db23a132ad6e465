import { memo, useEffect, useEffectEvent, useId, useMemo, useRef, useState } from 'react';
import { CAPTURE_EVENT } from '../../lib/overlay/shortcut';
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

/**
 * A mouse click on "Fånga" leaves keyboard focus where it was: moving it would restyle the
 * page just before its screenshot, which then waits for a new frame (bench). Keyboard users
 * reach and press the button as usual.
 */
const keepFocus = (event: { preventDefault(): void }) => event.preventDefault();

function readSafely(adapter: Adapter, item: Element) {
  try {
    return adapter.read(item);
  } catch {
    return null;
  }
}

/** The toolbar beside one item. Its text comes from the page: React renders it as text only. */
/**
 * Memoised: the overlay re-renders its list whenever items are decorated, and a toolbar whose
 * item did not change must not read the page again (a recycled node gets a new key instead).
 */
export const ItemToolbar = memo(function ItemToolbar({ adapter, client, item, host, t }: Props) {
  const [status, setStatus] = useState<CaptureStatus>({ tone: 'idle', message: '' });
  const reading = useMemo(() => readSafely(adapter, item), [adapter, item]);
  const kind = t(`kind.${reading?.kind ?? 'comment'}`);
  const label = reading?.author ? t('overlay.captureLabel', { kind, author: reading.author }) : t('overlay.captureLabelNoAuthor', { kind });
  // The guide (issue 4): a disclosure, so a page of 2,000 comments renders 2,000 buttons, not panels.
  const guide = useItemGuide(reading?.text, reading?.publishedAt);
  const panelId = useId();

  const busy = useRef(false);
  // How many captures got an answer here: the same message twice is still a new answer.
  const [answers, setAnswers] = useState(0);
  const onCapture = async () => {
    if (busy.current) return;
    busy.current = true;
    // "Sparar…" only if saving takes a while: changing the page at the click would make the
    // browser paint a new frame before the screenshot (bench: 20–30 ms on a busy page).
    const slow = setTimeout(() => setStatus({ tone: 'busy', message: t('overlay.saving') }), 400);
    const result = await client.capture(item, host, guide.classification());
    clearTimeout(slow);
    busy.current = false;
    setStatus(describeCaptureResult(result, t));
    setAnswers((n) => n + 1);
  };
  // The keyboard shortcut asks the toolbar of the item in focus or under the pointer.
  const onShortcut = useEffectEvent(() => void onCapture());
  useEffect(() => {
    const listener = () => onShortcut();
    host.addEventListener(CAPTURE_EVENT, listener);
    return () => host.removeEventListener(CAPTURE_EVENT, listener);
  }, [host]);

  return (
    <>
      <style>{toolbarCss}</style>
      <div className="kv-toolbar" role="group" aria-label={t('overlay.toolbarLabel')}>
        <button type="button" aria-label={label} aria-busy={status.tone === 'busy'} onMouseDown={keepFocus} onClick={() => void onCapture()}>
          {t('overlay.capture')}
        </button>
        {reading ? <GuideToggle guide={guide} panelId={panelId} kind={kind} author={reading.author} t={t} /> : null}
        <span className="kv-status" role="status" data-tone={status.tone} data-answers={answers}>
          {status.message}
        </span>
      </div>
      {guide.open && reading ? <GuidePanel id={panelId} guide={guide} reading={reading} item={item} t={t} /> : null}
    </>
  );
});
