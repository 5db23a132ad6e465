import { useEffect, useState } from 'react';
import type { Translate } from '../../lib/i18n';
import { hasScreenshotPermission, removeScreenshotPermission, requestScreenshotPermission } from '../../lib/settings/screenshot-permission';

/** Explains why screenshots need a permission, and asks for it only when the user clicks. */
export function ScreenshotPermission({ t }: { t: Translate }) {
  const [granted, setGranted] = useState<boolean>();
  const [denied, setDenied] = useState(false);
  useEffect(() => {
    void hasScreenshotPermission().then(setGranted);
  }, []);

  const grant = async () => {
    // request() must run in the click's gesture: no await before it.
    const ok = await requestScreenshotPermission().catch(() => false);
    setGranted(ok);
    setDenied(!ok);
  };
  const revoke = async () => {
    await removeScreenshotPermission().catch(() => false);
    setGranted(await hasScreenshotPermission());
  };

  return (
    <section className="card" id="screenshots" aria-labelledby="shots-heading">
      <h2 id="shots-heading">{t('options.screenshots.heading')}</h2>
      <p>{t('options.screenshots.why')}</p>
      <p role="status" className={granted ? 'tone-ok' : ''}>
        {granted === undefined ? '' : granted ? t('options.screenshots.granted') : t('options.screenshots.notGranted')}
      </p>
      {denied ? <p className="tone-warn">{t('options.screenshots.denied')}</p> : null}
      {granted ? (
        <button type="button" onClick={() => void revoke()}>
          {t('options.screenshots.revoke')}
        </button>
      ) : (
        <button type="button" className="primary" onClick={() => void grant()}>
          {t('options.screenshots.grant')}
        </button>
      )}
    </section>
  );
}
