import { formatDateTime, type Translate } from '../../lib/i18n';
import { DB_NAME } from '../../lib/records/db';
import { acknowledgeLoss, isRebuilding, lossKey, parseLoss, type StoreLoss } from '../../lib/records/store-guard';
import { useLocalKey } from '../common/useLocalKey';

/** The loss the store guard found (lib/records/store-guard.ts), live, until the user has read it. */
export function useStoreLoss(): StoreLoss | undefined {
  return useLocalKey(lossKey(DB_NAME), parseLoss);
}

/**
 * Issue 7, "nothing captured is ever lost silently": when the browser handed back a store that
 * lost records, the queue (and the popup, `variant="popup"`) says so plainly, until the user has
 * read it, and points to the restore from a backup (Verktyg → Säkerhetskopia).
 */
export function StoreLossNotice({ t, variant = 'page' }: { t: Translate; variant?: 'page' | 'popup' }) {
  const loss = useStoreLoss();
  if (!loss) return null;
  const missing = Math.max(0, loss.expected - loss.found);
  const when = formatDateTime(loss.detectedAt);
  // While the journal is read back (lib/records/journal/restore.ts) nothing is asked of the user yet.
  if (isRebuilding(loss)) {
    return variant === 'popup' ? (
      <p role="status" data-store-rebuilding={missing}>
        {t('queue.loss.rebuildingPopup')}
      </p>
    ) : (
      <div role="status" className="card store-loss" aria-labelledby="store-loss-heading" data-store-rebuilding={missing}>
        <h2 id="store-loss-heading">{t('queue.loss.rebuildingHeading')}</h2>
        <p>{t('queue.loss.rebuilding', { expected: loss.expected, when })}</p>
      </div>
    );
  }
  if (variant === 'popup') {
    return (
      <p role="alert" className="tone-error" data-store-loss={missing}>
        {missing > 0 ? t('queue.loss.popup', { missing }) : t('queue.loss.popupBrowserOnly')}
      </p>
    );
  }
  return (
    <div role="alert" className="card store-loss" aria-labelledby="store-loss-heading" data-store-loss={missing}>
      <h2 id="store-loss-heading" className="tone-error">
        {t('queue.loss.heading')}
      </h2>
      <p>{missing > 0 ? t('queue.loss.text', { missing, expected: loss.expected, when }) : t('queue.loss.textBrowserOnly', { when })}</p>
      {loss.dataLossMessage ? <p className="muted">{t('queue.loss.browser', { message: loss.dataLossMessage })}</p> : null}
      <p>
        {t('queue.loss.restore')} <a href="#/tools">{t('queue.loss.toTools')}</a>
      </p>
      <button type="button" onClick={() => void acknowledgeLoss(DB_NAME)}>
        {t('queue.loss.acknowledge')}
      </button>
    </div>
  );
}
